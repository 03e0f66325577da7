/** Who may send which command: one table, enforced by `decide`. */
import type { CommandType, Role } from './protocol';

export const PERMISSIONS: { readonly [C in CommandType]: readonly Role[] } = {
  join: ['guest'],
  leave: ['participant'],
  setAnonymous: ['facilitator'],
  setMeetingDate: ['facilitator'],
  // `system`: retention and a programme's erasure erase its meetings' personal data.
  erasePersonalData: ['facilitator', 'system'],
  advanceAgenda: ['facilitator'],
  goToSegment: ['facilitator'],
  finishSegment: ['facilitator'],
  addSegment: ['facilitator'],
  updateSegment: ['facilitator'],
  moveSegment: ['facilitator'],
  swapSegments: ['facilitator'],
  skipSegment: ['facilitator'],
  removeSegment: ['facilitator'],
  addDay: ['facilitator'],
  removeDay: ['facilitator'],
  setComparisonSpan: ['facilitator'],
  updateCluster: ['facilitator', 'supervisor'],
  // Not a supervisor: their tablet is the cluster room's shared screen and does not show the team's rounds (V2).
  enterTeamRound: ['facilitator', 'evaluator'],
  addTeamNote: ['facilitator', 'evaluator'],
  // Only the note's author, or the facilitator deleting: decideTeam checks the note (O1).
  editTeamNote: ['facilitator', 'evaluator'],
  deleteTeamNote: ['facilitator', 'evaluator'],
  createExercise: ['facilitator'],
  mirrorExercise: ['facilitator'],
  openStatement: ['facilitator'],
  lockStatement: ['facilitator'],
  revealStatement: ['facilitator'],
  closeExercise: ['facilitator'],
  place: ['participant'],
  setFeedbackMinutes: ['facilitator'],
  // A supervisor only for their own cluster: decideFeedback checks the cluster.
  startFeedback: ['facilitator', 'supervisor'],
  feedbackTimer: ['facilitator', 'supervisor'],
  feedbackStep: ['facilitator', 'supervisor'],
  phaseDue: ['system'],
  setAutoAdvance: ['facilitator', 'supervisor'],
  arrangeFeedback: ['facilitator', 'supervisor'],
  raiseHand: ['participant'],
  takeQuestion: ['facilitator', 'supervisor'],
  changeLink: ['facilitator'],
  // The room (M1–M3). A supervisor's messages go to their own cluster only: decideRoomMessage checks it.
  sendRoomMessage: ['facilitator', 'supervisor'],
  dismissRoomMessage: ['facilitator', 'supervisor'],
  nudgeUnplaced: ['facilitator'],
  setProjectorScreen: ['facilitator'],
  // The day's evaluation (EV1, EV2): the console sets and opens it, a phone answers once.
  setEvaluation: ['facilitator'],
  setEvaluationOpen: ['facilitator'],
  answerEvaluation: ['participant'],
};

/** Every command type, in the table's order. */
export const COMMAND_TYPES = Object.keys(PERMISSIONS) as readonly CommandType[];

export function may(role: Role, command: CommandType): boolean {
  return PERMISSIONS[command].includes(role);
}

/** Roles that belong to the project team and see team-only material. */
export const TEAM_ROLES: readonly Role[] = ['facilitator', 'supervisor', 'evaluator'];

export function isTeam(role: Role): boolean {
  return TEAM_ROLES.includes(role);
}

/**
 * Roles that see the team's own rounds and the evaluator's notes (V2): the
 * console and the evaluator's view, not a supervisor's tablet, which is the
 * cluster room's shared screen.
 */
export const TEAM_ROUND_ROLES: readonly Role[] = ['facilitator', 'evaluator'];

export function seesTeamRounds(role: Role): boolean {
  return TEAM_ROUND_ROLES.includes(role);
}

// ---------------------------------------------------------------- a programme's links

/** Who holds a link to a programme's EOR boards and homework. */
export type ProgrammeAccess =
  | { kind: 'organiser' }
  /** A municipality's own link: its board and its homework answers. */
  | { kind: 'municipality'; subjectId: string }
  /** A cluster supervisor's link: the cluster's boards to read, its homework answers to give feedback on. */
  | { kind: 'supervisor'; subjectId: string };

/** The organiser changes every board; a municipality only its own; a supervisor none. */
export function mayEditBoard(access: ProgrammeAccess, boardId: string): boolean {
  return access.kind === 'organiser' || (access.kind === 'municipality' && access.subjectId === boardId);
}

/** A municipality hands in only its own answers (the organiser may enter one for it). */
export function mayAnswer(access: ProgrammeAccess, municipalityId: string): boolean {
  return mayEditBoard(access, municipalityId);
}

/** Feedback is the supervisor's of the municipality's cluster (or the organiser's). */
export function mayGiveFeedback(access: ProgrammeAccess, clusterOfMunicipality: string | undefined): boolean {
  return access.kind === 'organiser' || (access.kind === 'supervisor' && access.subjectId === clusterOfMunicipality);
}
