/**
 * The evaluator's notes after they are written: their author changes and
 * deletes them, each change logged for the team (O1), and a note tagged with
 * a segment or a municipality lands there in the team's report (O2).
 */
import { describe, expect, it } from 'vitest';
import { decidedDay } from '../support/scriptedDay';
import { audienceOf, BLANK_MEETING, decide, reduce } from '../../shared/day/meeting';
import { eraseEvent, erasureOf } from '../../shared/day/personalData';
import type { Actor, Command, MeetingEvent } from '../../shared/protocol';
import { meetingReport } from '../../shared/day/report';
import { meetingReportRows } from '../../shared/reportTable';

const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
const facilitator: Actor = { role: 'facilitator' };
const evaluator: Actor = { role: 'evaluator' };

function meetingDay() {
  const day = decidedDay({
    request: { municipalities: [{ name: 'Trelleborg' }, { name: 'Ystad' }, { name: 'Skurup' }] },
    createdAt: '07:00',
    sendAt: '10:50',
  });
  return Object.assign(day, {
    note: (text: string) => day.state.teamNotes.find((x) => x.text === text)!,
  });
}

const CLUSTER_WORK = 'EOR-återkoppling i kommunklustren';

describe('[O1] a note is its author’s', () => {
  it('[O1] the evaluator rewrites her 10:50 note at 11:05: the note says the new words, tagged, and the change is logged for the team', () => {
    const day = meetingDay();
    day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Ystad var tysta' });
    const { id } = day.note('Ystad var tysta');
    const edit = day.send(
      evaluator,
      {
        type: 'editTeamNote',
        noteId: id,
        text: 'Ystad var tysta i början, sedan ivriga',
        segmentId: day.id(CLUSTER_WORK),
        municipalityId: day.municipality('Ystad'),
      },
      '11:05',
    );
    expect(edit.ok).toBe(true);
    expect(day.state.teamNotes).toEqual([
      {
        id,
        kind: 'observation',
        text: 'Ystad var tysta i början, sedan ivriga',
        at: at('10:50'),
        by: 'evaluator',
        segmentId: day.id(CLUSTER_WORK),
        municipalityId: day.municipality('Ystad'),
        editedAt: at('11:05'),
      },
    ]);
    expect(day.log.slice(-1).map((e) => [e.type, audienceOf(e)])).toEqual([['teamNoteEdited', 'teamRounds']]);
  });

  it('[O1] the facilitator cannot rewrite the evaluator’s note, but can take it out; the deletion is logged', () => {
    const day = meetingDay();
    day.send(evaluator, { type: 'addTeamNote', kind: 'feedback', text: 'Karin pratade om Lisa' });
    const note = day.note('Karin pratade om Lisa');
    const before = day.state;
    expect(day.send(facilitator, { type: 'editTeamNote', noteId: note.id, text: 'Annat' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(day.state).toBe(before);
    expect(day.send(facilitator, { type: 'deleteTeamNote', noteId: note.id }, '16:10').ok).toBe(true);
    expect(day.state.teamNotes).toEqual([]);
    expect(day.log.at(-1)).toEqual({ type: 'teamNoteDeleted', noteId: note.id, at: at('16:10') });
    expect(audienceOf(day.log.at(-1)!)).toBe('teamRounds');
  });

  it('[O1] the evaluator may neither change nor delete a note written in the console', () => {
    const day = meetingDay();
    day.send(facilitator, { type: 'addTeamNote', kind: 'observation', text: 'Bussen är sen' });
    const note = day.note('Bussen är sen');
    expect(note.by).toBe('facilitator');
    for (const command of [
      { type: 'editTeamNote', noteId: note.id, text: 'Bussen kom' },
      { type: 'deleteTeamNote', noteId: note.id },
    ] satisfies Command[])
      expect(day.send(evaluator, command)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(day.state.teamNotes).toEqual([note]);
  });

  it('[O1] a note logged before notes had an author is the evaluator’s', () => {
    const day = meetingDay();
    const legacy: MeetingEvent = {
      type: 'teamNoteAdded',
      note: { id: 'old-1', kind: 'observation', text: 'Från förra versionen', at: at('09:00') },
    };
    const state = reduce(day.state, legacy);
    const edit = { type: 'editTeamNote', noteId: 'old-1', text: 'Rättad' } as const;
    expect(decide(state, edit, evaluator, { now: at('10:00'), newId: () => 'x' }).ok).toBe(true);
    expect(decide(state, edit, facilitator, { now: at('10:00'), newId: () => 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('[O1] a note that is gone is not_found; an edit that changes nothing is a conflict', () => {
    const day = meetingDay();
    day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Bra fika' });
    const { id } = day.note('Bra fika');
    expect(day.send(evaluator, { type: 'editTeamNote', noteId: id, text: 'Bra fika' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    day.send(evaluator, { type: 'deleteTeamNote', noteId: id });
    for (const command of [
      { type: 'editTeamNote', noteId: id, text: 'Igen' },
      { type: 'deleteTeamNote', noteId: id },
    ] satisfies Command[])
      expect(day.send(evaluator, command)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('[O1] [PD4] erasing the meeting takes the edits out of the log too: replayed, it holds no note and no trace', () => {
    const day = meetingDay();
    day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Lisa verkar trött' });
    const { id } = day.note('Lisa verkar trött');
    day.send(evaluator, { type: 'editTeamNote', noteId: id, text: 'Lisa från Ystad verkar trött' });
    day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Tas bort' });
    day.send(evaluator, { type: 'deleteTeamNote', noteId: day.note('Tas bort').id });
    day.send(facilitator, { type: 'erasePersonalData' }, '17:00');
    const erasure = erasureOf(day.log.at(-1)!)!;
    const rewritten = [...day.log.slice(0, -1).map((e) => eraseEvent(e, erasure)), day.log.at(-1)!];
    expect(rewritten.reduce(reduce, BLANK_MEETING)).toEqual(day.state);
    expect(JSON.stringify(rewritten)).not.toMatch(/Lisa|Tas bort/);
  });
});

describe('[O2] a note in its place', () => {
  it('[O2] a tag that names nothing in the meeting is not_found; null clears a tag', () => {
    const day = meetingDay();
    expect(
      day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'x', segmentId: 'no-such-segment' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'x', municipalityId: 'no-such-one' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    day.send(evaluator, {
      type: 'addTeamNote',
      kind: 'observation',
      text: 'Skurup kom sent',
      municipalityId: day.municipality('Skurup'),
    });
    const { id } = day.note('Skurup kom sent');
    expect(day.send(evaluator, { type: 'editTeamNote', noteId: id, municipalityId: null }).ok).toBe(true);
    expect(day.note('Skurup kom sent')).not.toHaveProperty('municipalityId');
  });

  it("[O2] the team's report puts a note under its segment, else its municipality, else the day; the CSV names both", () => {
    const day = meetingDay();
    const add = (text: string, tags: { segmentId?: string; municipalityId?: string } = {}) =>
      day.send(evaluator, { type: 'addTeamNote', kind: 'observation', text, ...tags });
    add('Bra stämning hela dagen');
    add('Skurup saknade sin chef', { municipalityId: day.municipality('Skurup') });
    add('Ystads EOR var skarpt', { segmentId: day.id(CLUSTER_WORK), municipalityId: day.municipality('Ystad') });
    add('Incheckningen gick fort', { segmentId: day.id('Incheckningsövning') });

    const report = meetingReport(day.state, { now: at('17:00'), dayStart: at('08:00'), forTeam: true });
    expect(
      report.team!.noteGroups.map((g) => [g.kind === 'day' ? 'the day' : g.title, g.notes.map((n) => n.text)]),
    ).toEqual([
      ['Incheckningsövning', ['Incheckningen gick fort']],
      [CLUSTER_WORK, ['Ystads EOR var skarpt']],
      ['Skurup', ['Skurup saknade sin chef']],
      ['the day', ['Bra stämning hela dagen']],
    ]);
    const rows = meetingReportRows(day.state, report, (ms) => new Date(ms + 3_600_000).toISOString().slice(11, 16));
    const notes = rows.slice(rows.findIndex((r) => r[0] === 'Följeforskarens anteckningar') + 1);
    expect(notes[0]).toEqual(['Typ', 'Anteckning', 'Tid', 'Programpunkt', 'Kommun']);
    expect(notes).toContainEqual(['Observation', 'Ystads EOR var skarpt', '10:50', CLUSTER_WORK, 'Ystad']);
    // The handout has no notes at all (V2).
    expect(meetingReport(day.state, { now: at('17:00'), dayStart: at('08:00'), forTeam: false }).team).toBeNull();
  });

  it('[O2] a note whose segment has left the agenda falls back to its municipality', () => {
    const day = meetingDay();
    const segmentId = day.id('Incheckningsövning');
    day.send(evaluator, {
      type: 'addTeamNote',
      kind: 'observation',
      text: 'Trelleborg ledde',
      segmentId,
      municipalityId: day.municipality('Trelleborg'),
    });
    day.send(facilitator, { type: 'removeSegment', segmentId });
    const report = meetingReport(day.state, { now: at('17:00'), dayStart: at('08:00'), forTeam: true });
    expect(report.team!.noteGroups).toMatchObject([{ kind: 'municipality', title: 'Trelleborg' }]);
  });
});
