/**
 * Meetings for the benchmark, written straight into the server's SQLite file
 * through the real store and engine (Meetings.execute: decide, append,
 * reduce) before the server process starts. Joining 2,000 phones over
 * sockets would measure the join, not the fan-out.
 */
import { sql, type Kysely } from 'kysely';
import { openSqlite, type Database } from '../../server/database';
import { STATE_VERSION } from '../../server/stateVersion';
import { Meetings, SNAPSHOT_EVERY } from '../../server/meetings';
import { cryptoIds, systemClock } from '../../server/secrets';
import { kyselyStore } from '../../server/store';
import type { Actor, Command } from '../../shared/protocol';
import { checkInOf } from '../support/commandSamples';

export interface SeededMeeting {
  meetingId: string;
  facilitatorToken: string;
  screenToken: string;
  participantTokens: string[];
  /** The cluster whose timer the facilitator pauses and resumes. */
  clusterId: string;
  /** The open statement participants place themselves on and drag over. */
  statementId: string;
  /** Events in the meeting's log. */
  events: number;
}

const MUNICIPALITIES = ['Trelleborg', 'Ystad', 'Kungsbacka', 'Vellinge'];
const line = {
  kind: 'line' as const,
  cards: [
    { label: 'Stämmer inte alls', x: 0.08, y: 0.5 },
    { label: 'Stämmer helt', x: 0.92, y: 0.5 },
  ],
};

async function must(meetings: Meetings, meetingId: string, actor: Actor, command: Command) {
  const ack = await meetings.execute(meetingId, actor, command);
  if (!ack.ok) throw new Error(`seeding ${command.type} refused: ${ack.error.message}`);
  return ack;
}

/**
 * `count` meetings of `participants` each, mid check-in with a statement open
 * and cluster Syd's feedback round running; then `extraPlacements` more
 * placements in the first meeting (a long day's log, for the restore).
 */
export async function seedMeetings(file: string, spec: SeedSpec): Promise<SeededMeeting[]> {
  const db = await openSqlite(file);
  // Only for seeding: the server reopens the file with synchronous=FULL.
  await sql`PRAGMA synchronous = OFF`.execute(db);
  return seedInto(db, spec);
}

export interface SeedSpec {
  count: number;
  participants: number;
  extraPlacements?: number;
}

/** The same meetings in any database the store runs on (PostgreSQL for the two-process run); closes `db`. */
export async function seedInto(db: Kysely<Database>, spec: SeedSpec): Promise<SeededMeeting[]> {
  const store = kyselyStore(db);
  // As the server does: the state saved every SNAPSHOT_EVERY events (D6), so the restore scenario restarts a day that ran.
  const meetings = new Meetings(store, systemClock, cryptoIds, {
    snapshots: { version: STATE_VERSION, every: SNAPSHOT_EVERY },
  });
  const facilitator: Actor = { role: 'facilitator' };
  const seeded: SeededMeeting[] = [];
  try {
    for (let m = 0; m < spec.count; m++) {
      const created = await meetings.create({
        name: `Lärträff ${m + 1}`,
        date: '2026-11-23',
        municipalities: MUNICIPALITIES.map((name) => ({ name })),
        clusters: [
          { name: 'Syd', municipalities: ['Trelleborg', 'Ystad'] },
          { name: 'Väst', municipalities: ['Kungsbacka', 'Vellinge'] },
        ],
      });
      const { meetingId } = created;
      const clusterId = created.supervisorTokens[0]!.clusterId;
      const statements = [
        { text: 'Vi har ett EOR som alla känner till', board: line },
        { text: 'Vi har gjort en bakåtplanering', board: line },
      ];
      await must(meetings, meetingId, facilitator, checkInOf(statements, { anonymous: true }));
      const exercise = (await meetings.get(meetingId))!.state.exercises[0]!;
      const statementId = exercise.statements[0]!.id;
      await must(meetings, meetingId, facilitator, { type: 'openStatement', statementId });
      await must(meetings, meetingId, facilitator, { type: 'startFeedback', clusterId });
      const participantTokens: string[] = [];
      const participantIds: string[] = [];
      for (let p = 0; p < spec.participants; p++) {
        const ack = await must(
          meetings,
          meetingId,
          { role: 'guest' },
          { type: 'join', name: `Deltagare ${p + 1}`, municipality: MUNICIPALITIES[p % MUNICIPALITIES.length]! },
        );
        participantTokens.push(ack.join!.token);
        participantIds.push(ack.join!.participantId);
      }
      if (m === 0 && spec.extraPlacements) {
        const statements = exercise.statements.map((s) => s.id);
        let open = statementId;
        for (let i = 0; i < spec.extraPlacements; i++) {
          // People change their mind: the open statement alternates, placements pile up in the log.
          const statement = statements[Math.floor(i / 500) % statements.length]!;
          if (statement !== open)
            await must(meetings, meetingId, facilitator, { type: 'openStatement', statementId: (open = statement) });
          const participantId = participantIds[i % participantIds.length]!;
          await must(
            meetings,
            meetingId,
            { role: 'participant', participantId },
            { type: 'place', statementId: statement, x: (i % 97) / 97, y: 0.5 },
          );
        }
        if (open !== statementId) await must(meetings, meetingId, facilitator, { type: 'openStatement', statementId });
      }
      const events = (await meetings.get(meetingId))!.seq;
      seeded.push({
        meetingId,
        facilitatorToken: created.facilitatorToken,
        screenToken: created.screenToken,
        participantTokens,
        clusterId,
        statementId,
        events,
      });
    }
  } finally {
    meetings.close();
    await store.close();
  }
  return seeded;
}
