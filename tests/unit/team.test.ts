/**
 * The project team's own rounds and the evaluator's notes: entered before
 * participants arrive and after they leave, and never shown outside the team.
 */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { audienceOf, canSee, BLANK_MEETING, reduce } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import type { Actor, Command, SequencedEvent } from '../../shared/protocol';
import { applyEvents } from '../../shared/day/sync';
import { MAX_TEAM_ENTRIES } from '../../shared/day/team';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

const facilitator: Actor = { role: 'facilitator' };
const evaluator: Actor = { role: 'evaluator' };
const supervisor: Actor = { role: 'supervisor' };
const screen: Actor = { role: 'screen' };
const guest: Actor = { role: 'guest' };

const PRIVATE = 'Jag sov dåligt';

/** The meeting day as the server holds it: its state and its whole event log. */
const meetingDay = () =>
  decidedDay({
    request: { municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }] },
    createdAt: '07:00',
    sendAt: '07:40',
  });

const checkIn = (name: string, feeling: string, focus: string, entryId?: string): Command => ({
  type: 'enterTeamRound',
  round: 'checkIn',
  name,
  feeling,
  focus,
  ...(entryId ? { entryId } : {}),
});

describe('the team check-in at 07:40, before participants arrive', () => {
  it("Eva checks in: her entry is on the team's list with the time she sent it", () => {
    const day = meetingDay();
    const decision = day.send(facilitator, checkIn('Eva', PRIVATE, 'Hålla tiden'), '07:40');
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['teamRoundEntered']);
    expect(day.state.teamEntries).toEqual([
      {
        id: expect.any(String),
        round: 'checkIn',
        name: 'Eva',
        feeling: PRIVATE,
        focus: 'Hålla tiden',
        at: at('07:40'),
      },
    ]);
  });

  it("Eva corrects her entry at 07:45: the same entry is replaced, not added twice, and Kim's stays", () => {
    const day = meetingDay();
    day.send(facilitator, checkIn('Eva', PRIVATE, 'Hålla tiden'), '07:40');
    day.send(evaluator, checkIn('Kim', 'Pigg', 'Kluster 2'), '07:42');
    const eva = day.state.teamEntries[0]!;
    expect(day.send(facilitator, checkIn('Eva', 'Trött men glad', 'Hålla tiden', eva.id), '07:45').ok).toBe(true);
    expect(day.state.teamEntries.map((e) => [e.name, e.feeling])).toEqual([
      ['Eva', 'Trött men glad'],
      ['Kim', 'Pigg'],
    ]);
    expect(day.state.teamEntries[0]).toMatchObject({ id: eva.id, at: at('07:45') });
  });

  it('[E1] a correction of an entry that does not exist is not_found and changes nothing', () => {
    const day = meetingDay();
    const before = day.state;
    expect(day.send(facilitator, checkIn('Eva', 'Pigg', '', 'no-such-entry'))).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.any(String) },
    });
    expect(day.state).toBe(before);
  });

  it(`the round holds ${MAX_TEAM_ENTRIES} entries; a new one after that is a conflict, a correction still goes through`, () => {
    const day = meetingDay();
    for (let i = 0; i < MAX_TEAM_ENTRIES; i++) day.send(evaluator, checkIn(`Handledare ${i}`, 'Pigg', ''));
    expect(day.send(evaluator, checkIn('En till', 'Pigg', ''))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(day.send(evaluator, checkIn('Handledare 0', 'Rättat', '', day.state.teamEntries[0]!.id)).ok).toBe(true);
    expect(day.state.teamEntries).toHaveLength(MAX_TEAM_ENTRIES);
  });

  it('the evaluator notes an observation at 10:50', () => {
    const day = meetingDay();
    day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Kluster 2 kom igång snabbt.' }, '10:50');
    expect(day.state.teamNotes).toEqual([
      {
        id: expect.any(String),
        kind: 'observation',
        text: 'Kluster 2 kom igång snabbt.',
        at: at('10:50'),
        by: 'evaluator',
      },
    ]);
  });
});

describe("[V2] the team's rounds and notes stay in the team", () => {
  const dayWithTeamMaterial = () => {
    const day = meetingDay();
    day.send(facilitator, checkIn('Eva', PRIVATE, 'Hålla tiden'));
    day.send(evaluator, { type: 'addTeamNote', kind: 'feedback', text: 'Eva pratade för fort' });
    day.send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' });
    return day;
  };

  it.for([
    { who: 'a participant', actor: { role: 'participant', participantId: 'id99' } as Actor },
    { who: 'the screen', actor: screen },
    { who: 'a guest', actor: guest },
    { who: "[V5] a supervisor's tablet", actor: supervisor },
  ])('$who sees no team entries and no notes', ({ actor }) => {
    const seen = viewFor(dayWithTeamMaterial().state, actor);
    expect(seen.teamEntries).toEqual([]);
    expect(seen.teamNotes).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(PRIVATE);
    expect(JSON.stringify(seen)).not.toContain('pratade för fort');
  });

  it.for([
    { who: 'the facilitator', actor: facilitator },
    { who: 'the evaluator', actor: evaluator },
  ])('$who sees the entries and the notes', ({ actor }) => {
    const seen = viewFor(dayWithTeamMaterial().state, actor);
    expect(seen.teamEntries.map((e) => e.feeling)).toEqual([PRIVATE]);
    expect(seen.teamNotes.map((n) => n.text)).toEqual(['Eva pratade för fort']);
  });

  it("team entries and notes are sent to the console and the evaluator only (not a supervisor's tablet); everything else to everyone", () => {
    const day = dayWithTeamMaterial();
    expect(day.log.map((e) => [e.type, audienceOf(e)])).toEqual([
      ['meetingCreated', 'all'],
      ['teamRoundEntered', 'teamRounds'],
      ['teamNoteAdded', 'teamRounds'],
      ['participantJoined', 'all'],
    ]);
  });
});

describe('[S1] [V2] a participant who only receives what they may see holds exactly their view', () => {
  /** A morning: the day starts, team check-in with a correction, joins (one from a new municipality), a skip, notes. */
  function scriptedMorning() {
    const day = meetingDay();
    day.send(facilitator, { type: 'advanceAgenda', fromSegmentId: null }, '08:00');
    day.send(facilitator, checkIn('Eva', PRIVATE, 'Hålla tiden'), '08:05');
    day.send(evaluator, checkIn('Kim', 'Nervös', 'Kluster 2'), '08:07');
    day.send(guest, { type: 'join', name: 'Anna Svensson', municipality: 'Trelleborg' }, '08:35');
    day.send(facilitator, checkIn('Eva', 'Piggare nu', 'Hålla tiden', day.state.teamEntries[0]!.id), '08:36');
    day.send(guest, { type: 'join', name: 'Lisa Berg', municipality: 'Ystad' }, '08:40');
    day.send(
      evaluator,
      { type: 'addTeamNote', kind: 'observation', text: 'Lisa kom från Ystad utan inbjudan' },
      '08:45',
    );
    day.send(facilitator, { type: 'skipSegment', segmentId: day.state.agenda[3]!.id, skipped: true }, '08:50');
    day.send(facilitator, { type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId }, '09:00');
    day.send(facilitator, { type: 'addTeamNote', kind: 'feedback', text: 'Bra tempo i incheckningen' }, '09:05');
    return day;
  }

  it('folding only the events for everyone gives viewFor(server state) for a participant and the screen, after every event', () => {
    const day = scriptedMorning();
    expect(day.log).toHaveLength(12);
    expect(day.log.filter((e) => audienceOf(e) === 'teamRounds')).toHaveLength(5);
    const anna: Actor = { role: 'participant', participantId: day.state.participants[0]!.id };
    let server = BLANK_MEETING;
    let phone = BLANK_MEETING;
    for (const event of day.log) {
      server = reduce(server, event);
      if (audienceOf(event) === 'all') phone = reduce(phone, event);
      expect(phone).toEqual(viewFor(server, anna));
      expect(phone).toEqual(viewFor(server, screen));
    }
    expect(phone.participants.map((p) => p.name)).toEqual(['Anna Svensson', 'Lisa Berg']);
  });

  it('the redacted stream the server sends ({seq} for team events) brings the phone to the same view and the same seq', () => {
    const day = scriptedMorning();
    const anna: Actor = { role: 'participant', participantId: day.state.participants[0]!.id };
    const sent: SequencedEvent[] = day.log.map((event, i) =>
      audienceOf(event) === 'teamRounds' ? { seq: i + 1 } : { seq: i + 1, event },
    );
    const { replica, gap } = applyEvents({ state: BLANK_MEETING, seq: 0 }, sent);
    expect(gap).toBe(false);
    expect(replica.seq).toBe(day.log.length);
    expect(replica.state).toEqual(viewFor(day.state, anna));
    expect(JSON.stringify(sent)).not.toContain(PRIVATE);
  });

  it("[V5] a supervisor's tablet folds what it is sent and holds its view: the whole day but the team's rounds", () => {
    const day = scriptedMorning();
    const tablet = day.log.reduce(
      (state, event) => (canSee(audienceOf(event), supervisor) ? reduce(state, event) : state),
      BLANK_MEETING,
    );
    expect(tablet).toEqual(viewFor(day.state, supervisor));
    expect(tablet).toMatchObject({ teamEntries: [], teamNotes: [] });
    expect(tablet.currentSegmentId).toBe(day.state.currentSegmentId);
    expect(JSON.stringify(tablet)).not.toContain(PRIVATE);
  });

  it("the console's and the evaluator's roles fold every event and hold the whole state", () => {
    const day = scriptedMorning();
    const folded = day.log.reduce(reduce, BLANK_MEETING);
    for (const actor of [facilitator, evaluator]) expect(folded).toEqual(viewFor(day.state, actor));
    expect(folded.teamEntries.map((e) => e.feeling)).toEqual(['Piggare nu', 'Nervös']);
    expect(folded.teamNotes).toHaveLength(2);
  });
});
