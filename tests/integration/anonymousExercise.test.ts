/**
 * [PD7] An anonymous exercise, at the socket level: everything a phone and
 * the projector receive about it (placements, the reveal, snapshots, resyncs,
 * drag frames) is searched for every participant's id. Only the team may
 * learn whose token is whose; a phone still knows its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { compareExercises } from '../../shared/day/placement';
import { viewFor } from '../../shared/day/view';
import {
  CLIENT_EVENTS,
  DragFrame,
  EventBatch,
  ResyncAck,
  SERVER_EVENTS,
  type Actor,
  type Exercise,
  type SequencedEvent,
} from '../../shared/protocol';
import {
  accepted,
  closeAll,
  inboxOf,
  openAnonymousStatement,
  resync,
  snapshot,
  stateHash,
  track,
  waitFor,
  type Joined,
  type MeetingSocket,
  type Mirror,
} from '../support/server';
import { meetingDay, type MeetingDay } from '../support/meetingDay';

let day: MeetingDay;
let evaluator: MeetingSocket;
let supervisor: MeetingSocket;
let people: { anna: Joined; bo: Joined; cia: Joined };
let views: Record<'facilitator' | 'evaluator' | 'supervisor' | 'screen' | 'anna' | 'bo' | 'cia', Mirror>;

beforeEach(async () => {
  day = await meetingDay({
    meeting: {
      name: 'Lärträff 3 – Bakåtplanering',
      date: '2026-11-23',
      municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }, { name: 'Ystad' }],
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Trelleborg'], supervisor: 'Karin Lind', room: 'B' }],
    },
  });
  evaluator = await day.evaluator();
  supervisor = await day.supervisor('Kluster Syd');
  people = {
    anna: await day.join('Anna Svensson', 'Trelleborg'),
    bo: await day.join('Bo Ek', 'Kungsbacka'),
    cia: await day.join('Cia Lund', 'Ystad'),
  };
  views = {
    facilitator: day.console,
    evaluator: track(evaluator),
    supervisor: track(supervisor),
    screen: day.projector,
    anna: track(people.anna.socket),
    bo: track(people.bo.socket),
    cia: track(people.cia.socket),
  };
  await Promise.all(Object.values(views).map((v) => v.ready));
});

afterEach(closeAll);

/** Every screen has folded everything up to `seq`. */
const settled = (seq: number) =>
  waitFor(() => Object.values(views).every((v) => v.seq >= seq), 3_000, `every screen at seq ${seq}`);

const ids = () => Object.values(people).map((p) => p.participantId);
const phones = () => Object.entries(people) as [keyof typeof people, Joined][];

/** The events about exercises and placements (the roster carries ids by design: it is who is in the room). */
const aboutExercises = (events: readonly SequencedEvent[]) =>
  events.filter(
    ({ event: e }) => e?.type === 'placed' || e?.type === 'statementRevealed' || e?.type === 'exerciseCreated',
  );

/** The messages a socket got that are about placements: those events as broadcast, and drag frames. */
function aboutPlacements(socket: MeetingSocket): unknown[] {
  return inboxOf(socket).flatMap(({ event, args }): unknown[] => {
    if (event === SERVER_EVENTS.dragFrame) return [DragFrame.parse(args[0])];
    return event === SERVER_EVENTS.events ? aboutExercises(EventBatch.parse(args[0]).events) : [];
  });
}

/**
 * The day: an anonymous check-in with one open and one hidden statement, moved
 * tokens, the reveal, and its mirrored check-out. Returns the exercises.
 */
async function anonymousDay(): Promise<{ checkIn: Exercise; checkOut: Exercise }> {
  const open = await openAnonymousStatement(day.facilitator, 'Vi har ett EOR som alla känner till');
  const hiddenSeq = await accepted(day.facilitator, {
    type: 'createExercise',
    kind: 'checkIn',
    title: 'Dold incheckning',
    anonymous: true,
    hiddenUntilReveal: true,
    statements: [{ text: 'Vi har gjort en bakåtplanering', board: boardTemplate('line') }],
  });
  await settled(hiddenSeq);
  const [checkIn, hidden] = views.facilitator.state.exercises as [Exercise, Exercise];
  const secret = hidden.statements[0]!.id;
  // Anna drags before she places: the projector watches her token move.
  people.anna.socket.emit(CLIENT_EVENTS.drag, { statementId: open, x: 0.2, y: 0.4 });
  await new Promise<number>((heard) => people.anna.socket.emit(CLIENT_EVENTS.time, 0, heard));
  day.server.clock.advance(100);
  for (const [i, [, p]] of phones().entries())
    await accepted(p.socket, { type: 'place', statementId: open, x: 0.2 + i / 10, y: 0.5 });
  await accepted(people.anna.socket, { type: 'place', statementId: open, x: 0.1, y: 0.5 });
  await accepted(day.facilitator, { type: 'openStatement', statementId: secret });
  for (const [i, [, p]] of phones().entries())
    await accepted(p.socket, { type: 'place', statementId: secret, x: 0.6, y: i / 4 });
  await accepted(day.facilitator, { type: 'lockStatement', statementId: secret });
  await accepted(day.facilitator, { type: 'revealStatement', statementId: secret });
  await accepted(day.facilitator, { type: 'mirrorExercise', exerciseId: checkIn.id });
  const mirrored = await accepted(day.facilitator, { type: 'closeExercise', exerciseId: hidden.id });
  await settled(mirrored);
  const checkOut = views.facilitator.state.exercises.at(-1)!;
  await accepted(day.facilitator, { type: 'openStatement', statementId: checkOut.statements[0]!.id });
  let last = 0;
  for (const [i, [, p]] of phones().entries())
    last = await accepted(p.socket, {
      type: 'place',
      statementId: checkOut.statements[0]!.id,
      x: 0.9 - i / 10,
      y: 0.5,
    });
  await settled(last);
  return { checkIn, checkOut };
}

describe('[PD7] an anonymous exercise is anonymous in the data', () => {
  it('no placement, reveal, drag frame or snapshot a phone or the projector gets names anyone else', async () => {
    const { checkIn, checkOut } = await anonymousDay();
    const snapshots = {
      screen: await snapshot(day.screen),
      anna: await snapshot(people.anna.socket),
      bo: await snapshot(people.bo.socket),
      cia: await snapshot(people.cia.socket),
    };
    // A phone that catches up by events rather than a snapshot.
    const caughtUp = ResyncAck.parse(await resync(people.bo.socket, 1));
    if (!caughtUp.ok || caughtUp.kind !== 'events') throw new Error('expected the events since seq 1');

    const outside: [string, MeetingSocket, string | undefined][] = [
      ['the projector', day.screen, undefined],
      ...phones().map(([name, p]): [string, MeetingSocket, string] => [name, p.socket, p.participantId]),
    ];
    for (const [who, socket, own] of outside) {
      const received = JSON.stringify(aboutPlacements(socket));
      const key = who === 'the projector' ? 'screen' : (who as keyof typeof people);
      const held = JSON.stringify({
        placements: snapshots[key].state.placements,
        exercises: snapshots[key].state.exercises,
        mirrored: views[key].state.placements,
        caughtUp: who === 'bo' ? aboutExercises(caughtUp.events) : null,
      });
      expect(received).toContain('anon-');
      for (const id of ids().filter((id) => id !== own)) {
        expect(received, `${who} got ${id} in an event or a drag frame`).not.toContain(id);
        expect(held, `${who} holds ${id}`).not.toContain(id);
      }
      expect(held, `${who} holds the pseudonym key`).not.toContain('pseudonymKey');
    }
    // The projector saw Anna's token move, by the pseudonym her placement has, in her municipality's colour.
    const frames = aboutPlacements(day.screen).filter((m): m is DragFrame => 'moves' in (m as object));
    const annaOnScreen = views.screen.state.placements.find(
      (p) => p.statementId === checkIn.statements[0]!.id && p.x === 0.1,
    )!;
    const trelleborg = views.screen.state.municipalities.find((m) => m.name === 'Trelleborg')!.id;
    expect(annaOnScreen.municipalityId).toBe(trelleborg);
    expect(frames.flatMap((f) => f.moves)).toEqual([
      { participantId: annaOnScreen.participantId, x: 0.2, y: 0.4, municipalityId: trelleborg },
    ]);
    // Her check-in and check-out tokens share a pseudonym: the projector still shows how far each moved.
    const moved = compareExercises(views.screen.state, checkIn, checkOut)[0]!;
    expect(moved.moves).toHaveLength(3);
    expect(moved.byMunicipality.map((m) => m.shift.n)).toEqual([1, 1, 1]);
  });

  it('each phone holds its own placements under its own id, the team everyone’s, and every screen its exact view', async () => {
    await anonymousDay();
    for (const [name, p] of phones()) {
      const own = views[name].state.placements.filter((x) => x.participantId === p.participantId);
      expect(own, `${name}'s own`).toHaveLength(3);
      expect(views[name].state.placements).toHaveLength(9);
    }
    for (const team of [views.facilitator, views.evaluator, views.supervisor]) {
      expect(new Set(team.state.placements.map((p) => p.participantId))).toEqual(new Set(ids()));
      expect(team.state.exercises.every((e) => e.pseudonymKey)).toBe(true);
    }
    // Folding what it received gives each screen exactly its view of the server's state (S1).
    const server = views.facilitator.state;
    const actors: [keyof typeof views, Actor][] = [
      ['screen', { role: 'screen' }],
      ...phones().map(([name, p]): [keyof typeof views, Actor] => [
        name,
        { role: 'participant', participantId: p.participantId },
      ]),
    ];
    for (const [name, actor] of actors)
      expect(stateHash(views[name].state), name).toBe(stateHash(viewFor(server, actor)));
  });

  it('a leaver’s tokens go from the projector and the phones, which still never learn whose the others are', async () => {
    await anonymousDay();
    const left = await accepted(people.bo.socket, { type: 'leave' });
    await waitFor(() => [views.screen, views.anna, views.cia, views.facilitator].every((v) => v.seq >= left));
    for (const v of [views.screen, views.anna, views.cia, views.facilitator])
      expect(v.state.placements).toHaveLength(6);
    expect(stateHash(views.anna.state)).toBe(stateHash((await snapshot(people.anna.socket)).state));
    expect(stateHash(views.screen.state)).toBe(stateHash((await snapshot(day.screen)).state));
  });

  it('the report to hand out compares the check-out by pseudonym; the team’s own version by person', async () => {
    await anonymousDay();
    const comparisons = async (query: string) => {
      const res = await fetch(`${day.server.url}/api/meetings/${day.meeting.meetingId}/export/report.json${query}`, {
        headers: { authorization: `Bearer ${day.meeting.facilitatorToken}` },
      });
      expect(res.status).toBe(200);
      return JSON.stringify(((await res.json()) as { comparisons: unknown }).comparisons);
    };
    const handout = await comparisons('');
    expect(handout).toContain('anon-');
    for (const id of ids()) expect(handout).not.toContain(id);
    const teams = await comparisons('?team=1');
    for (const id of ids()) expect(teams).toContain(id);
  });
});
