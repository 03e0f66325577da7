/**
 * One well-formed sample of every command type, aimed at a real meeting's
 * ids. A `Record<CommandType, …>`: a new command without a sample fails the
 * typecheck, so the permission matrix and the fuzz test cover it from day one.
 */
import type { Command, CommandType, StatementPlan } from '../../shared/protocol';

/** The ids in the meeting the samples act on. */
export interface SampleIds {
  segmentId: string;
  otherSegmentId: string;
  clusterId: string;
  municipalityIds: string[];
  exerciseId: string;
  statementId: string;
}

/** Keyed by type (the matrix test checks each sample is of its key's type and parses). */
export const COMMAND_SAMPLES: Readonly<Record<CommandType, (ids: SampleIds) => Command>> = {
  join: () => ({ type: 'join', name: 'Anna Svensson', municipality: 'Ystad' }),
  advanceAgenda: () => ({ type: 'advanceAgenda', fromSegmentId: null }),
  goToSegment: (ids) => ({ type: 'goToSegment', fromSegmentId: null, segmentId: ids.otherSegmentId }),
  finishSegment: (ids) => ({ type: 'finishSegment', segmentId: ids.segmentId }),
  addSegment: () => ({
    type: 'addSegment',
    afterSegmentId: null,
    kind: 'break',
    title: 'Extra fika',
    plannedMinutes: 10,
  }),
  updateSegment: (ids) => ({ type: 'updateSegment', segmentId: ids.segmentId, plannedMinutes: 25 }),
  moveSegment: (ids) => ({ type: 'moveSegment', segmentId: ids.otherSegmentId, toIndex: 3 }),
  swapSegments: (ids) => ({ type: 'swapSegments', segmentId: ids.segmentId, otherSegmentId: ids.otherSegmentId }),
  skipSegment: (ids) => ({ type: 'skipSegment', segmentId: ids.otherSegmentId, skipped: true }),
  removeSegment: (ids) => ({ type: 'removeSegment', segmentId: ids.otherSegmentId }),
  addDay: () => ({ type: 'addDay', plannedStart: '08:30' }),
  removeDay: () => ({ type: 'removeDay', day: 2 }),
  setComparisonSpan: () => ({ type: 'setComparisonSpan', span: 'meeting' }),
  updateCluster: (ids) => ({ type: 'updateCluster', clusterId: ids.clusterId, room: 'Rum C' }),
  enterTeamRound: () => ({
    type: 'enterTeamRound',
    round: 'checkIn',
    name: 'Karin',
    feeling: 'Pigg',
    focus: 'Klustren',
  }),
  addTeamNote: (ids) => ({
    type: 'addTeamNote',
    kind: 'observation',
    text: 'Ystad kom igång fort.',
    segmentId: ids.segmentId,
    municipalityId: ids.municipalityIds[0],
  }),
  // No such note: the matrix needs who may send them; who may change which note (O1) is in teamNote.test.ts.
  editTeamNote: () => ({ type: 'editTeamNote', noteId: 'n1', text: 'Ystad kom igång direkt.', segmentId: null }),
  deleteTeamNote: () => ({ type: 'deleteTeamNote', noteId: 'n1' }),
  createExercise: () => checkInOf([lineStatement('Vi har ett EOR', 0, 1, ['Nej', 'Ja'])]),
  mirrorExercise: (ids) => ({ type: 'mirrorExercise', exerciseId: ids.exerciseId }),
  openStatement: (ids) => ({ type: 'openStatement', statementId: ids.statementId }),
  lockStatement: (ids) => ({ type: 'lockStatement', statementId: ids.statementId }),
  revealStatement: (ids) => ({ type: 'revealStatement', statementId: ids.statementId }),
  closeExercise: (ids) => ({ type: 'closeExercise', exerciseId: ids.exerciseId }),
  place: (ids) => ({ type: 'place', statementId: ids.statementId, x: 0.3, y: 0.5 }),
  setFeedbackMinutes: () => ({
    type: 'setFeedbackMinutes',
    minutes: { presentation: 5, supervisor: 5, peers: 8, reply: 3 },
  }),
  startFeedback: (ids) => ({ type: 'startFeedback', clusterId: ids.clusterId }),
  feedbackTimer: (ids) => ({ type: 'feedbackTimer', clusterId: ids.clusterId, action: 'pause' }),
  feedbackStep: (ids) => ({
    type: 'feedbackStep',
    clusterId: ids.clusterId,
    direction: 'next',
    from: { index: 0, phase: 'presentation' },
  }),
  phaseDue: (ids) => ({ type: 'phaseDue', clusterId: ids.clusterId, index: 0, phase: 'presentation' }),
  setAutoAdvance: (ids) => ({ type: 'setAutoAdvance', clusterId: ids.clusterId, autoAdvance: true }),
  arrangeFeedback: (ids) => ({
    type: 'arrangeFeedback',
    clusterId: ids.clusterId,
    order: ids.municipalityIds,
    skipped: [],
  }),
  raiseHand: (ids) => ({ type: 'raiseHand', clusterId: ids.clusterId, text: 'Hur mäter ni det?' }),
  takeQuestion: (ids) => ({ type: 'takeQuestion', clusterId: ids.clusterId, itemId: 'q1' }),
  // The evaluator's, revoked: the matrix's other links keep working after the facilitator's turn.
  changeLink: () => ({ type: 'changeLink', link: 'evaluator', action: 'revoke' }),
  // The room (M1–M3): Kluster Syd's message (its supervisor's own), a message not on screen, a nudge, a break.
  sendRoomMessage: (ids) => ({ type: 'sendRoomMessage', text: 'Kaffe är serverat', clusterId: ids.clusterId }),
  dismissRoomMessage: () => ({ type: 'dismissRoomMessage', messageId: 'm-none' }),
  nudgeUnplaced: (ids) => ({ type: 'nudgeUnplaced', statementId: ids.statementId }),
  setProjectorScreen: () => ({
    type: 'setProjectorScreen',
    mode: 'break',
    text: 'Kaffe – vi ses 10.45 i kommunklustren',
    join: 'hide',
  }),
  // The day's evaluation (EV1, EV2): two questions of the team's, opened; a phone's answer (to questions q1–q3).
  setEvaluation: () => ({
    type: 'setEvaluation',
    questions: [
      { text: 'Hur användbar var dagen för ditt arbete?', low: 'Inte alls', high: 'Mycket användbar' },
      { text: 'Hur väl fungerade klustren?', low: 'Inte alls', high: 'Mycket väl' },
    ],
    freeText: 'Vad tar du med dig hem?',
  }),
  setEvaluationOpen: () => ({ type: 'setEvaluationOpen', open: true }),
  answerEvaluation: () => ({
    type: 'answerEvaluation',
    scores: [
      { questionId: 'q1', score: 4 },
      { questionId: 'q2', score: 3 },
      { questionId: 'q3', score: 5 },
    ],
    text: 'Mer tid i klustren.',
  }),
  // A conflict once anyone has joined (PD1): the matrix only needs who may send it.
  setAnonymous: () => ({ type: 'setAnonymous', anonymous: true }),
  // The matrix's meeting is dated 2027-02-15: a real move, so the facilitator's gets through.
  setMeetingDate: () => ({ type: 'setMeetingDate', date: '2027-02-16' }),
  // Last but one, then `leave`: the facilitator's erasure and Lena's leaving close the participants' sockets,
  // so nothing of theirs comes after in the matrix's order.
  erasePersonalData: () => ({ type: 'erasePersonalData' }),
  leave: () => ({ type: 'leave' }),
};

/** Every sample, in the table's order. */
export function allSamples(ids: SampleIds): Command[] {
  return (Object.keys(COMMAND_SAMPLES) as CommandType[]).map((type) => COMMAND_SAMPLES[type](ids));
}

/** A statement on a line from "Stämmer inte alls" (or the left of `walls`) at `from` to "Stämmer helt" at `to`. */
export const lineStatement = (
  text: string,
  from: number,
  to: number,
  [left, right]: readonly [string, string] = ['Stämmer inte alls', 'Stämmer helt'],
): StatementPlan => ({
  text,
  board: {
    kind: 'line',
    cards: [
      { label: left, x: from, y: 0.5 },
      { label: right, x: to, y: 0.5 },
    ],
  },
});

/** A statement on a line from the left wall (score 0) to the right wall (score 100). */
export const wallToWall = (text: string): StatementPlan => lineStatement(text, 0, 1);

/** "Nästa fas" on a cluster's first presentation, as the tablet or the console sends it: what ends it. */
export function endOfFirstPresentation(clusterId: string): Extract<Command, { type: 'feedbackStep' }> {
  return { type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'presentation' } };
}

/** The facilitator's check-in ("Incheckning") of `statements`: names shown and nothing hidden unless `options` say so. */
export function checkInOf(
  statements: StatementPlan[],
  options: { anonymous?: boolean; hiddenUntilReveal?: boolean } = {},
): Command {
  return {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    anonymous: false,
    hiddenUntilReveal: false,
    ...options,
    statements,
  };
}

/** A check-in of one statement on a line from "Stämmer inte alls" (0.12) to "Stämmer helt" (0.88). */
export function lineCheckIn(text: string): Command {
  return checkInOf([lineStatement(text, 0.12, 0.88)]);
}
