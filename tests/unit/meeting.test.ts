import { describe, expect, it } from 'vitest';
import { checkInOf, lineStatement } from '../support/commandSamples';
import { decidedDay } from '../support/scriptedDay';
import { DEFAULT_AGENDA } from '../../shared/day/agenda';
import { type MeetingState } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { COMMAND_TYPES, PERMISSIONS } from '../../shared/permissions';
import {
  ROLES,
  type Actor,
  type Command,
  type CommandType,
  type CreateMeetingRequest,
  type Role,
} from '../../shared/protocol';
import { colourFor } from '../../shared/day/roster';

/** A wall-clock time on the day of the lärträff (23 November 2026, UTC+1). */
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

const facilitator: Actor = { role: 'facilitator' };
const screen: Actor = { role: 'screen' };
const guest: Actor = { role: 'guest' };

/** The meeting day: the default agenda, Trelleborg and Kungsbacka invited, ids from a counter. */
function meetingDay(
  municipalities: CreateMeetingRequest['municipalities'] = [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }],
  clusters: CreateMeetingRequest['clusters'] = [],
) {
  return decidedDay({ request: { municipalities, clusters } });
}

describe('creating the meeting', () => {
  it('builds the standard day: 11 segments from the team check-in at 08:00 to the team check-out', () => {
    const { state } = meetingDay();
    expect(state.agenda).toHaveLength(11);
    expect(state.agenda[0]).toMatchObject({ kind: 'teamCheckIn', plannedStart: '08:00', title: 'Teamets incheckning' });
    expect(state.agenda.at(-1)).toMatchObject({ kind: 'teamCheckOut', plannedStart: '16:00' });
    expect(state.agenda.map((s) => s.title)).toEqual(DEFAULT_AGENDA.map((s) => s.title));
    expect(new Set(state.agenda.map((s) => s.id)).size).toBe(11);
    expect(state.currentSegmentId).toBeNull();
    expect(state.participants).toEqual([]);
    expect(state).toMatchObject({ meetingId: 'meeting-1', code: 'BWKQYF', name: 'Lärträff 2', createdAt: at('07:45') });
  });

  it('the organiser typing "TRELLEBORG" and " trelleborg" again lists Trelleborg once, each municipality with its own colour', () => {
    const day = meetingDay([
      { name: 'Trelleborg' },
      { name: 'TRELLEBORG' },
      { name: 'Kungsbacka' },
      { name: ' trelleborg' },
    ]);
    expect(day.state.municipalities.map((m) => m.name)).toEqual(['Trelleborg', 'Kungsbacka']);
    expect(day.state.municipalities.map((m) => m.colour)).toEqual([colourFor(0), colourFor(1)]);
  });

  it('a colour the organiser chose is kept', () => {
    const day = meetingDay([{ name: 'Ystad', colour: '#123456' }]);
    expect(day.state.municipalities[0]).toMatchObject({ name: 'Ystad', colour: '#123456' });
  });
});

describe('participants joining at the morning coffee', () => {
  it('Anna from Trelleborg joins at 08:35 and is on the roster under Trelleborg', () => {
    const day = meetingDay();
    const trelleborg = day.state.municipalities[0]!;
    const decision = day.send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' }, '08:35');
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: 'participantJoined',
          participant: {
            id: expect.any(String),
            name: 'Anna Svensson',
            number: 1,
            municipalityId: trelleborg.id,
            joinedAt: at('08:35'),
          },
        },
      ],
    });
    expect(day.state.participants.map((p) => p.name)).toEqual(['Anna Svensson']);
    expect(day.state.municipalities).toHaveLength(2);
  });

  it('"trelleborg " with a stray space and small letters joins the existing Trelleborg, no new municipality', () => {
    const day = meetingDay();
    const decision = day.send(guest, { type: 'join', name: 'Omar', municipality: 'trelleborg ' });
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['participantJoined']);
    expect(day.state.municipalities.map((m) => m.name)).toEqual(['Trelleborg', 'Kungsbacka']);
    expect(day.state.participants[0]!.municipalityId).toBe(day.state.municipalities[0]!.id);
  });

  it('Lisa from Ystad, not invited, brings Ystad onto the roster with the next free colour; her colleague joins it', () => {
    const day = meetingDay();
    const lisa = day.send(guest, { type: 'join', name: 'Lisa', municipality: 'Ystad' });
    expect(lisa.ok && lisa.events.map((e) => e.type)).toEqual(['municipalityAdded', 'participantJoined']);
    const ystad = day.state.municipalities[2]!;
    expect(ystad).toMatchObject({ name: 'Ystad', colour: colourFor(2) });
    expect(day.state.participants[0]!.municipalityId).toBe(ystad.id);

    const per = day.send(guest, { type: 'join', name: 'Per', municipality: 'YSTAD' });
    expect(per.ok && per.events.map((e) => e.type)).toEqual(['participantJoined']);
    expect(day.state.municipalities).toHaveLength(3);
    expect(day.state.participants[1]!.municipalityId).toBe(ystad.id);
    expect(day.state.participants[0]!.id).not.toBe(day.state.participants[1]!.id);
  });
});

describe('running the agenda', () => {
  it('at 08:00 the facilitator starts the day: the team check-in is running', () => {
    const day = meetingDay();
    const decision = day.next('08:00');
    const teamCheckIn = day.segment('Teamets incheckning');
    expect(decision).toEqual({
      ok: true,
      events: [{ type: 'segmentChanged', fromSegmentId: null, toSegmentId: teamCheckIn.id, at: at('08:00') }],
    });
    expect(day.state.currentSegmentId).toBe(teamCheckIn.id);
    expect(day.segment('Teamets incheckning').actualStart).toBe(at('08:00'));
  });

  it('the facilitator moves from Morgonkaffe to Incheckningsövning at 09:02 and the coffee break records its actual end', () => {
    const day = meetingDay();
    day.next('08:00');
    day.next('08:31');
    expect(day.state.currentSegmentId).toBe(day.segment('Morgonkaffe och mingel').id);
    expect(day.next('09:02').ok).toBe(true);
    expect(day.state.currentSegmentId).toBe(day.segment('Incheckningsövning').id);
    expect(day.segment('Morgonkaffe och mingel')).toMatchObject({ actualStart: at('08:31'), actualEnd: at('09:02') });
    expect(day.segment('Incheckningsövning').actualStart).toBe(at('09:02'));
    expect(day.segment('Incheckningsövning').actualEnd).toBeUndefined();
    expect(day.segment('Teamets incheckning')).toMatchObject({ actualStart: at('08:00'), actualEnd: at('08:31') });
  });

  it('after the team check-out at 16:30 the day is over: nothing is current and the check-out has its end', () => {
    const day = meetingDay();
    for (let i = 0; i < 11; i++) expect(day.next('08:00').ok).toBe(true);
    expect(day.state.currentSegmentId).toBe(day.segment('Teamets utcheckning').id);
    expect(day.next('16:30')).toMatchObject({ ok: true, events: [{ type: 'segmentChanged', toSegmentId: null }] });
    expect(day.state.currentSegmentId).toBeNull();
    expect(day.segment('Teamets utcheckning').actualEnd).toBe(at('16:30'));
  });

  it('[E3] a "next" from a console that has not seen the day end does not start the day over', () => {
    const day = meetingDay();
    day.next('08:00');
    const first = day.segment('Teamets incheckning');
    for (let i = 1; i < day.state.agenda.length; i++) day.next('09:00');
    expect(day.next('16:30').ok).toBe(true);
    expect(day.state.currentSegmentId).toBeNull();

    const late = day.next('16:31');
    expect(late).toEqual({ ok: false, error: { code: 'conflict', message: 'the day has ended' } });
    expect(day.segment('Teamets incheckning').actualStart).toBe(first.actualStart);
  });

  it('[E3] a second "next" from a facilitator who still sees the team check-in is a conflict: the day moves one step, not two', () => {
    const day = meetingDay();
    day.next('08:00');
    const teamCheckIn = day.state.currentSegmentId;
    expect(day.send(facilitator, { type: 'advanceAgenda', fromSegmentId: teamCheckIn }, '08:30').ok).toBe(true);
    const before = day.state;
    const stale = day.send(facilitator, { type: 'advanceAgenda', fromSegmentId: teamCheckIn }, '08:30');
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', message: expect.any(String) } });
    expect(day.state).toBe(before);
    expect(day.state.currentSegmentId).toBe(day.segment('Morgonkaffe och mingel').id);
  });

  it('[E3] jumping to lunch from a stale view is a conflict too', () => {
    const day = meetingDay();
    day.next('08:00');
    const lunch = day.segment('Lunch');
    const stale = day.send(facilitator, { type: 'goToSegment', fromSegmentId: null, segmentId: lunch.id }, '08:05');
    expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict');
    expect(day.state.currentSegmentId).toBe(day.segment('Teamets incheckning').id);
  });

  it('the facilitator jumps straight to lunch at 11:50; the cluster work records its end', () => {
    const day = meetingDay();
    const clusters = day.segment('EOR-återkoppling i kommunklustren');
    day.send(facilitator, { type: 'goToSegment', fromSegmentId: null, segmentId: clusters.id }, '10:45');
    const decision = day.send(
      facilitator,
      { type: 'goToSegment', fromSegmentId: clusters.id, segmentId: day.segment('Lunch').id },
      '11:50',
    );
    expect(decision.ok).toBe(true);
    expect(day.state.currentSegmentId).toBe(day.segment('Lunch').id);
    expect(day.segment('EOR-återkoppling i kommunklustren').actualEnd).toBe(at('11:50'));
  });

  it('going to a segment that is not on the agenda is not_found', () => {
    const day = meetingDay();
    const decision = day.send(facilitator, { type: 'goToSegment', fromSegmentId: null, segmentId: 'no-such-segment' });
    expect(decision.ok ? 'ok' : decision.error.code).toBe('not_found');
    expect(day.state.currentSegmentId).toBeNull();
  });

  it('going to the segment that is already running is a conflict', () => {
    const day = meetingDay();
    day.next('08:00');
    const current = day.state.currentSegmentId!;
    const decision = day.send(facilitator, { type: 'goToSegment', fromSegmentId: current, segmentId: current });
    expect(decision.ok ? 'ok' : decision.error.code).toBe('conflict');
  });
});

describe('[A1] one permission table, enforced for every command', () => {
  /** A command that the running meeting (team check-in under way) accepts from whoever may send it. */
  const samples: Record<CommandType, (state: MeetingState, role: Role) => Command> = {
    join: () => ({ type: 'join', name: 'Anna', municipality: 'Trelleborg' }),
    leave: () => ({ type: 'leave' }),
    setAnonymous: () => ({ type: 'setAnonymous', anonymous: false }),
    setMeetingDate: (s) => ({ type: 'setMeetingDate', date: s.date === '2027-01-01' ? '2027-01-02' : '2027-01-01' }),
    erasePersonalData: () => ({ type: 'erasePersonalData' }),
    advanceAgenda: (s) => ({ type: 'advanceAgenda', fromSegmentId: s.currentSegmentId }),
    goToSegment: (s) => ({ type: 'goToSegment', fromSegmentId: s.currentSegmentId, segmentId: s.agenda[2]!.id }),
    finishSegment: (s) => ({ type: 'finishSegment', segmentId: s.currentSegmentId! }),
    addSegment: (s) => ({
      type: 'addSegment',
      afterSegmentId: s.agenda[3]!.id,
      kind: 'custom',
      title: 'Extra övning',
      plannedMinutes: 10,
    }),
    updateSegment: (s) => ({ type: 'updateSegment', segmentId: s.agenda[3]!.id, plannedMinutes: 45 }),
    moveSegment: (s) => ({ type: 'moveSegment', segmentId: s.agenda[4]!.id, toIndex: 5 }),
    swapSegments: (s) => ({ type: 'swapSegments', segmentId: s.agenda[3]!.id, otherSegmentId: s.agenda[4]!.id }),
    skipSegment: (s) => ({ type: 'skipSegment', segmentId: s.agenda[4]!.id, skipped: true }),
    removeSegment: (s) => ({ type: 'removeSegment', segmentId: s.agenda[5]!.id }),
    addDay: () => ({ type: 'addDay', plannedStart: '08:30' }),
    removeDay: () => ({ type: 'removeDay', day: 2 }),
    setComparisonSpan: () => ({ type: 'setComparisonSpan', span: 'meeting' }),
    updateCluster: (s) => ({ type: 'updateCluster', clusterId: s.clusters[0]!.id, room: 'Rum C' }),
    enterTeamRound: () => ({
      type: 'enterTeamRound',
      round: 'checkIn',
      name: 'Eva',
      feeling: 'Pigg',
      focus: 'Kluster 1',
    }),
    addTeamNote: () => ({ type: 'addTeamNote', kind: 'observation', text: 'Kluster 2 kom igång snabbt.' }),
    // The sender's own note (O1): the table says who may send the command at all.
    editTeamNote: (s, role) => ({
      type: 'editTeamNote',
      noteId: (s.teamNotes.find((n) => n.by === role) ?? s.teamNotes[0]!).id,
      text: 'Kluster 2 kom igång direkt.',
    }),
    deleteTeamNote: (s, role) => ({
      type: 'deleteTeamNote',
      noteId: (s.teamNotes.find((n) => n.by === role) ?? s.teamNotes[0]!).id,
    }),
    createExercise: () => checkInOf([lineStatement('Vi har ett EOR', 0, 1, ['Nej', 'Ja'])]),
    mirrorExercise: (s) => ({ type: 'mirrorExercise', exerciseId: s.exercises[0]!.id }),
    openStatement: (s) => ({ type: 'openStatement', statementId: s.exercises[0]!.statements[1]!.id }),
    lockStatement: (s) => ({ type: 'lockStatement', statementId: s.exerciseRun!.statementId }),
    revealStatement: (s) => ({ type: 'revealStatement', statementId: s.exerciseRun!.statementId }),
    closeExercise: (s) => ({ type: 'closeExercise', exerciseId: s.exerciseRun!.exerciseId }),
    place: (s) => ({ type: 'place', statementId: s.exerciseRun!.statementId, x: 0.3, y: 0.5 }),
    setFeedbackMinutes: () => ({
      type: 'setFeedbackMinutes',
      minutes: { presentation: 6, supervisor: 5, peers: 10, reply: 4 },
    }),
    startFeedback: (s) => ({ type: 'startFeedback', clusterId: s.clusters[1]!.id }),
    feedbackTimer: (s) => ({ type: 'feedbackTimer', clusterId: s.clusters[0]!.id, action: 'plusMinute' }),
    feedbackStep: (s) => ({
      type: 'feedbackStep',
      clusterId: s.clusters[0]!.id,
      direction: 'next',
      from: { index: 0, phase: 'peers' },
    }),
    phaseDue: (s) => ({ type: 'phaseDue', clusterId: s.clusters[0]!.id, index: 0, phase: 'peers' }),
    setAutoAdvance: (s) => ({ type: 'setAutoAdvance', clusterId: s.clusters[0]!.id, autoAdvance: false }),
    arrangeFeedback: (s) => ({
      type: 'arrangeFeedback',
      clusterId: s.clusters[0]!.id,
      order: s.feedbackRuns[0]!.order,
      skipped: [],
    }),
    raiseHand: (s) => ({ type: 'raiseHand', clusterId: s.clusters[0]!.id, text: 'Hur räknar ni?' }),
    takeQuestion: (s) => ({
      type: 'takeQuestion',
      clusterId: s.clusters[0]!.id,
      itemId: s.feedbackRuns[0]!.queue[0]!.id,
    }),
    changeLink: () => ({ type: 'changeLink', link: 'screen', action: 'rotate' }),
    sendRoomMessage: (s) => ({ type: 'sendRoomMessage', text: 'Kaffe är serverat', clusterId: s.clusters[0]!.id }),
    dismissRoomMessage: (s) => ({ type: 'dismissRoomMessage', messageId: s.roomMessages[0]!.id }),
    nudgeUnplaced: (s) => ({ type: 'nudgeUnplaced', statementId: s.exerciseRun!.statementId }),
    setProjectorScreen: () => ({ type: 'setProjectorScreen', mode: 'break', text: 'Kaffe till 10.45', join: 'hide' }),
    setEvaluation: () => ({
      type: 'setEvaluation',
      questions: [
        { text: 'Hur användbar var dagen?', low: 'Inte alls', high: 'Mycket' },
        { text: 'Hur väl fungerade klustren?', low: 'Inte alls', high: 'Mycket väl' },
      ],
      freeText: null,
    }),
    setEvaluationOpen: () => ({ type: 'setEvaluationOpen', open: false }),
    answerEvaluation: (s) => ({
      type: 'answerEvaluation',
      scores: s.evaluation.questions.map((q) => ({ questionId: q.id, score: 4 })),
    }),
  };
  let participantId = '';
  let clusterId = '';
  /** A supervisor acts for the cluster the command names (their own); other clusters are tested in feedbackRound.test.ts. */
  const actorFor = (role: Role, command: Command): Actor =>
    role === 'participant'
      ? { role, participantId }
      : role === 'supervisor'
        ? { role, clusterId: 'clusterId' in command ? command.clusterId : clusterId }
        : { role };

  it('the table covers every command type', () => {
    expect([...COMMAND_TYPES].sort()).toEqual(Object.keys(samples).sort());
  });

  const cases = COMMAND_TYPES.flatMap((type) =>
    ROLES.map((role) => {
      const allowed = PERMISSIONS[type].includes(role);
      return { type, role, allowed, rule: `a ${role} ${allowed ? 'may' : 'may not'} ${type}` };
    }),
  );
  it.for(cases)('$rule', ({ type, role, allowed }) => {
    const day = meetingDay(
      [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }, { name: 'Ystad' }, { name: 'Skurup' }],
      [
        { name: 'Kluster 1', municipalities: ['Kungsbacka', 'Trelleborg'] },
        { name: 'Kluster 2', municipalities: ['Ystad', 'Skurup'] },
      ],
    );
    day.next('08:00');
    clusterId = day.state.clusters[0]!.id;
    // A second day, which may be taken off again (G5).
    day.send(facilitator, { type: 'addDay', plannedStart: '09:00' });
    // A hidden check-in of two statements, the first open, and Anna on the roster.
    day.send(guest, { type: 'join', name: 'Anna', municipality: 'Trelleborg' });
    participantId = day.state.participants[0]!.id;
    const line = {
      kind: 'line' as const,
      cards: [
        { label: 'Nej', x: 0, y: 0.5 },
        { label: 'Ja', x: 1, y: 0.5 },
      ],
    };
    day.send(facilitator, {
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      anonymous: false,
      hiddenUntilReveal: true,
      statements: [
        { text: 'Vi har ett EOR', board: line },
        { text: 'Vi följer upp varje månad', board: line },
      ],
    });
    day.send(facilitator, { type: 'openStatement', statementId: day.state.exercises[0]!.statements[0]!.id });
    // The evaluation open on the phones, nobody has answered yet (EV1).
    day.send(facilitator, {
      type: 'setEvaluation',
      questions: [
        { text: 'Hur användbar var dagen?', low: 'Inte alls', high: 'Mycket' },
        { text: 'Hur tydligt var upplägget?', low: 'Otydligt', high: 'Tydligt' },
      ],
      freeText: null,
    });
    day.send(facilitator, { type: 'setEvaluationOpen', open: true });
    // A message to Kluster 1 on its screens, which its supervisor may dismiss.
    day.send(facilitator, { type: 'sendRoomMessage', text: 'Samling i stora salen nu', clusterId });
    // Kluster 1 in peer feedback since 07:40 (due 07:50, auto-advance on): Kungsbacka presents, Anna (Trelleborg) queues.
    day.send(facilitator, { type: 'startFeedback', clusterId }, '07:30');
    day.send(facilitator, { type: 'setAutoAdvance', clusterId, autoAdvance: true }, '07:30');
    day.send(
      facilitator,
      { type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'presentation' } },
      '07:35',
    );
    day.send(
      facilitator,
      { type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'supervisor' } },
      '07:40',
    );
    day.send(guest, { type: 'join', name: 'Cia', municipality: 'Trelleborg' });
    const cia = day.state.participants.at(-1)!.id;
    day.send(
      { role: 'participant', participantId: cia },
      { type: 'raiseHand', clusterId, text: 'Hur räknar ni?' },
      '07:41',
    );
    expect(day.state.feedbackRuns[0]).toMatchObject({
      phase: 'peers',
      autoAdvance: true,
      queue: [{ participantId: cia }],
    });
    day.send({ role: 'evaluator' }, { type: 'addTeamNote', kind: 'observation', text: 'Anna kom tidigt.' });
    day.send(facilitator, { type: 'addTeamNote', kind: 'feedback', text: 'Bra start.' });
    const before = day.state;
    const command = samples[type](day.state, role);
    const decision = day.send(actorFor(role, command), command);
    if (allowed) {
      expect(decision.ok).toBe(true);
    } else {
      expect(decision).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      expect(day.state).toBe(before);
    }
  });
});

describe('[E1] a rejected command changes nothing', () => {
  it('a screen pressing "next" gets forbidden with no events, and the day has not started', () => {
    const day = meetingDay();
    const before = day.state;
    const decision = day.send(screen, { type: 'advanceAgenda', fromSegmentId: null });
    expect(decision).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect('events' in decision).toBe(false);
    expect(day.state).toBe(before);
  });
});

describe('[V1] what each viewer sees', () => {
  it('a guest at the join form sees the meeting, agenda and municipalities but not who is there', () => {
    const day = meetingDay();
    day.send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' });
    const seen = viewFor(day.state, guest);
    expect(seen.participants).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain('Anna');
    expect(seen).toMatchObject({
      name: 'Lärträff 2',
      date: '2026-11-23',
      agenda: day.state.agenda,
      municipalities: day.state.municipalities,
    });
  });

  it('the facilitator, the screen and a participant see the roster', () => {
    const day = meetingDay();
    day.send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' });
    for (const actor of [
      facilitator,
      screen,
      { role: 'participant', participantId: day.state.participants[0]!.id } satisfies Actor,
    ]) {
      expect(viewFor(day.state, actor).participants.map((p) => p.name)).toEqual(['Anna Svensson']);
    }
  });
});
