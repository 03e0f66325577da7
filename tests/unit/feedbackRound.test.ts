/**
 * The EOR feedback rounds in Kluster Syd (Ystad, Skurup, Sjöbo), with Kluster
 * Öst in the next room: presentation, supervisor feedback, peer feedback and
 * reply per municipality. `decide` and `reduce` only; times are "m:ss" into
 * the round (11:00 on the day), ids from a counter.
 */
import { describe, expect, it } from 'vitest';
import { BLANK_MEETING, decide, meetingCreated, reduce, type Decision } from '../../shared/day/meeting';
import type { Actor, Command, ErrorCode, FeedbackRun } from '../../shared/protocol';
import { remainingMs } from '../../shared/day/timer';
import { intoRounds as at, MIN, OST, SYD } from '../support/scriptedDay';

/** What a screen shows: "4:05", or "-1:30" in overtime. */
const mmss = (ms: number) =>
  `${ms < 0 ? '-' : ''}${Math.floor(Math.abs(ms) / MIN)}:${String(Math.floor((Math.abs(ms) % MIN) / 1000)).padStart(2, '0')}`;

const facilitator: Actor = { role: 'facilitator' };
const system: Actor = { role: 'system' };

/** The meeting with both clusters and a phone in each municipality; commands go through `decide` and `reduce`. */
function clusterRooms() {
  let n = 0;
  const newId = () => `id${++n}`;
  let state = reduce(
    BLANK_MEETING,
    meetingCreated(
      {
        name: 'Lärträff 2',
        date: '2026-11-23',
        clusters: [
          { name: SYD, municipalities: ['Ystad', 'Skurup', 'Sjöbo'], supervisor: 'Karin Lind', room: 'Rum B' },
          { name: OST, municipalities: ['Simrishamn', 'Tomelilla'], supervisor: 'Per Holm', room: 'Rum C' },
        ],
      },
      'meeting-1',
      'BWKQYF',
      { now: at('0:00') - 3 * 60 * MIN, newId },
    ),
  );
  const phones: Record<string, string> = {
    Lena: 'Ystad',
    Ahmed: 'Skurup',
    Maja: 'Sjöbo',
    Sara: 'Skurup',
    Erik: 'Simrishamn',
  };
  for (const [name, municipality] of Object.entries(phones)) {
    const joined = decide(
      state,
      { type: 'join', name, municipality },
      { role: 'guest' },
      { now: at('0:00') - MIN, newId },
    );
    if (!joined.ok) throw new Error(joined.error.message);
    state = joined.events.reduce(reduce, state);
  }
  const clusterId = (name: string) => state.clusters.find((c) => c.name === name)!.id;
  const muni = (name: string) => state.municipalities.find((m) => m.name === name)!.id;
  const nameOf = (id: string) => state.municipalities.find((m) => m.id === id)?.name;
  const run = (cluster = SYD): FeedbackRun => state.feedbackRuns.find((x) => x.clusterId === clusterId(cluster))!;
  const room = {
    clusterId,
    muni,
    run,
    /** The meeting as the team sees it now. */
    view: () => state,
    /** The facilitator moves the day to the segment titled `title` ("Lunch"): a jump, or "next" when it is next. */
    goTo: (title: string, time: string) =>
      room.send(
        {
          type: 'goToSegment',
          fromSegmentId: state.currentSegmentId,
          segmentId: state.agenda.find((x) => x.title === title)!.id,
        },
        time,
        facilitator,
      ),
    supervisorOf: (cluster: string): Actor => ({ role: 'supervisor', clusterId: clusterId(cluster) }),
    phone: (name: string): Actor => ({
      role: 'participant',
      participantId: state.participants.find((p) => p.name === name)!.id,
    }),
    send(command: Command, time = '0:00', actor: Actor = room.supervisorOf(SYD)): Decision {
      const decision = decide(state, command, actor, { now: at(time), newId });
      if (decision.ok) state = decision.events.reduce(reduce, state);
      return decision;
    },
    start: (time = '0:00', cluster = SYD) =>
      room.send({ type: 'startFeedback', clusterId: clusterId(cluster) }, time, facilitator),
    timer: (action: Extract<Command, { type: 'feedbackTimer' }>['action'], time: string, actor?: Actor) =>
      room.send({ type: 'feedbackTimer', clusterId: clusterId(SYD), action }, time, actor),
    step: (direction: 'next' | 'back', time: string, actor?: Actor) =>
      room.send(
        {
          type: 'feedbackStep',
          clusterId: clusterId(SYD),
          direction,
          from: { index: run().index, phase: run().phase },
        },
        time,
        actor,
      ),
    arrange: (order: string[], skipped: string[] = [], time = '0:30') =>
      room.send(
        { type: 'arrangeFeedback', clusterId: clusterId(SYD), order: order.map(muni), skipped: skipped.map(muni) },
        time,
      ),
    due: (time: string, named: { index: number; phase: FeedbackRun['phase'] } = run()) =>
      room.send({ type: 'phaseDue', clusterId: clusterId(SYD), index: named.index, phase: named.phase }, time, system),
    hand: (who: string, time: string, text = 'Hur har ni förankrat det i nämnden?') =>
      room.send({ type: 'raiseHand', clusterId: clusterId(SYD), text }, time, room.phone(who)),
    take: (itemId: string, time: string, actor?: Actor) =>
      room.send({ type: 'takeQuestion', clusterId: clusterId(SYD), itemId }, time, actor),
    autoAdvance: (time = '0:10') =>
      room.send({ type: 'setAutoAdvance', clusterId: clusterId(SYD), autoAdvance: true }, time),
    /** Who has the floor and in which phase, as the room's screen says it: "Ystad presentation". */
    floor: (cluster = SYD) => {
      const r = run(cluster);
      return r.index >= r.order.length ? 'done' : `${nameOf(r.order[r.index]!)} ${r.phase}`;
    },
    left: (time: string, cluster = SYD) => mmss(remainingMs(run(cluster).timer, at(time))),
    order: () => run().order.map(nameOf),
    /** The timing log as a table: "Ystad presentation planned 5:00 actual 5:20". */
    log: () =>
      state.timingLog.map(
        (e) =>
          `${nameOf(e.municipalityId)} ${e.phase} planned ${mmss(e.plannedMs)} actual ${mmss(e.endedAt - e.startedAt)}`,
      ),
    /** [E1] Refused with `code`, no events, and the meeting exactly as it was. */
    refuses(decision: () => Decision, code: ErrorCode): void {
      const before = state;
      expect(decision()).toEqual({ ok: false, error: { code, message: expect.any(String) } });
      expect(state).toBe(before);
    },
  };
  return room;
}

/** Kluster Syd started at 0:00 and stepped on at each of `times`. */
function roundAt(times: string[] = []) {
  const room = clusterRooms();
  expect(room.start().ok).toBe(true);
  for (const t of times) expect(room.step('next', t).ok).toBe(true);
  return room;
}

describe('one municipality at a time', () => {
  it('the facilitator starts Kluster Syd at 11:00: Ystad presents with 5:00 on the clock', () => {
    const room = roundAt();
    expect(room.floor()).toBe('Ystad presentation');
    expect(room.left('0:00')).toBe('5:00');
    expect(room.left('3:10')).toBe('1:50');
    expect(room.run().phaseStartedAt).toBe(at('0:00'));
  });

  it('four taps on "next" bring Skurup to the front, and the log holds Ystad\'s four phases, planned against actual', () => {
    const room = roundAt(['5:20', '10:20', '21:00', '24:00']);
    expect(room.floor()).toBe('Skurup presentation');
    expect(room.left('24:00')).toBe('5:00');
    expect(room.log()).toEqual([
      'Ystad presentation planned 5:00 actual 5:20',
      'Ystad supervisor planned 5:00 actual 5:00',
      'Ystad peers planned 10:00 actual 10:40',
      'Ystad reply planned 3:00 actual 3:00',
    ]);
  });

  it('"back" from Skurup\'s presentation returns to Ystad\'s reply with a fresh 3:00, and again to the peers with 10:00', () => {
    const room = roundAt(['5:00', '10:00', '20:00', '23:00']);
    expect(room.step('back', '23:30').ok).toBe(true);
    expect([room.floor(), room.left('23:30')]).toEqual(['Ystad reply', '3:00']);
    expect(room.step('back', '24:00').ok).toBe(true);
    expect([room.floor(), room.left('24:00')]).toEqual(['Ystad peers', '10:00']);
    room.refuses(() => roundAt().step('back', '0:10'), 'conflict');
  });

  it('"restart" gives the presentation its full 5:00 again from the moment it is pressed', () => {
    const room = roundAt();
    expect(room.timer('restart', '2:00').ok).toBe(true);
    expect(room.floor()).toBe('Ystad presentation');
    expect(room.left('2:00')).toBe('5:00');
    expect(room.left('6:00')).toBe('1:00');
  });
});

describe("pause, resume and ±1 min on the run's timer", () => {
  it('Karin pauses at 3:10: 1:50 left however long the pause; resumed at 4:00 it ends at 5:50', () => {
    const room = roundAt();
    expect(room.timer('pause', '3:10').ok).toBe(true);
    expect([room.left('3:10'), room.left('3:59')]).toEqual(['1:50', '1:50']);
    expect(room.timer('resume', '4:00').ok).toBe(true);
    expect(room.left('5:50')).toBe('0:00');
  });

  it('+1 min while running moves the end to 6:00; −1 min while paused takes a minute off what is left', () => {
    const room = roundAt();
    room.timer('plusMinute', '1:00');
    expect(room.left('5:00')).toBe('1:00');
    room.timer('pause', '2:00');
    room.timer('minusMinute', '2:30');
    expect(room.left('9:00')).toBe('3:00');
  });

  it('past the end the clock counts up in overtime; pausing twice or resuming a running timer changes nothing', () => {
    const room = roundAt();
    expect(room.left('6:30')).toBe('-1:30');
    room.refuses(() => room.timer('resume', '6:30'), 'conflict');
    room.timer('pause', '6:30');
    room.refuses(() => room.timer('pause', '7:00'), 'conflict');
    expect(room.left('9:00')).toBe('-1:30');
  });
});

describe('phase lengths for this meeting', () => {
  it("set to 6/5/10/4 during Ystad's presentation: the 5:00 running stays, the reply gets 4:00 and Skurup presents for 6:00", () => {
    const room = roundAt();
    expect(
      room.send(
        { type: 'setFeedbackMinutes', minutes: { presentation: 6, supervisor: 5, peers: 10, reply: 4 } },
        '1:00',
        facilitator,
      ).ok,
    ).toBe(true);
    expect(room.left('1:00')).toBe('4:00');
    for (const t of ['5:00', '10:00', '20:00']) room.step('next', t);
    expect([room.floor(), room.left('20:00')]).toEqual(['Ystad reply', '4:00']);
    room.step('next', '24:00');
    expect([room.floor(), room.left('24:00')]).toEqual(['Skurup presentation', '6:00']);
    room.refuses(
      () => room.send({ type: 'setFeedbackMinutes', minutes: { presentation: 1, supervisor: 1, peers: 1, reply: 1 } }),
      'forbidden',
    );
  });
});

describe('speaking order and who is absent', () => {
  it("Sjöbo moves before Skurup, then is marked absent: after Ystad's reply the floor passes straight to Skurup", () => {
    const room = roundAt();
    // Ystad, presenting, cannot be marked absent: move on first.
    room.refuses(() => room.arrange(['Ystad', 'Skurup', 'Sjöbo'], ['Ystad']), 'conflict');
    expect(room.arrange(['Ystad', 'Sjöbo', 'Skurup']).ok).toBe(true);
    expect(room.order()).toEqual(['Ystad', 'Sjöbo', 'Skurup']);
    expect(room.arrange(['Ystad', 'Sjöbo', 'Skurup'], ['Sjöbo'], '1:00').ok).toBe(true);
    for (const t of ['5:00', '10:00', '20:00', '23:00']) room.step('next', t);
    expect(room.floor()).toBe('Skurup presentation');
    expect(room.log().map((l) => l.split(' ')[0])).not.toContain('Sjöbo');
    room.step('back', '23:30');
    expect(room.floor()).toBe('Ystad reply');
  });

  it('those who have presented, and the one presenting, keep their place', () => {
    const room = roundAt(['5:00', '10:00', '20:00', '23:00']);
    room.refuses(() => room.arrange(['Skurup', 'Ystad', 'Sjöbo']), 'conflict');
    room.refuses(() => room.arrange(['Ystad', 'Sjöbo', 'Skurup']), 'conflict');
  });

  it("an order that does not name Kluster Syd's municipalities once each is invalid, when starting or rearranging", () => {
    const room = roundAt();
    room.refuses(() => room.arrange(['Ystad', 'Skurup', 'Simrishamn']), 'invalid');
    room.refuses(() => room.arrange(['Ystad', 'Skurup']), 'invalid');
    // A repeat that drops Sjöbo has the right length and names only Syd's municipalities.
    room.refuses(() => room.arrange(['Ystad', 'Skurup', 'Skurup']), 'invalid');
    const fresh = clusterRooms();
    fresh.refuses(
      () =>
        fresh.send({
          type: 'startFeedback',
          clusterId: fresh.clusterId(SYD),
          order: ['Ystad', 'Ystad', 'Sjöbo'].map(fresh.muni),
        }),
      'invalid',
    );
  });
});

describe('[E3] two taps move one phase', () => {
  it('Karin and the facilitator both tap "next" on Ystad\'s presentation: one step, one log line, the other tap is a conflict', () => {
    const room = roundAt();
    const seen = { index: 0, phase: 'presentation' } as const;
    const tap = (actor: Actor) =>
      room.send({ type: 'feedbackStep', clusterId: room.clusterId(SYD), direction: 'next', from: seen }, '5:00', actor);
    expect(tap(room.supervisorOf(SYD)).ok).toBe(true);
    room.refuses(() => tap(facilitator), 'conflict');
    expect(room.floor()).toBe('Ystad supervisor');
    expect(room.log()).toHaveLength(1);
  });
});

describe("auto-advance: the server's phaseDue", () => {
  it('without auto-advance nothing is due: the presentation runs on into overtime', () => {
    const room = roundAt();
    room.refuses(() => room.due('5:00'), 'conflict');
    expect([room.floor(), room.left('5:30')]).toEqual(['Ystad presentation', '-0:30']);
  });

  it('with auto-advance, only at the end and only for the phase named; a second firing changes nothing', () => {
    const room = roundAt();
    room.autoAdvance();
    room.refuses(() => room.due('4:59'), 'conflict');
    room.refuses(() => room.due('5:00', { index: 0, phase: 'supervisor' }), 'conflict');
    room.refuses(() => room.due('5:00', { index: 1, phase: 'presentation' }), 'conflict');
    expect(room.due('5:00').ok).toBe(true);
    expect([room.floor(), room.left('5:00')]).toEqual(['Ystad supervisor', '5:00']);
    expect(room.log()).toEqual(['Ystad presentation planned 5:00 actual 5:00']);
    room.refuses(() => room.due('5:00', { index: 0, phase: 'presentation' }), 'conflict');
    // [A1] Only the server fires a phase's end.
    room.refuses(
      () => room.send({ type: 'phaseDue', clusterId: room.clusterId(SYD), index: 0, phase: 'supervisor' }, '10:00'),
      'forbidden',
    );
  });

  it('a paused phase is never due; one extended by a minute is due a minute later', () => {
    const room = roundAt();
    room.autoAdvance();
    room.timer('plusMinute', '1:00');
    room.refuses(() => room.due('5:30'), 'conflict');
    room.timer('pause', '5:30');
    room.refuses(() => room.due('7:00'), 'conflict');
    room.timer('resume', '7:00');
    expect(room.due('7:30').ok).toBe(true);
    expect(room.floor()).toBe('Ystad supervisor');
  });
});

describe('[T4] only time the server was down backdates a phase', () => {
  it("−1 min five times 20 s into Ystad's presentation ends it at 0:20: the supervisor's 5:00 starts then, the log says 0:20", () => {
    const room = roundAt();
    room.autoAdvance('0:05');
    for (let i = 0; i < 5; i++) expect(room.timer('minusMinute', '0:20').ok).toBe(true);
    expect(room.left('0:20')).toBe('0:00');
    expect(room.due('0:20').ok).toBe(true);
    expect([room.floor(), room.left('0:20')]).toEqual(['Ystad supervisor', '5:00']);
    expect(room.log()).toEqual(['Ystad presentation planned 5:00 actual 0:20']);
  });

  it('−1 min in overtime leaves the overtime as it was; paused with 0:40 left, −1 min leaves 0:00', () => {
    const room = roundAt();
    room.timer('minusMinute', '6:30');
    expect(room.left('6:30')).toBe('-1:30');
    const paused = roundAt();
    paused.timer('pause', '4:20');
    paused.timer('minusMinute', '4:30');
    expect(paused.left('9:00')).toBe('0:00');
  });

  it('auto-advance switched on at 6:30, 1:30 into overtime, moves on at 6:30 with a full 5:00 and logs 6:30', () => {
    const room = roundAt();
    expect(room.autoAdvance('6:30').ok).toBe(true);
    expect([room.floor(), room.left('6:30')]).toEqual(['Ystad supervisor', '5:00']);
    expect(room.run().autoAdvance).toBe(true);
    expect(room.log()).toEqual(['Ystad presentation planned 5:00 actual 6:30']);
  });
});

describe('questions from the phones during peer feedback', () => {
  const inPeers = () => roundAt(['5:00', '10:00']);

  it('during the presentation a raised hand is a conflict; in the peers Ahmed and Maja queue, and Karin sees them in order', () => {
    const room = roundAt();
    room.refuses(() => room.hand('Ahmed', '1:00'), 'conflict');
    for (const t of ['5:00', '10:00']) room.step('next', t);
    expect(room.hand('Maja', '10:30', 'Vad kostade det?').ok).toBe(true);
    expect(room.hand('Ahmed', '10:45').ok).toBe(true);
    expect(room.run().queue.map((q) => [q.text, q.taken])).toEqual([
      ['Vad kostade det?', false],
      ['Hur har ni förankrat det i nämnden?', false],
    ]);
  });

  it('Ahmed queues once until Karin takes him; Lena from Ystad, who presents, answers in the reply; Erik from Kluster Öst is not in this room', () => {
    const room = inPeers();
    room.refuses(() => room.hand('Lena', '11:00'), 'conflict');
    room.refuses(() => room.hand('Erik', '11:00'), 'forbidden');
    room.hand('Ahmed', '11:00');
    room.refuses(() => room.hand('Ahmed', '11:10', 'Och en sak till'), 'conflict');
    expect(room.hand('Sara', '11:20').ok).toBe(true);
    const first = room.run().queue[0]!;
    room.refuses(() => room.take(first.id, '11:30', room.phone('Maja')), 'forbidden');
    expect(room.take(first.id, '12:00').ok).toBe(true);
    expect(room.run().queue.map((q) => q.taken)).toEqual([true, false]);
    room.refuses(() => room.take(first.id, '12:10'), 'conflict');
    room.refuses(() => room.take('no-such-item', '12:10'), 'not_found');
    expect(room.hand('Ahmed', '12:30', 'Och en sak till').ok).toBe(true);
  });

  it("a question Karin had no time for in Ystad's peers does not follow into Sjöbo's: Ahmed may ask Sjöbo, and only Sjöbo's questions wait", () => {
    const room = inPeers();
    room.hand('Ahmed', '11:00', 'Till Ystad: hur gick upphandlingen?');
    for (const t of ['20:00', '23:00', '28:00', '33:00', '43:00', '46:00', '51:00', '56:00']) room.step('next', t);
    expect(room.floor()).toBe('Sjöbo peers');
    expect(room.hand('Ahmed', '57:00', 'Till Sjöbo: vem äger frågan?').ok).toBe(true);
    expect(
      room
        .run()
        .queue.filter((q) => !q.taken)
        .map((q) => q.text),
    ).toEqual(['Till Sjöbo: vem äger frågan?']);
  });
});

describe('[A1] each cluster is run from its own room', () => {
  it('Karin, supervisor of Kluster Syd, gets forbidden on Kluster Öst, and so does a phone on Syd; Per and the facilitator run Öst', () => {
    const room = roundAt();
    const karin = room.supervisorOf(SYD);
    const ost = room.clusterId(OST);
    room.refuses(() => room.send({ type: 'startFeedback', clusterId: ost }, '0:00', karin), 'forbidden');
    expect(room.send({ type: 'startFeedback', clusterId: ost }, '0:00', room.supervisorOf(OST)).ok).toBe(true);
    room.refuses(
      () => room.send({ type: 'feedbackTimer', clusterId: ost, action: 'pause' }, '1:00', karin),
      'forbidden',
    );
    room.refuses(
      () =>
        room.send(
          { type: 'feedbackStep', clusterId: ost, direction: 'next', from: { index: 0, phase: 'presentation' } },
          '1:00',
          karin,
        ),
      'forbidden',
    );
    room.refuses(
      () => room.send({ type: 'setAutoAdvance', clusterId: ost, autoAdvance: true }, '1:00', karin),
      'forbidden',
    );
    expect(room.send({ type: 'feedbackTimer', clusterId: ost, action: 'plusMinute' }, '1:00', facilitator).ok).toBe(
      true,
    );
    expect([room.floor(OST), room.left('1:00', OST), room.left('1:00')]).toEqual([
      'Simrishamn presentation',
      '5:00',
      '4:00',
    ]);
    // Nor can a phone.
    room.refuses(() => room.timer('pause', '1:00', room.phone('Ahmed')), 'forbidden');
    room.refuses(() => room.step('next', '1:00', room.phone('Ahmed')), 'forbidden');
  });
});

describe('the end of the rounds', () => {
  const ALL = [
    '5:00',
    '10:00',
    '20:00',
    '23:00',
    '28:00',
    '33:00',
    '43:00',
    '46:00',
    '51:00',
    '56:00',
    '66:00',
    '69:00',
  ];

  it("after Sjöbo's reply the rounds are done: nobody has the floor, the timer is idle, all twelve phases are logged", () => {
    const room = roundAt(ALL);
    expect(room.floor()).toBe('done');
    expect(room.run()).toMatchObject({ index: 3, timer: { status: 'idle' }, phaseStartedAt: null });
    expect(room.log()).toHaveLength(12);
    expect(room.log()[11]).toBe('Sjöbo reply planned 3:00 actual 3:00');
    room.refuses(() => room.step('next', '70:00'), 'conflict');
    room.refuses(() => room.timer('pause', '70:00'), 'conflict');
  });

  it('starting while the rounds run is a conflict; once done they may start again with Ystad', () => {
    const running = roundAt();
    running.refuses(() => running.start('1:00'), 'conflict');
    const room = roundAt(ALL);
    expect(room.start('75:00').ok).toBe(true);
    expect([room.floor(), room.left('75:00')]).toEqual(['Ystad presentation', '5:00']);
  });
});

describe('[G4] the rounds end with their cluster work', () => {
  const CLUSTER_WORK = 'EOR-återkoppling i kommunklustren';

  it('"Nästa programpunkt" to Lunch 8:06 into Skurup\'s questions to Ystad: both rooms\' rounds end, the phase is logged to 8:06, the queue closes, the question stays on record', () => {
    const room = clusterRooms();
    expect(room.goTo(CLUSTER_WORK, '0:00').ok).toBe(true);
    expect(room.start('0:00').ok).toBe(true);
    expect(room.start('0:00', OST).ok).toBe(true);
    expect(room.autoAdvance('0:10').ok).toBe(true);
    for (const t of ['5:00', '10:00']) expect(room.step('next', t).ok).toBe(true);
    expect(room.hand('Ahmed', '12:00').ok).toBe(true);
    const peers = { index: room.run().index, phase: room.run().phase };

    const lunch = room.send(
      { type: 'advanceAgenda', fromSegmentId: room.view().currentSegmentId },
      '18:06',
      facilitator,
    );
    expect(lunch.ok && lunch.events.map((e) => e.type)).toEqual([
      'segmentChanged',
      'phaseTimed',
      'feedbackRunChanged',
      'phaseTimed',
      'feedbackRunChanged',
    ]);
    expect(room.view().agenda.find((x) => x.id === room.view().currentSegmentId)?.title).toBe('Lunch');
    expect([room.floor(), room.floor(OST)]).toEqual(['done', 'done']);
    expect(room.run()).toMatchObject({ timer: { status: 'idle' }, queue: [], phaseStartedAt: null });
    expect(room.log().at(-2)).toBe('Ystad peers planned 10:00 actual 8:06');
    expect(room.log().at(-1)).toBe('Simrishamn presentation planned 5:00 actual 18:06');
    expect(room.view().questionLog.map((q) => q.text)).toEqual(['Hur har ni förankrat det i nämnden?']);
    // The phase end the server had scheduled comes to nothing; nobody can queue or step any more.
    room.refuses(() => room.due('20:00', peers), 'conflict');
    room.refuses(() => room.hand('Sara', '18:30'), 'conflict');
    room.refuses(() => room.step('next', '18:30'), 'conflict');
  });

  it('rounds started in the coffee break before go on into the cluster work, and end when it is finished', () => {
    const room = clusterRooms();
    expect(room.goTo('Kaffe – återsamling 10.45 i kommunklustren', '0:00').ok).toBe(true);
    expect(room.start('0:00').ok).toBe(true);
    expect(room.goTo(CLUSTER_WORK, '1:00').ok).toBe(true);
    expect([room.floor(), room.left('1:00')]).toEqual(['Ystad presentation', '4:00']);
    expect(room.step('next', '5:00').ok).toBe(true);
    expect(room.run().segmentId).toBe(room.view().currentSegmentId);

    const finish = room.send({ type: 'finishSegment', segmentId: room.view().currentSegmentId! }, '7:00', facilitator);
    expect(finish.ok).toBe(true);
    expect(room.floor()).toBe('done');
    expect(room.log().at(-1)).toBe('Ystad supervisor planned 5:00 actual 2:00');
  });

  it('"Avsluta dagen" ends rounds still running; "Nästa" from the group work ended its own before that', () => {
    const room = clusterRooms();
    const next = (time: string) =>
      room.send({ type: 'advanceAgenda', fromSegmentId: room.view().currentSegmentId }, time, facilitator);
    // The day is down to the afternoon's group work and the team's check-out.
    for (const s of room.view().agenda.filter((x) => !['Grupparbete', 'Teamets utcheckning'].includes(x.title)))
      expect(room.send({ type: 'skipSegment', segmentId: s.id, skipped: true }, '0:00', facilitator).ok).toBe(true);
    expect(next('0:00').ok).toBe(true);
    expect(room.start('0:00').ok).toBe(true);
    expect(next('30:00').ok).toBe(true);
    expect(room.floor()).toBe('done');
    // Started again in the team's check-out, they end with the day.
    expect(room.start('31:00').ok).toBe(true);
    expect(next('40:00').ok).toBe(true);
    expect(room.view().currentSegmentId).toBeNull();
    expect(room.floor()).toBe('done');
    expect(room.log().at(-1)).toBe('Ystad presentation planned 5:00 actual 9:00');
  });
});

describe('the timing log and late phase ends keep the day on its clock', () => {
  it('a presentation given +1 min is logged as planned 5:00, actual 6:00: the overrun shows', () => {
    const room = clusterRooms();
    room.start('0:00');
    room.timer('plusMinute', '4:00');
    room.step('next', '6:00');
    expect(room.log()).toEqual(['Ystad presentation planned 5:00 actual 6:00']);
  });

  it('an auto-advanced phase ends when it was due, even if the server fires late: the next phase keeps the schedule', () => {
    const room = clusterRooms();
    room.start('0:00');
    room.autoAdvance('0:10');
    // The server was down from 4:00 to 7:30; on its return it fires the presentation's end.
    expect(room.due('7:30').ok).toBe(true);
    expect(room.floor()).toBe('Ystad supervisor');
    expect(room.log()).toEqual(['Ystad presentation planned 5:00 actual 5:00']);
    expect(room.left('7:30')).toBe('2:30');
    // The supervisor feedback was due at 10:00 as planned: the next firing catches up to the peers.
    expect(room.due('10:05').ok).toBe(true);
    expect(room.floor()).toBe('Ystad peers');
    expect(room.left('10:05')).toBe('9:55');
  });

  it("a question left in Ystad's peer feedback does not follow into Skurup's turn", () => {
    const room = clusterRooms();
    room.start('0:00');
    room.step('next', '5:00');
    room.step('next', '10:00');
    expect(room.hand('Maja', '11:00').ok).toBe(true);
    room.step('next', '20:00');
    expect(room.run().queue).toHaveLength(1); // the reply still sees it
    room.step('next', '23:00');
    expect(room.floor()).toBe('Skurup presentation');
    expect(room.run().queue).toEqual([]);
  });
});
