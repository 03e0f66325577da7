/**
 * The evaluator's notes over real sockets on a real server: she corrects and
 * tags a note during the day, the console follows live, nobody outside the
 * team learns anything but that the log grew (O1, V2), and the team's report
 * file places the note under its segment and municipality (O2).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../server/csv';
import {
  closeAll,
  connect,
  createMeeting,
  inboxOf,
  joinByCode,
  send,
  startServer,
  tokenFromLink,
  track,
  waitFor,
  type MeetingSocket,
} from '../support/server';

afterEach(closeAll);

const CLUSTER_WORK = 'EOR-återkoppling i kommunklustren';
const SECRET = 'Lisa från Ystad verkar utbränd';

async function dayWithEvaluator() {
  const server = await startServer();
  const meeting = await createMeeting(server.url, {
    name: 'Lärträff 2 – Trelleborgsmodellen',
    date: '2026-11-23',
    municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
    clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' }],
  });
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const console_ = track(facilitator);
  const evaluator = await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) });
  const lena = await joinByCode(server.url, meeting.code, 'Lena Nilsson', 'Ystad');
  const outsiders: [string, MeetingSocket][] = [
    ['Lena’s phone', lena.socket],
    ['the projector', await connect(server.url, { token: meeting.screenToken })],
    ['Karin’s tablet', await connect(server.url, { token: tokenFromLink(meeting.supervisorLinks[0]!.link) })],
  ];
  await console_.ready;
  const id = {
    segment: (title: string) => console_.state.agenda.find((s) => s.title === title)!.id,
    municipality: (name: string) => console_.state.municipalities.find((m) => m.name === name)!.id,
  };
  return { server, meeting, facilitator, console: console_, evaluator, outsiders, id };
}

describe('[O1] the evaluator changes her notes during the day', () => {
  it('[O1] [V2] she corrects and tags a note, then deletes another: the console follows, the room gets only {seq}', async () => {
    const { facilitator, console: consoleView, evaluator, outsiders, id } = await dayWithEvaluator();
    const added = await send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Lisa verkar trött' });
    expect(added.ok).toBe(true);
    await waitFor(() => consoleView.state.teamNotes.length === 1);
    const noteId = consoleView.state.teamNotes[0]!.id;

    expect(
      await send(evaluator, {
        type: 'editTeamNote',
        noteId,
        text: SECRET,
        segmentId: id.segment(CLUSTER_WORK),
        municipalityId: id.municipality('Ystad'),
      }),
    ).toMatchObject({ ok: true });
    await waitFor(() => consoleView.state.teamNotes[0]?.text === SECRET, 3_000, 'the console to show the edit');
    expect(consoleView.state.teamNotes[0]).toMatchObject({
      by: 'evaluator',
      segmentId: id.segment(CLUSTER_WORK),
      municipalityId: id.municipality('Ystad'),
    });

    // The console does not rewrite the evaluator's words (O1) ...
    expect(await send(facilitator, { type: 'editTeamNote', noteId, text: 'Annat' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // ... and no one outside the team may touch a note at all (A1).
    for (const [, socket] of outsiders)
      expect(await send(socket, { type: 'deleteTeamNote', noteId })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });

    await send(evaluator, { type: 'addTeamNote', kind: 'feedback', text: 'Skrev fel' });
    await waitFor(() => consoleView.state.teamNotes.length === 2);
    const wrong = consoleView.state.teamNotes[1]!.id;
    const deleted = await send(evaluator, { type: 'deleteTeamNote', noteId: wrong });
    expect(deleted.ok).toBe(true);
    await waitFor(() => consoleView.state.teamNotes.length === 1, 3_000, 'the console to drop the note');

    for (const [who, socket] of outsiders) {
      const seen = JSON.stringify(inboxOf(socket));
      expect(seen, who).not.toContain(SECRET);
      expect(seen, who).not.toMatch(/teamNote(Edited|Deleted)/);
    }
  });

  it('[O1] the facilitator takes out a note that should not be kept; the evaluator’s view drops it too', async () => {
    const { server, meeting, facilitator, evaluator } = await dayWithEvaluator();
    await send(evaluator, { type: 'addTeamNote', kind: 'observation', text: SECRET });
    const evaluatorView = track(await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) }));
    await evaluatorView.ready;
    const noteId = evaluatorView.state.teamNotes[0]!.id;
    expect(await send(facilitator, { type: 'deleteTeamNote', noteId })).toMatchObject({ ok: true });
    await waitFor(() => evaluatorView.state.teamNotes.length === 0, 3_000, "the evaluator's view to drop it");
    expect(await send(evaluator, { type: 'deleteTeamNote', noteId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('[O2] a tagged note in the report', () => {
  it("[O2] the team's report.csv lists the note with its segment and municipality; the handout has no notes", async () => {
    const { server, meeting, evaluator, id } = await dayWithEvaluator();
    await send(evaluator, {
      type: 'addTeamNote',
      kind: 'observation',
      text: 'Ystads EOR var skarpt',
      segmentId: id.segment(CLUSTER_WORK),
      municipalityId: id.municipality('Ystad'),
    });
    const file = (name: string) =>
      fetch(`${server.url}/api/meetings/${meeting.meetingId}/export/${name}`, {
        headers: { authorization: `Bearer ${meeting.facilitatorToken}` },
      }).then((r) => r.text());
    const read = readCsv(await file('report.csv?team=1'));
    if (!read.ok) throw new Error('the export does not read back');
    expect(read.table.rows.map((r) => r.cells)).toContainEqual([
      'Observation',
      'Ystads EOR var skarpt',
      expect.any(String),
      CLUSTER_WORK,
      'Ystad',
    ]);
    const json = JSON.parse(await file('report.json?team=1')) as {
      team: { noteGroups: { kind: string; title: string; notes: { text: string }[] }[] };
    };
    expect(json.team.noteGroups).toMatchObject([
      { kind: 'segment', title: CLUSTER_WORK, notes: [{ text: 'Ystads EOR var skarpt' }] },
    ]);
    expect(await file('report.csv')).not.toContain('Ystads EOR var skarpt');
  });
});
