/**
 * Tokens moving on the projector while people drag them: presence, not facts.
 * Thirty phones send their finger's position twenty times a second; the server
 * coalesces it into at most one frame per 100 ms for the console and (unless
 * the statement is hidden until reveal) the projector, and logs none of it.
 * The frames go out on the server's fake clock: a test advances it once the
 * server has heard the drags (`heard`), and never sleeps.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dragsAfterEvents, tokensOn, type Drags } from '../../shared/day/dragPresence';
import {
  CLIENT_EVENTS,
  DragFrame,
  EventBatch,
  SERVER_EVENTS,
  type Exercise,
  type StatementPlan,
} from '../../shared/protocol';
import { applyEvents, type Replica } from '../../shared/day/sync';
import {
  accepted,
  closeAll,
  emitRaw,
  inboxOf,
  send,
  serverSeq,
  snapshot,
  waitFor,
  type Joined,
  type MeetingSocket,
} from '../support/server';
import { meetingDay, type MeetingDay } from '../support/meetingDay';

let day: MeetingDay;
let people: Joined[];
let open: Exercise;
let hidden: Exercise;

/** The server's drag frame: at most one per this many ms (P1). */
const FRAME_MS = 100;
const line: StatementPlan['board'] = {
  kind: 'line',
  cards: [
    { label: 'Stämmer inte alls', x: 0.08, y: 0.5 },
    { label: 'Stämmer helt', x: 0.92, y: 0.5 },
  ],
};

beforeEach(async () => {
  // `heard` pings every phone after each step of a scenario: more clock pings than a phone sends.
  day = await meetingDay({ server: { limits: { time: { points: 10_000, duration: 10 } } } });
  people = await day.joinMany(30);
  const statements = [
    { text: 'Vi har ett EOR som alla känner till', board: line },
    { text: 'Vi har gjort en bakåtplanering', board: line },
  ];
  // Named: the projector follows people by id (an anonymous exercise's frames: anonymousExercise.test.ts).
  open = await day.createExercise({ statements });
  hidden = await day.createExercise({ statements, hidden: true });
  // The joins' presence message goes out now: a frame due at the same moment would find the projector's socket
  // busy and be dropped, as volatile messages are (P1).
  await tick(1_000);
});

afterEach(closeAll);

/** The drag frames a socket has received, from its `from`-th message on. */
const framesOf = (socket: MeetingSocket, from = 0): DragFrame[] =>
  inboxOf(socket)
    .slice(from)
    .filter((m) => m.event === SERVER_EVENTS.dragFrame)
    .map((m) => DragFrame.parse(m.args[0]));

/** Where each socket's inbox ends now: frames after this mark are the ones a scenario caused. */
const mark = () => ({ facilitator: inboxOf(day.facilitator).length, screen: inboxOf(day.screen).length });

const drag = (socket: MeetingSocket, payload: unknown) => socket.emit(CLIENT_EVENTS.drag, payload);

/**
 * A clock ping on each socket, answered: the server has handled everything
 * these sockets sent before it (a socket's messages are handled in order),
 * and each has received everything the server sent it before the answer.
 */
const heard = (...sockets: MeetingSocket[]) =>
  Promise.all(sockets.map((s) => new Promise<number>((answered) => s.emit(CLIENT_EVENTS.time, 0, answered))));

/** The clock moves on by `ms` (drag frames due go out), then the console and the projector have what was sent. */
async function tick(ms: number): Promise<void> {
  day.server.clock.advance(ms);
  await heard(day.facilitator, day.screen);
}

describe('thirty people drag at once', () => {
  it("[P1] at 20 Hz for 1.5 s the projector gets one frame per 100 ms, each with everyone's latest spot, and nothing is logged", async () => {
    const statementId = open.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const seqBefore = await serverSeq(day.facilitator);
    const from = mark();
    // Each finger slides right, a step per 50 ms, on its own row.
    const spot = (step: number, i: number) => ({ x: Math.min(1, 0.01 + step * 0.03), y: i / 30 });
    for (let step = 1; step <= 30; step++) {
      people.forEach((p, i) => drag(p.socket, { statementId, ...spot(step, i) }));
      await heard(...people.map((p) => p.socket));
      await tick(50);
    }

    // 1.5 s: fifteen frames, the k-th with where every finger was at step 2k, the last step of its 100 ms.
    const frames = framesOf(day.screen, from.screen);
    const latest = (step: number) =>
      people.map((p, i) => ({ participantId: p.participantId, ...spot(step, i) })).sort(byParticipant);
    expect(frames.map((f) => ({ ...f, moves: [...f.moves].sort(byParticipant) }))).toEqual(
      Array.from({ length: 15 }, (_, k) => ({ statementId, moves: latest(2 * (k + 1)) })),
    );
    expect(framesOf(day.facilitator, from.facilitator)).toHaveLength(15);
    expect(await serverSeq(day.facilitator)).toBe(seqBefore);
    expect(day.console.state.placements).toEqual([]);
  });
});

const byParticipant = (a: { participantId: string }, b: { participantId: string }) =>
  a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;

describe('who watches tokens move', () => {
  it('[V3] on a statement hidden until reveal the console sees the tokens move, the projector does not', async () => {
    const statementId = hidden.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const from = mark();
    const movers = people.slice(0, 5);
    for (let step = 1; step <= 6; step++) {
      for (const [i, p] of movers.entries()) drag(p.socket, { statementId, x: step / 10, y: i / 10 });
      await heard(...movers.map((p) => p.socket));
      await tick(60);
    }
    // 360 ms: frames at 100, 220 and 340 ms, each 100 ms after the first drag it holds.
    expect(framesOf(day.facilitator, from.facilitator)).toHaveLength(3);
    expect(framesOf(day.screen, from.screen)).toEqual([]);
    const moved = framesOf(day.facilitator, from.facilitator).flatMap((f) => f.moves.map((m) => m.participantId));
    expect(new Set(moved)).toEqual(new Set(movers.map((p) => p.participantId)));

    // Once revealed, the projector sees them move too.
    await accepted(day.facilitator, { type: 'revealStatement', statementId });
    drag(people[0]!.socket, { statementId, x: 0.5, y: 0.5 });
    await heard(people[0]!.socket);
    await tick(FRAME_MS);
    expect(framesOf(day.screen, from.screen)).toHaveLength(1);
    expect(framesOf(day.screen, from.screen)[0]).toEqual({
      statementId,
      moves: [{ participantId: people[0]!.participantId, x: 0.5, y: 0.5 }],
    });
  });

  it('drags on a statement that is not open, that is locked, or after the exercise closed move nothing anywhere', async () => {
    const [first, second] = open.statements;
    const everyoneDrags = async (statementId: string) => {
      for (const p of people.slice(0, 10)) drag(p.socket, { statementId, x: 0.3, y: 0.3 });
      await heard(...people.slice(0, 10).map((p) => p.socket));
      // A frame, had one been due, goes out 100 ms after the first drag.
      await tick(FRAME_MS);
    };
    const from = mark();
    await everyoneDrags(first!.id);
    await accepted(day.facilitator, { type: 'openStatement', statementId: first!.id });
    await everyoneDrags(second!.id);
    await everyoneDrags(hidden.statements[0]!.id);
    await everyoneDrags('no-such-statement');
    await accepted(day.facilitator, { type: 'lockStatement', statementId: first!.id });
    await everyoneDrags(first!.id);
    await accepted(day.facilitator, { type: 'closeExercise', exerciseId: open.id });
    await everyoneDrags(first!.id);
    expect(framesOf(day.facilitator, from.facilitator)).toEqual([]);
    expect(framesOf(day.screen, from.screen)).toEqual([]);

    // The same drag on the statement that is open now does move a token.
    await accepted(day.facilitator, { type: 'openStatement', statementId: second!.id });
    drag(people[3]!.socket, { statementId: second!.id, x: 0.3, y: 0.3 });
    await heard(people[3]!.socket);
    await tick(FRAME_MS);
    expect(framesOf(day.screen, from.screen)).toEqual([
      { statementId: second!.id, moves: [{ participantId: people[3]!.participantId, x: 0.3, y: 0.3 }] },
    ]);
  });

  // flushDrags checks that the statement is still open and unlocked, as drag() does: moves queued
  // in the 100 ms before the lock would otherwise go out after it and slide a token on the locked board.
  it('a drag still in the air when the facilitator locks does not move a token on the locked board', async () => {
    const statementId = open.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const from = mark();
    drag(people[0]!.socket, { statementId, x: 0.6, y: 0.4 });
    await heard(people[0]!.socket);
    await accepted(day.facilitator, { type: 'lockStatement', statementId });
    await tick(FRAME_MS);
    const afterLock = inboxOf(day.screen)
      .slice(from.screen)
      .findIndex((m) => m.event === SERVER_EVENTS.events && JSON.stringify(m.args).includes('"statementLocked"'));
    expect(afterLock).toBeGreaterThanOrEqual(0);
    const lateFrames = inboxOf(day.screen)
      .slice(from.screen + afterLock)
      .filter((m) => m.event === SERVER_EVENTS.dragFrame);
    expect(lateFrames).toEqual([]);
  });
});

/**
 * What a screen shows on a statement, folded as the client's store folds it: a
 * snapshot, then every events batch and drag frame in the order they arrived.
 */
async function watch(socket: MeetingSocket): Promise<(statementId: string) => ReturnType<typeof tokensOn>> {
  const from = inboxOf(socket).length;
  const start: Replica = await snapshot(socket);
  return (statementId) => {
    let replica = start;
    let drags: Drags = null;
    for (const m of inboxOf(socket).slice(from)) {
      if (m.event === SERVER_EVENTS.events) {
        const { events } = EventBatch.parse(m.args[0]);
        replica = applyEvents(replica, events).replica;
        drags = dragsAfterEvents(drags, events, replica.state);
      } else if (m.event === SERVER_EVENTS.dragFrame) drags = DragFrame.parse(m.args[0]);
    }
    return tokensOn(replica.state, drags, statementId);
  };
}

describe('[P2] a drop ends the drag', () => {
  it('[P2] Anna drags, stops, and drops: the projector and the console show her token saved where she dropped it, not moving', async () => {
    const statementId = open.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const [projector, onConsole] = await Promise.all([watch(day.screen), watch(day.facilitator)]);
    const anna = people[0]!;
    for (const x of [0.2, 0.3, 0.4]) {
      drag(anna.socket, { statementId, x, y: 0.5 });
      await heard(anna.socket);
      await tick(120);
    }
    expect(projector(statementId)).toEqual([{ participantId: anna.participantId, x: 0.4, y: 0.5, moving: true }]);
    const seq = await accepted(anna.socket, { type: 'place', statementId, x: 0.45, y: 0.5 });
    await waitFor(() => day.console.seq >= seq, 2_000, 'the placement');
    await tick(FRAME_MS);
    const saved = [{ participantId: anna.participantId, x: 0.45, y: 0.5, moving: false }];
    expect(projector(statementId)).toEqual(saved);
    expect(onConsole(statementId)).toEqual(saved);
  });

  it('[P2] a drag still in the air when Bo drops his token does not bring it back as moving', async () => {
    const statementId = open.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const projector = await watch(day.screen);
    const bo = people[1]!;
    // The phone sends its last drag and, on release, the placement: both inside one 100 ms frame.
    drag(bo.socket, { statementId, x: 0.7, y: 0.2 });
    await accepted(bo.socket, { type: 'place', statementId, x: 0.72, y: 0.2 });
    await tick(FRAME_MS);
    expect(projector(statementId)).toEqual([{ participantId: bo.participantId, x: 0.72, y: 0.2, moving: false }]);

    // A later drag of his, or someone else's, still shows as moving.
    drag(bo.socket, { statementId, x: 0.1, y: 0.9 });
    drag(people[2]!.socket, { statementId, x: 0.3, y: 0.3 });
    await heard(bo.socket, people[2]!.socket);
    await tick(FRAME_MS);
    expect(projector(statementId).filter((t) => t.moving)).toHaveLength(2);
    expect(projector(statementId)).toContainEqual({ participantId: bo.participantId, x: 0.1, y: 0.9, moving: true });
  });
});

describe('[E2] hostile drags', () => {
  it('malformed and out-of-range drags, and drags from the console and the projector, are ignored; the server keeps serving', async () => {
    const statementId = open.statements[0]!.id;
    await accepted(day.facilitator, { type: 'openStatement', statementId });
    const seqBefore = await serverSeq(day.facilitator);
    const from = mark();
    const anna = people[0]!.socket;
    const timersBefore = day.server.clock.scheduled;
    const junk: unknown[] = [
      'drag',
      42,
      null,
      true,
      [],
      [statementId, 0.5, 0.5],
      {},
      { statementId },
      { statementId, x: 0.5 },
      { statementId, x: '0.5', y: 0.5 },
      { statementId, x: 0.5, y: '0.5' },
      { statementId: 7, x: 0.5, y: 0.5 },
      { statementId: '', x: 0.5, y: 0.5 },
      { statementId: 'x'.repeat(65), x: 0.5, y: 0.5 },
      { statementId, x: 1.5, y: 0.5 },
      { statementId, x: 0.5, y: -0.1 },
      { statementId, x: -1e308, y: 1e308 },
      { statementId, x: null, y: 0.5 },
      { statementId, x: { valueOf: 0.5 }, y: 0.5 },
      'x'.repeat(10_000),
    ];
    for (const payload of junk) drag(anna, payload);
    emitRaw(anna, CLIENT_EVENTS.drag);
    drag(day.facilitator, { statementId, x: 0.5, y: 0.5 });
    drag(day.screen, { statementId, x: 0.5, y: 0.5 });
    await heard(anna, day.facilitator, day.screen);
    expect(day.server.clock.scheduled).toBe(timersBefore); // no frame was even set to go out
    await tick(FRAME_MS);
    expect(framesOf(day.facilitator, from.facilitator)).toEqual([]);
    expect(framesOf(day.screen, from.screen)).toEqual([]);
    expect(anna.connected).toBe(true);

    drag(anna, { statementId, x: 0.25, y: 0.75 });
    await heard(anna);
    await tick(FRAME_MS);
    expect(framesOf(day.screen, from.screen)).toHaveLength(1);
    expect(framesOf(day.screen, from.screen)[0]!.moves).toEqual([
      { participantId: people[0]!.participantId, x: 0.25, y: 0.75 },
    ]);
    expect(await serverSeq(day.facilitator)).toBe(seqBefore);
    expect(await send(anna, { type: 'place', statementId, x: 0.25, y: 0.75 })).toMatchObject({
      ok: true,
      seq: seqBefore + 1,
    });
  });
});
