/**
 * [R1] [R2] A poison meeting: no request may write a log that the server
 * cannot read back, and a log that does not parse sets its meeting aside
 * instead of keeping the whole server down.
 */
import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkMeetingRequest, meetingCreated } from '../../shared/day/meeting';
import { CreateMeetingRequest, MAX_MEETING_MUNICIPALITIES, MeetingEvent } from '../../shared/protocol';
import { openSqlite } from '../../server/database';
import { kyselyStore, UnloggableEventError } from '../../server/store';
import { freePort, killAll, spawnServer } from '../support/serverProcess';
import {
  closeAll,
  connect,
  createMeeting,
  MEETING_DAY_START,
  refusal,
  startServer,
  welcomeOf,
} from '../support/server';

afterEach(async () => {
  await closeAll();
  await killAll();
});

/** The request that used to stop the server from starting: 50 clusters of 6 new names, no municipality list. */
const fiftyClusters = {
  name: 'Lärträff 1 – Se verkligheten',
  date: '2026-11-23',
  clusters: Array.from({ length: 50 }, (_, c) => ({
    name: `Kluster ${c + 1}`,
    municipalities: Array.from({ length: 6 }, (_, m) => `Kommun ${c * 6 + m + 1}`),
  })),
};

async function meetingCount(file: string): Promise<number> {
  const db = new Sqlite(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('[R1] what the server accepts, its log reads back', () => {
  it('a meeting of 50 clusters naming 300 municipalities is refused with a reason, and nothing is created', async () => {
    const server = await startServer();
    const res = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fiftyClusters),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 'invalid',
      message: `a meeting has at most ${MAX_MEETING_MUNICIPALITIES} municipalities, not 300`,
    });
    expect(await meetingCount(server.file)).toBe(0);
  });

  it('a cluster may name a municipality that the list spells with other spaces and case, but not put it in two clusters', () => {
    const twice = {
      name: 'Lärträff 2',
      date: '2026-11-23',
      municipalities: [{ name: 'Östra Göinge' }, { name: 'Hässleholm' }],
      clusters: [
        { name: 'Nord', municipalities: ['Östra Göinge'] },
        { name: 'Syd', municipalities: ['östra  Göinge', 'Hässleholm'] },
      ],
    };
    expect(checkMeetingRequest(twice)).toBe('östra  Göinge is in more than one cluster');
    expect(
      checkMeetingRequest({
        ...twice,
        clusters: [{ name: 'Nord', municipalities: [' östra   göinge ', 'Hässleholm'] }],
      }),
    ).toBeNull();
  });

  it('property: every request the schema and the check accept gives a first event that parses back', () => {
    // Distinct names, chunked into clusters: the cluster check cannot refuse them, only the count can.
    const request = fc.record({
      names: fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 300, size: 'max' }),
      size: fc.integer({ min: 1, max: 6 }),
      listed: fc.boolean(),
    });
    let accepted = 0;
    fc.assert(
      fc.property(request, ({ names, size, listed }) => {
        const municipalities = names.map((n) => `Kommun ${n}`);
        const clusters = Array.from({ length: Math.ceil(municipalities.length / size) }, (_, i) => ({
          name: `Kluster ${i}`,
          municipalities: municipalities.slice(i * size, (i + 1) * size),
        }));
        const parsed = CreateMeetingRequest.safeParse({
          name: 'Lärträff',
          date: '2026-11-23',
          clusters,
          ...(listed ? { municipalities: municipalities.map((name) => ({ name })) } : {}),
        });
        if (!parsed.success || checkMeetingRequest(parsed.data) !== null) return;
        accepted++;
        let n = 0;
        const event = meetingCreated(parsed.data, 'm-1', 'ABCDEF', {
          now: MEETING_DAY_START,
          newId: () => `id-${++n}`,
        });
        expect(MeetingEvent.safeParse(event).success).toBe(true);
      }),
      { numRuns: 300, endOnFailure: true },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('the store refuses, before writing, an event its own reader would refuse', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    await server.close();
    const db = await openSqlite(server.file);
    const store = kyselyStore(db);
    try {
      const [first] = await store.eventsAfter(meeting.meetingId, 0);
      if (first?.event.type !== 'meetingCreated') throw new Error('expected the meeting to start the log');
      const tooMany = Array.from({ length: 101 }, (_, i) => ({ id: `m-${i}`, name: `Kommun ${i}`, colour: '#1f5f8b' }));
      const poisoned = { seq: 2, at: MEETING_DAY_START, event: { ...first.event, municipalities: tooMany } };
      await expect(store.append(meeting.meetingId, [poisoned])).rejects.toBeInstanceOf(UnloggableEventError);
      expect(await store.eventsAfter(meeting.meetingId, 1)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('[R2] a meeting whose log does not parse is set aside, the others are served', () => {
  it('the server as npm start runs it starts on a file with a poisoned meeting, reports it in /api/health and serves the other', async () => {
    const setup = await startServer();
    const good = await createMeeting(setup.url);
    const poison = await createMeeting(setup.url);
    await setup.close();
    // What the old server wrote for the 50-cluster request: 300 municipalities in the first event.
    const raw = new Sqlite(setup.file);
    const row = raw.prepare('SELECT data FROM events WHERE meeting_id = ? AND seq = 1').get(poison.meetingId) as {
      data: string;
    };
    const first = JSON.parse(row.data) as { municipalities: unknown[] };
    first.municipalities = Array.from({ length: 300 }, (_, i) => ({
      id: `m-${i}`,
      name: `Kommun ${i}`,
      colour: '#1f5f8b',
    }));
    raw
      .prepare('UPDATE events SET data = ? WHERE meeting_id = ? AND seq = 1')
      .run(JSON.stringify(first), poison.meetingId);
    raw.close();

    const server = await spawnServer({ port: await freePort(), databaseFile: setup.file });
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
      ok: boolean;
      quarantined?: { meetingId: string; reason: string }[];
    };
    expect(health.ok).toBe(true);
    expect(health.quarantined).toEqual([
      { meetingId: poison.meetingId, reason: expect.stringContaining('event 1 does not parse') as string },
    ]);
    expect(server.output).toContain('meeting set aside');

    const facilitator = await connect(server.url, { token: good.facilitatorToken });
    expect(welcomeOf(facilitator).meetingId).toBe(good.meetingId);
    expect(await refusal(server.url, { token: poison.facilitatorToken })).toMatchObject({ code: 'not_found' });
    expect(server.alive).toBe(true);
  });
});

describe('[R1] a programme saves only what it reads back', () => {
  it('a municipality list with a bidi override is refused, and the programme still opens and imports afterwards', async () => {
    const server = await startServer();
    const created = await fetch(`${server.url}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Lärprojekt Syd' }),
    });
    const { programmeId, organiserLink } = (await created.json()) as { programmeId: string; organiserLink: string };
    const headers = { authorization: `Bearer ${organiserLink.split('#')[1]}` };
    const upload = (text: string) =>
      fetch(`${server.url}/api/programmes/${programmeId}/import/municipalities`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: new TextEncoder().encode(text),
      });
    expect((await upload('Kommun\nY\u202Estad\n')).status).toBe(400);
    expect((await fetch(`${server.url}/api/programmes/${programmeId}`, { headers })).status).toBe(200);
    expect((await upload('Kommun\nYstad\n')).status).toBe(200);
  });
});
