/**
 * [D6] A restart replays only the log after the meeting's saved state. The
 * state the server rebuilds from a saved one is the state a full replay of
 * the log gives; a state saved by other code (another build of shared/) or
 * one that does not read is ignored, and the log is replayed whole.
 */
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { BLANK_MEETING, reduce, type MeetingState } from '../../shared/day/meeting';
import { openSqlite } from '../../server/database';
import { kyselyStore } from '../../server/store';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  send,
  snapshot,
  startServer,
  stateHash,
  type CreatedMeeting,
  type TestServer,
} from '../support/server';
import { checkInOf } from '../support/commandSamples';

afterEach(closeAll);

const EVERY = 10;
const line = boardTemplate('line');

/** The check-in with people changing their minds: some forty events, the last saved state some way behind. */
async function checkIn(server: TestServer, meeting: CreatedMeeting): Promise<{ seq: number; state: MeetingState }> {
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const people = [
    await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg'),
    await joinByCode(server.url, meeting.code, 'Lisa Berg', 'Kungsbacka'),
    await joinByCode(server.url, meeting.code, 'Omar Haddad', 'Trelleborg'),
  ];
  await send(
    facilitator,
    checkInOf([
      { text: 'Vi har ett EOR som alla känner till', board: line },
      { text: 'Vi har gjort en bakåtplanering', board: line },
    ]),
  );
  const statements = (await snapshot(facilitator)).state.exercises[0]!.statements;
  for (const [i, statement] of statements.entries()) {
    await send(facilitator, { type: 'openStatement', statementId: statement.id });
    for (let round = 0; round < 6; round++)
      for (const [j, p] of people.entries())
        await send(p.socket, { type: 'place', statementId: statement.id, x: (round + j + i) / 12, y: 0.5 });
  }
  return snapshot(facilitator);
}

/** The state a replay of the whole log gives, read from the file by a store of its own. */
async function replayed(file: string, meetingId: string): Promise<MeetingState> {
  const store = kyselyStore(await openSqlite(file));
  try {
    let state = BLANK_MEETING;
    for (const { event } of await store.eventsAfter(meetingId, 0)) state = reduce(state, event);
    return state;
  } finally {
    await store.close();
  }
}

function savedRow(file: string, meetingId: string): { seq: number; version: string } | undefined {
  const raw = new SQLite(file, { readonly: true });
  try {
    return raw.prepare('SELECT seq, version FROM snapshots WHERE meeting_id = ?').get(meetingId) as
      { seq: number; version: string } | undefined;
  } finally {
    raw.close();
  }
}

async function restarted(server: TestServer, meeting: CreatedMeeting) {
  await server.close();
  const again = await startServer({ file: server.file, clock: server.clock, seed: 7, snapshotEvery: EVERY });
  const facilitator = await connect(again.url, { token: meeting.facilitatorToken });
  return { again, facilitator, view: await snapshot(facilitator) };
}

describe('[D6] a restart from the saved state', () => {
  it('rebuilds the state a full replay gives, and the log goes on from there', async () => {
    const server = await startServer({ snapshotEvery: EVERY });
    const meeting = await createMeeting(server.url);
    const live = await checkIn(server, meeting);
    const saved = savedRow(server.file, meeting.meetingId);
    expect(saved!.seq).toBeGreaterThan(live.seq - EVERY);
    expect(saved!.seq).toBeLessThanOrEqual(live.seq);

    const { facilitator, view } = await restarted(server, meeting);
    expect(view.seq).toBe(live.seq);
    expect(stateHash(view.state)).toBe(stateHash(live.state));
    expect(stateHash(view.state)).toBe(stateHash(await replayed(server.file, meeting.meetingId)));
    const statementId = view.state.exercises[0]!.statements[0]!.id;
    expect(await send(facilitator, { type: 'openStatement', statementId })).toMatchObject({
      ok: true,
      seq: live.seq + 1,
    });
  });

  it('the restart starts from the saved state, not from the first event', async () => {
    const server = await startServer({ snapshotEvery: EVERY });
    const meeting = await createMeeting(server.url);
    await checkIn(server, meeting);
    await server.close();
    // Marked, so it shows whether the restart read it: the name the meeting was saved with changes.
    const raw = new SQLite(server.file);
    raw.exec(`UPDATE snapshots SET state = json_set(state, '$.name', 'Från det sparade läget')`);
    raw.close();
    const { view } = await restarted(server, meeting);
    expect(view.state.name).toBe('Från det sparade läget');
  });

  it('a state saved by other code, or one that does not read, is ignored: the log is replayed whole', async () => {
    for (const spoil of ["version = 'another-build'", "state = '{not json'"]) {
      const server = await startServer({ snapshotEvery: EVERY });
      const meeting = await createMeeting(server.url);
      const live = await checkIn(server, meeting);
      await server.close();
      const raw = new SQLite(server.file);
      // A saved state that would be wrong if it were used: a roster of nobody.
      const wrong = JSON.stringify({ ...live.state, participants: [] }).replaceAll("'", "''");
      raw.exec(`UPDATE snapshots SET state = '${wrong}', ${spoil}`);
      raw.close();

      const { view } = await restarted(server, meeting);
      expect(view.state.participants, spoil).toHaveLength(3);
      expect(stateHash(view.state), spoil).toBe(stateHash(live.state));
    }
  });
});
