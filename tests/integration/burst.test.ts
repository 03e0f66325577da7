/**
 * "Ställ er nu": the whole room drops its tokens in the same second. The
 * placements that arrive while the meeting's last ones are being written share
 * the next commit and go out together, one message per audience, so the
 * projector settles in a few messages rather than one per person; a lone
 * command still goes out at once, and its sender hears the ack before the
 * broadcast (D5). Nothing acked is lost on the way (D1).
 */
import { boardTemplate } from '../../shared/day/board';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_EVENTS, CommandAck, EventBatch, SERVER_EVENTS, type MeetingState } from '../../shared/protocol';
import { meetingDay } from '../support/meetingDay';
import {
  closeAll,
  inboxOf,
  send,
  snapshot,
  waitFor,
  type Joined,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from '../support/server';
import { walCommits } from '../support/database';

const PEOPLE = 60;
const line = boardTemplate('line');

let server: TestServer;
let facilitator: MeetingSocket;
let screen: MeetingSocket;
let projector: Mirror;
let people: Joined[];
let statementId: string;

beforeEach(async () => {
  const day = await meetingDay();
  ({ server, facilitator, screen, projector } = day);
  people = await day.joinMany(PEOPLE);
  const exercise = await day.createExercise({
    statements: [{ text: 'Vi har ett EOR som alla känner till', board: line }],
  });
  statementId = exercise.statements[0]!.id;
  await day.openStatement(statementId);
});

afterEach(closeAll);

const placedOn = (state: MeetingState) => state.placements.filter((p) => p.statementId === statementId);

/** The event batches a socket received from its `from`-th message on, as lists of seqs. */
const batchesOf = (socket: MeetingSocket, from: number) =>
  inboxOf(socket)
    .slice(from)
    .filter((m) => m.event === SERVER_EVENTS.events)
    .map((m) => EventBatch.parse(m.args[0]).events.map((e) => e.seq));

describe('the check-in burst', () => {
  it(`[D5] ${PEOPLE} phones place at once: each is acked and logged, and the projector gets them in a few batches`, async () => {
    const from = inboxOf(screen).length;
    const commitsBefore = walCommits(server.file);
    const acks = await Promise.all(
      people.map((p, i) => send(p.socket, { type: 'place', statementId, x: (i + 1) / (PEOPLE + 2), y: 0.5 })),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const seqs = acks.map((a) => (a.ok ? a.seq : 0));
    expect(new Set(seqs).size).toBe(PEOPLE);

    // Every placement reaches the projector, in order and without a gap.
    await waitFor(() => projector.seq >= Math.max(...seqs), 5_000, 'every placement on the projector');
    expect(placedOn(projector.state)).toHaveLength(PEOPLE);
    const batches = batchesOf(screen, from);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([...seqs].sort((a, b) => a - b));
    // Shared: far fewer messages than placements (one each before).
    expect(batches.length).toBeLessThanOrEqual(PEOPLE / 4);

    // And on disk: a resync from the log has them all (D1), written in a commit or two, not one (and one fsync) each.
    expect(placedOn((await snapshot(facilitator)).state)).toHaveLength(PEOPLE);
    const commits = walCommits(server.file) - commitsBefore;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThanOrEqual(3);
  });

  it('[D5] a lone placement goes out at once, and its sender has the ack before the broadcast', async () => {
    const anna = people[0]!.socket;
    const order: string[] = [];
    anna.on(SERVER_EVENTS.events, () => order.push('events'));
    const from = inboxOf(screen).length;
    const ack = CommandAck.parse(
      await new Promise((answered) =>
        anna.emit(CLIENT_EVENTS.command, { type: 'place', statementId, x: 0.3, y: 0.5 }, (raw: unknown) => {
          order.push('ack');
          answered(raw);
        }),
      ),
    );
    expect(ack.ok).toBe(true);
    await waitFor(() => order.includes('events'), 3_000, 'the placement back on the phone');
    expect(order).toEqual(['ack', 'events']);
    // Nobody else placed: the projector's message carries this one alone, and no clock had to move for it.
    await waitFor(() => batchesOf(screen, from).length > 0, 3_000, 'the placement on the projector');
    expect(batchesOf(screen, from)).toEqual([[ack.ok ? ack.seq : -1]]);
  });
});
