/** The room's rules in `shared/`: messages (M1), who has not placed and the nudge (M2), the projector's screen (M3). */
import { describe, expect, it } from 'vitest';
import { BLANK_MEETING, audienceOf, decide, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { isNudged, NUDGE_INTERVAL_MS, unplaced } from '../../shared/day/nudge';
import { messagesFor } from '../../shared/day/roomMessage';
import type { Actor, Command, MeetingEvent } from '../../shared/protocol';

const facilitator: Actor = { role: 'facilitator' };
const T0 = Date.parse('2026-11-23T09:00:00+01:00');

/** Kluster Syd (Ystad, Skurup) and Kluster Öst (Simrishamn); Lena (Ystad), Per (Skurup), Eva (Simrishamn) joined. */
function room() {
  let n = 0;
  const newId = () => `id${++n}`;
  let now = T0;
  let state: MeetingState = reduce(
    BLANK_MEETING,
    meetingCreated(
      {
        name: 'Lärträff 2',
        date: '2026-11-23',
        municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }, { name: 'Simrishamn' }],
        clusters: [
          { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'] },
          { name: 'Kluster Öst', municipalities: ['Simrishamn'] },
        ],
      },
      'meeting-1',
      'BWKQYF',
      { now, newId },
    ),
  );
  const log: MeetingEvent[] = [];
  const send = (actor: Actor, command: Command) => {
    const decision = decide(state, command, actor, { now, newId });
    if (decision.ok) {
      log.push(...decision.events);
      state = decision.events.reduce(reduce, state);
    }
    return decision.ok ? 'ok' : decision.error.code;
  };
  const guest: Actor = { role: 'guest' };
  for (const [name, municipality] of [
    ['Lena', 'Ystad'],
    ['Per', 'Skurup'],
    ['Eva', 'Simrishamn'],
  ] as const)
    send(guest, { type: 'join', name, municipality });
  const [syd, ost] = state.clusters;
  const person = (name: string): Actor => ({
    role: 'participant',
    participantId: state.participants.find((p) => p.name === name)!.id,
  });
  return {
    get state() {
      return state;
    },
    log,
    send,
    person,
    syd: syd!,
    ost: ost!,
    supervisorOf: (clusterId: string): Actor => ({ role: 'supervisor', clusterId }),
    wait(ms: number) {
      now += ms;
    },
    /** A check-in of one statement, open. */
    openStatement() {
      const line = {
        kind: 'line' as const,
        cards: [
          { label: 'Nej', x: 0, y: 0.5 },
          { label: 'Ja', x: 1, y: 0.5 },
        ],
      };
      send(facilitator, {
        type: 'createExercise',
        kind: 'checkIn',
        title: 'Incheckning',
        anonymous: false,
        hiddenUntilReveal: true,
        statements: [{ text: 'Vi har ett EOR', board: line }],
      });
      const statementId = state.exercises[0]!.statements[0]!.id;
      send(facilitator, { type: 'openStatement', statementId });
      return statementId;
    },
  };
}

describe('[M1] messages to the room', () => {
  it('[M1] the facilitator’s message to everyone is on every screen until the facilitator dismisses it', () => {
    const r = room();
    expect(r.send(facilitator, { type: 'sendRoomMessage', text: 'Samling i stora salen nu' })).toBe('ok');
    const [message] = r.state.roomMessages;
    expect(message).toMatchObject({ text: 'Samling i stora salen nu', from: 'facilitator', at: T0 });
    expect(audienceOf(r.log.at(-1)!)).toBe('all');
    for (const viewer of [r.person('Lena'), r.person('Eva'), { role: 'screen' } as Actor, r.supervisorOf(r.ost.id)])
      expect(viewFor(r.state, viewer).roomMessages).toEqual([message]);
    expect(r.send(facilitator, { type: 'dismissRoomMessage', messageId: message!.id })).toBe('ok');
    expect(r.state.roomMessages).toEqual([]);
    expect(r.log.at(-1)).toMatchObject({ type: 'roomMessageDismissed', messageId: message!.id });
  });

  it('[M1] a supervisor’s message goes to their own cluster only; another cluster is forbidden', () => {
    const r = room();
    const karin = r.supervisorOf(r.syd.id);
    expect(r.send(karin, { type: 'sendRoomMessage', text: 'Vi börjar om fem minuter' })).toBe('ok');
    expect(r.state.roomMessages[0]).toMatchObject({ clusterId: r.syd.id, from: 'supervisor' });
    expect(audienceOf(r.log.at(-1)!)).toEqual({ cluster: r.syd.id });
    expect(viewFor(r.state, r.person('Per')).roomMessages).toHaveLength(1);
    expect(viewFor(r.state, r.person('Eva')).roomMessages).toEqual([]);
    expect(messagesFor(r.state, r.ost.id)).toEqual([]);
    const before = r.state;
    expect(r.send(karin, { type: 'sendRoomMessage', text: 'Hej Öst', clusterId: r.ost.id })).toBe('forbidden');
    expect(
      r.send(r.supervisorOf(r.ost.id), { type: 'dismissRoomMessage', messageId: before.roomMessages[0]!.id }),
    ).toBe('forbidden');
    expect(r.state).toBe(before);
  });

  it('[M1] a supervisor cannot dismiss the facilitator’s message to everyone; the facilitator can dismiss a cluster’s', () => {
    const r = room();
    r.send(facilitator, { type: 'sendRoomMessage', text: 'Bussen går 16.15' });
    r.send(r.supervisorOf(r.syd.id), { type: 'sendRoomMessage', text: 'Fika i rum B' });
    const [toAll, toSyd] = r.state.roomMessages;
    expect(r.send(r.supervisorOf(r.syd.id), { type: 'dismissRoomMessage', messageId: toAll!.id })).toBe('forbidden');
    expect(r.send(facilitator, { type: 'dismissRoomMessage', messageId: toSyd!.id })).toBe('ok');
    expect(audienceOf(r.log.at(-1)!)).toEqual({ cluster: r.syd.id });
    expect(r.send(facilitator, { type: 'dismissRoomMessage', messageId: toSyd!.id })).toBe('not_found');
  });

  it('[M1] a new message to the same audience replaces the one on screen; a cluster sees theirs and everyone’s', () => {
    const r = room();
    r.send(facilitator, { type: 'sendRoomMessage', text: 'Kaffe är serverat' });
    r.wait(1000);
    r.send(facilitator, { type: 'sendRoomMessage', text: 'Samling i stora salen nu' });
    r.wait(1000);
    r.send(facilitator, { type: 'sendRoomMessage', text: 'Rum B är bytt till rum C', clusterId: r.syd.id });
    expect(messagesFor(r.state, r.syd.id).map((m) => m.text)).toEqual([
      'Rum B är bytt till rum C',
      'Samling i stora salen nu',
    ]);
    expect(messagesFor(r.state, undefined).map((m) => m.text)).toEqual(['Samling i stora salen nu']);
    expect(r.send(facilitator, { type: 'sendRoomMessage', text: 'x', clusterId: 'no-such' })).toBe('not_found');
  });
});

describe('[M2] who has not placed, and the nudge', () => {
  it('[M2] lists who has not placed; the nudge shows on their phones only, until they place', () => {
    const r = room();
    const statementId = r.openStatement();
    r.send(r.person('Lena'), { type: 'place', statementId, x: 0.2, y: 0.5 });
    expect(unplaced(r.state, statementId).map((p) => p.name)).toEqual(['Per', 'Eva']);
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('ok');
    expect(audienceOf(r.log.at(-1)!)).toBe('all');
    // Each phone decides from what it may see: the statement is hidden, so Per's view has only his own placement.
    expect(isNudged(viewFor(r.state, r.person('Per')), r.person('Per').participantId)).toBe(true);
    expect(isNudged(viewFor(r.state, r.person('Lena')), r.person('Lena').participantId)).toBe(false);
    r.send(r.person('Per'), { type: 'place', statementId, x: 0.8, y: 0.5 });
    expect(isNudged(viewFor(r.state, r.person('Per')), r.person('Per').participantId)).toBe(false);
    r.send(facilitator, { type: 'lockStatement', statementId });
    expect(isNudged(viewFor(r.state, r.person('Eva')), r.person('Eva').participantId)).toBe(false);
  });

  it('[M2] a second nudge of the statement within 60 s is rate_limited, after that it goes', () => {
    const r = room();
    const statementId = r.openStatement();
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('ok');
    r.wait(NUDGE_INTERVAL_MS - 1);
    const before = r.state;
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('rate_limited');
    expect(r.state).toBe(before);
    r.wait(1);
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('ok');
  });

  it('[M2] nudging a statement that is not open, is locked, or where everyone has placed is a conflict', () => {
    const r = room();
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId: 'no-such' })).toBe('conflict');
    const statementId = r.openStatement();
    for (const name of ['Lena', 'Per', 'Eva']) r.send(r.person(name), { type: 'place', statementId, x: 0.5, y: 0.5 });
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('conflict');
    r.send(facilitator, { type: 'lockStatement', statementId });
    expect(r.send(facilitator, { type: 'nudgeUnplaced', statementId })).toBe('conflict');
  });
});

describe('[M3] the facilitator’s projector', () => {
  it('[M3] a blank screen, a break with its text and back to the day, the code shown or hidden', () => {
    const r = room();
    expect(r.state.projectorScreen).toEqual({ mode: 'auto', join: 'auto' });
    expect(r.send(facilitator, { type: 'setProjectorScreen', mode: 'blank', join: 'hide' })).toBe('ok');
    expect(r.state.projectorScreen).toEqual({ mode: 'blank', join: 'hide' });
    const text = 'Kaffe – vi ses 10.45 i kommunklustren';
    expect(r.send(facilitator, { type: 'setProjectorScreen', mode: 'break', text, join: 'show' })).toBe('ok');
    expect(viewFor(r.state, { role: 'screen' }).projectorScreen).toEqual({ mode: 'break', text, join: 'show' });
    expect(r.send(facilitator, { type: 'setProjectorScreen', mode: 'auto', join: 'auto' })).toBe('ok');
    expect(r.state.projectorScreen).toEqual({ mode: 'auto', join: 'auto' });
  });

  it('[M3] a break screen without its text is invalid; only the facilitator sets the screen', () => {
    const r = room();
    const before = r.state;
    expect(r.send(facilitator, { type: 'setProjectorScreen', mode: 'break', join: 'auto' })).toBe('invalid');
    expect(r.send(r.supervisorOf(r.syd.id), { type: 'setProjectorScreen', mode: 'blank', join: 'auto' })).toBe(
      'forbidden',
    );
    expect(r.state).toBe(before);
  });
});
