/**
 * [PD1]–[PD5] Personal data of municipal staff: an anonymous meeting keeps no
 * names; a participant removes themself from their phone; the facilitator
 * erases a meeting's personal data and the organiser a programme's; and the
 * SQLite file (and its WAL) holds no trace of what was erased afterwards.
 */
import { wallToWall } from '../support/commandSamples';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/database';
import type { MeetingState } from '../../shared/protocol';
import { ErasureResponse } from '../../shared/year/programmeApi';
import { DATABASE_URL, freshSchema, skipWithout } from '../support/database';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST } from '../support/programme';
import {
  accepted,
  closeAll,
  connect,
  createMeeting,
  disconnected,
  joinByCode,
  refusal,
  send,
  startServer,
  stateHash,
  track,
  waitFor,
  welcomeOf,
  type CreatedMeeting,
  type TestServer,
  snapshot,
} from '../support/server';

afterEach(closeAll);

const DAY = 24 * 60 * 60 * 1000;
const SOUTH = {
  name: 'Lärträff 4 – Agera',
  date: '2026-11-23',
  municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
  clusters: [
    { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Holmqvist', room: 'Rum 2' },
  ],
};

/** Whether the bytes of the database file or its WAL contain `text` anywhere, in UTF-8. */
function onDisk(file: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(needle));
}

/**
 * The morning in Kluster Syd: Anna (Ystad) and Bo (Skurup) have placed
 * themselves on the check-in, Ystad presents and Bo has queued a question,
 * the evaluator has written a note and the team its check-in.
 */
async function morning(server: TestServer, meeting: CreatedMeeting) {
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const console_ = track(facilitator);
  await console_.ready;
  const anna = await joinByCode(server.url, meeting.code, 'Anna Åkesson', 'Ystad');
  const bo = await joinByCode(server.url, meeting.code, 'Bo Lindqvist', 'Skurup');
  await accepted(facilitator, {
    type: 'enterTeamRound',
    round: 'checkIn',
    name: 'Karin Holmqvist',
    feeling: 'Pigg men nervös',
    focus: 'Kluster Syd',
  });
  await accepted(facilitator, { type: 'addTeamNote', kind: 'observation', text: 'Skurups chef verkar skeptisk' });
  await accepted(facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Incheckning',
    statements: [wallToWall('Vi har ett EOR')],
    anonymous: false,
    hiddenUntilReveal: false,
  });
  await waitFor(() => console_.state.exercises.length === 1, 3_000, 'the exercise');
  const statementId = console_.state.exercises[0]!.statements[0]!.id;
  await accepted(facilitator, { type: 'openStatement', statementId });
  await accepted(anna.socket, { type: 'place', statementId, x: 0.2, y: 0.5 });
  await accepted(bo.socket, { type: 'place', statementId, x: 0.9, y: 0.5 });
  const clusterId = console_.state.clusters[0]!.id;
  await accepted(facilitator, { type: 'startFeedback', clusterId, order: console_.state.clusters[0]!.municipalityIds });
  await accepted(facilitator, {
    type: 'feedbackStep',
    clusterId,
    direction: 'next',
    from: { index: 0, phase: 'presentation' },
  });
  await accepted(facilitator, {
    type: 'feedbackStep',
    clusterId,
    direction: 'next',
    from: { index: 0, phase: 'supervisor' },
  });
  await accepted(bo.socket, { type: 'raiseHand', clusterId, text: 'Hur fick ni med Bengtssons enhet?' });
  const seq = await accepted(anna.socket, { type: 'place', statementId, x: 0.3, y: 0.5 });
  await waitFor(() => console_.seq === seq, 3_000, 'the console caught up');
  return { facilitator, console_, anna, bo, statementId, clusterId };
}

/** The meeting as a server restarted on the same file rebuilds it from the (rewritten) log. */
/**
 * Every command saves the meeting's state (D6), so each erasure here must take the saved
 * state with it, and every restart rebuilds from a saved state.
 */
const SAVING = { snapshotEvery: 1 };

async function afterRestart(server: TestServer, meeting: CreatedMeeting): Promise<MeetingState> {
  await server.close();
  const again = await startServer({ ...SAVING, file: server.file, clock: server.clock, seed: 9 });
  return (await snapshot(await connect(again.url, { token: meeting.facilitatorToken }))).state;
}

describe('[PD1] an anonymous meeting', () => {
  it('participants join with their municipality only: the roster, the log, the file and the export hold no name', async () => {
    const server = await startServer(SAVING);
    const meeting = await createMeeting(server.url, { ...SOUTH, anonymous: true });
    const guest = await connect(server.url, { code: meeting.code });
    // The join form asks for a name only when the meeting keeps names.
    expect((await snapshot(guest)).state.anonymous).toBe(true);
    expect(await send(guest, { type: 'join', municipality: 'Ystad' })).toMatchObject({ ok: true });
    // An old form that sends a name anyway: the name is dropped, never stored.
    const second = await connect(server.url, { code: meeting.code });
    const ack = await send(second, { type: 'join', name: 'Cecilia Gröndahl', municipality: 'Skurup' });
    if (!ack.ok || !ack.join) throw new Error('join refused');

    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    const { state } = await snapshot(facilitator);
    expect(state.participants.map((p) => [p.name, p.number])).toEqual([
      [undefined, 1],
      [undefined, 2],
    ]);
    const res = await fetch(`${server.url}/api/meetings/${meeting.meetingId}/export/placements.csv`, {
      headers: { authorization: `Bearer ${meeting.facilitatorToken}` },
    });
    expect(await res.text()).not.toContain('Gröndahl');
    expect(onDisk(server.file, 'Gröndahl')).toBe(false);
  });

  it('the console turns it on before anyone joins; once someone has joined with a name it is a conflict', async () => {
    const server = await startServer(SAVING);
    const meeting = await createMeeting(server.url, SOUTH);
    const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
    await accepted(facilitator, { type: 'setAnonymous', anonymous: true });
    await accepted(facilitator, { type: 'setAnonymous', anonymous: false });
    // Without anonymity a name is needed.
    const guest = await connect(server.url, { code: meeting.code });
    expect(await send(guest, { type: 'join', municipality: 'Ystad' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    await joinByCode(server.url, meeting.code, 'Anna Åkesson', 'Ystad');
    const late = await send(facilitator, { type: 'setAnonymous', anonymous: true });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await snapshot(facilitator)).state.anonymous).toBe(false);
  });
});

describe('[PD2] a participant removes themself from their phone', () => {
  it('their name, placements and question go from every screen, the log and the file; the phone is signed out and its token no longer opens the meeting', async () => {
    const server = await startServer(SAVING);
    const meeting = await createMeeting(server.url, SOUTH);
    const { facilitator, console_, bo, statementId } = await morning(server, meeting);
    const screen = track(await connect(server.url, { token: meeting.screenToken }));
    await screen.ready;
    expect(onDisk(server.file, 'Bo Lindqvist')).toBe(true);

    const gone = disconnected(bo.socket);
    expect(await send(bo.socket, { type: 'leave' })).toMatchObject({ ok: true });
    await gone;
    await waitFor(
      () => console_.state.participants.length === 1 && screen.state.participants.length === 1,
      3_000,
      'the roster without Bo',
    );
    expect(console_.state.placements.map((p) => p.participantId)).toEqual([console_.state.participants[0]!.id]);
    expect(console_.state.feedbackRuns[0]!.queue).toEqual([]);
    expect(console_.state.questionLog).toEqual([]);
    expect(await refusal(server.url, { token: bo.token })).toMatchObject({ code: 'forbidden' });

    // The log says the same: a restarted server rebuilds exactly the meeting the console shows.
    const live = await snapshot(facilitator);
    expect(stateHash(live.state)).toBe(stateHash(console_.state));
    expect(live.state.placements.filter((p) => p.statementId === statementId)).toHaveLength(1);
    for (const trace of ['Bo Lindqvist', 'Bengtssons enhet']) expect(onDisk(server.file, trace), trace).toBe(false);
    expect(onDisk(server.file, 'Anna Åkesson')).toBe(true);
    expect(stateHash(await afterRestart(server, meeting))).toBe(stateHash(live.state));
  });
});

describe("[PD3] [PD4] the facilitator erases the meeting's personal data", () => {
  it("names, the team's rounds and notes, questions and the supervisor's name go, also from the file; the placements stay, per municipality", async () => {
    const server = await startServer(SAVING);
    const meeting = await createMeeting(server.url, SOUTH);
    const { facilitator, console_, anna } = await morning(server, meeting);
    const traces = [
      'Anna Åkesson',
      'Bo Lindqvist',
      'Karin Holmqvist',
      'Pigg men nervös',
      'Skurups chef verkar skeptisk',
      'Bengtssons enhet',
    ];
    for (const trace of traces) expect(onDisk(server.file, trace), trace).toBe(true);

    const phoneGone = disconnected(anna.socket);
    const seq = await accepted(facilitator, { type: 'erasePersonalData' });
    await phoneGone;
    await waitFor(() => console_.seq === seq, 3_000, 'the console after the erasure');
    const { state } = console_;
    expect(state.participants.map((p) => [p.name, p.number])).toEqual([
      [undefined, 1],
      [undefined, 2],
    ]);
    expect(state).toMatchObject({ anonymous: true, teamEntries: [], teamNotes: [], questionLog: [] });
    expect(state.clusters[0]!.supervisor).toBeUndefined();
    expect(state.placements).toHaveLength(2);
    for (const trace of traces) expect(onDisk(server.file, trace), trace).toBe(false);
    expect(await refusal(server.url, { token: anna.token })).toMatchObject({ code: 'forbidden' });
    // The console's link still works, and a restart rebuilds the erased meeting from the rewritten log.
    expect(stateHash(await afterRestart(server, meeting))).toBe(stateHash(state));
  });
});

/**
 * The files of a schema's `events` (with its TOAST table) and `tokens` (with
 * its primary key index) after a CHECKPOINT has written every page, read
 * from PostgreSQL's data directory; null when this process cannot read them
 * (another machine, or not root).
 */
async function postgresFiles(schema: string): Promise<{ events: Buffer; tokens: Buffer; wal: string[] } | null> {
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    await admin.query('CHECKPOINT');
    const dir = (await admin.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory;
    const path = async (relation: string) =>
      (await admin.query<{ p: string | null }>('SELECT pg_relation_filepath($1::regclass) AS p', [relation])).rows[0]!
        .p;
    // A table with its TOAST table and every index on either.
    const relationsOf = async (table: string) =>
      (
        await admin.query<{ r: string }>(
          `SELECT $1::regclass::text AS r
           UNION ALL SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = $1::regclass AND reltoastrelid <> 0
           UNION ALL SELECT indexrelid::regclass::text FROM pg_index
             WHERE indrelid IN ($1::regclass, (SELECT reltoastrelid FROM pg_class WHERE oid = $1::regclass))`,
          [table],
        )
      ).rows.map((row) => row.r);
    const read = async (table: string) => {
      const parts: Buffer[] = [];
      for (const relation of await relationsOf(table)) {
        const file = join(dir, (await path(relation))!);
        // A relation over 1 GB continues in file.1, file.2, …
        for (let i = 0; existsSync(i ? `${file}.${i}` : file); i++) parts.push(readFileSync(i ? `${file}.${i}` : file));
      }
      return Buffer.concat(parts);
    };
    const walDir = join(dir, 'pg_wal');
    try {
      readdirSync(walDir);
    } catch (err) {
      console.warn(
        `PostgreSQL's data directory ${dir} is not readable here (${String(err)}): skipping the file checks`,
      );
      return null;
    }
    const wal = readdirSync(walDir)
      .filter((f) => /^[0-9A-F]{24}$/.test(f))
      .map((f) => join(walDir, f));
    return { events: await read(`${schema}.events`), tokens: await read(`${schema}.tokens`), wal };
  } finally {
    await admin.end();
  }
}

const noPostgres = skipWithout({ DATABASE_URL }, "reading PostgreSQL's table files after an erasure");

describe.skipIf(noPostgres)('[PD2] [PD4] on PostgreSQL, the table files forget too', () => {
  it('after a leave and after the erasure, the events table, tokens and tokens_pkey hold no erased name, question, note or token hash', async (ctx) => {
    const schema = await freshSchema(DATABASE_URL!, 'pd');
    try {
      const server = await startServer({ ...SAVING, db: await openPostgres(schema.url) });
      const meeting = await createMeeting(server.url, SOUTH);
      const { facilitator, console_, anna, bo } = await morning(server, meeting);
      const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));
      const hash = (token: string) => createHash('sha256').update(token).digest('base64url');
      const before = await postgresFiles(schema.name);
      if (!before) return ctx.skip();
      expect([has(before.events, 'Bo Lindqvist'), has(before.tokens, hash(bo.token))]).toEqual([true, true]);

      expect(await send(bo.socket, { type: 'leave' })).toMatchObject({ ok: true });
      const left = (await postgresFiles(schema.name))!;
      for (const trace of ['Bo Lindqvist', 'Bengtssons enhet']) expect(has(left.events, trace), trace).toBe(false);
      expect(has(left.tokens, hash(bo.token)), "Bo's token hash").toBe(false);
      expect(has(left.events, 'Anna Åkesson')).toBe(true);

      const seq = await accepted(facilitator, { type: 'erasePersonalData' });
      await waitFor(() => console_.seq === seq, 3_000, 'the console after the erasure');
      const erased = (await postgresFiles(schema.name))!;
      for (const trace of ['Anna Åkesson', 'Karin Holmqvist', 'Pigg men nervös', 'Skurups chef verkar skeptisk'])
        expect(has(erased.events, trace), trace).toBe(false);
      expect(has(erased.tokens, hash(anna.token)), "Anna's token hash").toBe(false);
      // The WAL is PostgreSQL's own: it keeps what was written until its segments are recycled (README).
      const inWal = erased.wal.filter((f) => has(readFileSync(f), 'Anna Åkesson')).length;
      console.info(`PostgreSQL WAL: ${inWal} of ${erased.wal.length} segments still hold an erased name`);
      await server.close();
    } finally {
      await schema.drop();
    }
  });
});

describe("[PD3] the organiser erases the programme's personal data", () => {
  it("the participant list with names and e-mail addresses goes, and every started meeting's personal data with it", async () => {
    const server = await startServer(SAVING);
    const created = await createProgramme(server.url);
    const api = programmeApi(server.url, created.token);
    const doc = {
      ...programmeOf({
        ...SOUTH_COAST,
        participants: [
          {
            name: 'Greta Sjöholm',
            municipality: 'Ystad',
            email: 'greta.sjoholm@ystad.example',
            title: 'Verksamhetsutvecklare i Ystad',
          },
        ],
      }),
      id: created.programmeId,
    };
    const saved = await api.put(`/api/programmes/${created.programmeId}`, doc);
    expect(saved.status).toBe(200);
    const planned = ((await saved.json()) as { meetings: { id: string }[] }).meetings[0]!;
    const start = await api.post(`/api/programmes/${created.programmeId}/meetings/${planned.id}/start`);
    const code = ((await start.json()) as { code: string }).code;
    await joinByCode(server.url, code, 'Hugo Ekström', 'Ystad');
    for (const trace of ['Greta Sjöholm', 'greta.sjoholm@ystad.example', 'Hugo Ekström'])
      expect(onDisk(server.file, trace), trace).toBe(true);

    const res = await api.post(`/api/programmes/${created.programmeId}/erase-personal-data`);
    expect(res.status).toBe(200);
    const body = ErasureResponse.parse(await res.json());
    expect(body).toMatchObject({ meetings: 1, programme: { participants: [] } });
    // The team runs the programme and stays.
    expect(body.programme.team.map((t) => t.name)).toContain('Maria Lindqvist');
    for (const trace of [
      'Greta Sjöholm',
      'greta.sjoholm@ystad.example',
      'Hugo Ekström',
      'Verksamhetsutvecklare i Ystad',
    ])
      expect(onDisk(server.file, trace), trace).toBe(false);
    expect(
      (await programmeApi(server.url, null).post(`/api/programmes/${created.programmeId}/erase-personal-data`)).status,
    ).toBe(401);
  });
});

describe('[PD5] retention', () => {
  it('with 30 days, a meeting is erased the first night its date is more than 30 days ago, and a server started later erases at start-up', async () => {
    const server = await startServer({ ...SAVING, retentionDays: 30 });
    const meeting = await createMeeting(server.url, SOUTH);
    const { console_ } = await morning(server, meeting);
    server.clock.advance(30 * DAY);
    await server.clock.settled();
    // The day's run has finished: had it erased, the names would be gone from the file by now.
    expect(onDisk(server.file, 'Anna Åkesson')).toBe(true);
    expect(console_.state.participants[0]!.name).toBe('Anna Åkesson');
    // The daily run after the 30 days are up.
    server.clock.advance(2 * DAY);
    await waitFor(() => console_.state.erasedAt !== undefined, 3_000, 'the nightly erasure');
    expect(console_.state.participants.every((p) => p.name === undefined)).toBe(true);
    expect(onDisk(server.file, 'Bo Lindqvist')).toBe(false);

    // Another meeting on a server that was off when its time came.
    const other = await startServer(SAVING);
    const old = await createMeeting(other.url, SOUTH);
    await joinByCode(other.url, old.code, 'Åsa Berglund', 'Ystad');
    await other.close();
    other.clock.advance(45 * DAY);
    const later = await startServer({ ...SAVING, file: other.file, clock: other.clock, seed: 3, retentionDays: 30 });
    const { state } = await snapshot(await connect(later.url, { token: old.facilitatorToken }));
    expect(state.participants.map((p) => p.name)).toEqual([undefined]);
    expect(onDisk(other.file, 'Åsa Berglund')).toBe(false);
    expect(welcomeOf(await connect(later.url, { token: old.facilitatorToken })).actor.role).toBe('facilitator');
  });
});
