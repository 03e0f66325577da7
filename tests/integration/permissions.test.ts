/**
 * [A1] [T3] The whole role × command matrix over real sockets: every command
 * type, sent by every kind of link on the day, is either let through (it may
 * still be not_found or a conflict) or refused as forbidden with the log
 * untouched. Samples come from a `Record<CommandType, …>`, so a new command
 * cannot be added without appearing here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { may, PERMISSIONS } from '../../shared/permissions';
import { Command, ROLES, type Actor, type CommandType } from '../../shared/protocol';
import { allSamples, COMMAND_SAMPLES, type SampleIds } from '../support/commandSamples';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  refusal,
  resync,
  send,
  serverSeq,
  startServer,
  tokenFromLink,
  welcomeOf,
  type CreatedMeeting,
  type MeetingSocket,
  type TestServer,
} from '../support/server';

const UNLIMITED = { points: 100_000, duration: 1 };

let server: TestServer;
let meeting: CreatedMeeting;
let facilitator: MeetingSocket;
let ids: SampleIds;
/** Every link a person can hold on the day, connected: who they are and their socket. */
let people: { who: string; socket: MeetingSocket }[];

beforeAll(async () => {
  server = await startServer({ limits: { command: UNLIMITED, resync: UNLIMITED } });
  meeting = await createMeeting(server.url, {
    name: 'Lärträff 3 – Formulera framtiden',
    date: '2027-02-15',
    municipalities: ['Ystad', 'Skurup', 'Simrishamn', 'Tomelilla'].map((name) => ({ name })),
    clusters: [
      { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind', room: 'Rum B' },
      { name: 'Kluster Öst', municipalities: ['Simrishamn', 'Tomelilla'], supervisor: 'Per Holm', room: 'Rum C' },
    ],
  });
  facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const made = await send(facilitator, COMMAND_SAMPLES.createExercise(undefined as never));
  expect(made.ok).toBe(true);
  const ack = await resync(facilitator, 0);
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  const { state } = ack;
  const syd = state.clusters.find((c) => c.name === 'Kluster Syd')!;
  ids = {
    segmentId: state.agenda[0]!.id,
    otherSegmentId: state.agenda[4]!.id,
    clusterId: syd.id,
    municipalityIds: syd.municipalityIds,
    exerciseId: state.exercises[0]!.id,
    statementId: state.exercises[0]!.statements[0]!.id,
  };
  const link = (name: string) => tokenFromLink(meeting.supervisorLinks.find((s) => s.name === name)!.link);
  const other = await createMeeting(server.url, { name: 'Lärträff Halland', date: '2027-02-15' });
  const lena = await joinByCode(server.url, meeting.code, 'Lena Ek', 'Ystad');
  people = [
    { who: 'the screen', socket: await connect(server.url, { token: meeting.screenToken }) },
    { who: 'the evaluator', socket: await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) }) },
    { who: "Kluster Syd's supervisor", socket: await connect(server.url, { token: link('Kluster Syd') }) },
    { who: "Kluster Öst's supervisor", socket: await connect(server.url, { token: link('Kluster Öst') }) },
    { who: 'Lena on her phone (Ystad, Kluster Syd)', socket: lena.socket },
    { who: 'a guest holding the join code', socket: await connect(server.url, { code: meeting.code }) },
    { who: "another meeting's facilitator", socket: await connect(server.url, { token: other.facilitatorToken }) },
    { who: 'the facilitator', socket: facilitator },
  ];
});

afterAll(closeAll);

/** What the table, and a supervisor's own cluster (T3), let this actor do to this meeting. */
function allowedHere(actor: Actor, meetingId: string, command: Command): boolean {
  if (meetingId !== meeting.meetingId) return false;
  if (!may(actor.role, command.type)) return false;
  const otherCluster = actor.role === 'supervisor' && 'clusterId' in command && command.clusterId !== actor.clusterId;
  return !otherCluster;
}

describe('[A1] the samples', () => {
  it.for(Object.keys(COMMAND_SAMPLES) as CommandType[])(
    'the %s sample is a well-formed command of that type',
    (type) => {
      const sample = COMMAND_SAMPLES[type]({
        segmentId: 's',
        otherSegmentId: 't',
        clusterId: 'c',
        municipalityIds: ['m'],
        exerciseId: 'e',
        statementId: 'p',
      });
      expect(sample.type).toBe(type);
      expect(Command.safeParse(sample).success).toBe(true);
    },
  );

  it('the projector may send nothing, a code holder only a join, and no link the server fires phase ends', () => {
    const types = Object.keys(PERMISSIONS) as CommandType[];
    expect(types.filter((t) => may('screen', t))).toEqual([]);
    expect(types.filter((t) => may('guest', t))).toEqual(['join']);
    expect(ROLES.filter((r) => may(r, 'phaseDue'))).toEqual(['system']);
  });
});

describe('[A1] [E1] every command from every link', () => {
  it("is forbidden, changing nothing, exactly where the table (and a supervisor's own cluster) says so", async () => {
    const outcomes: string[] = [];
    for (const { who, socket } of people) {
      const { actor, meetingId } = welcomeOf(socket);
      for (const command of allSamples(ids)) {
        const before = await serverSeq(facilitator);
        const ack = await send(socket, command);
        const code = ack.ok ? 'ok' : ack.error.code;
        const allowed = allowedHere(actor, meetingId, command);
        if (!allowed) {
          // Another meeting's link acts on its own meeting, never on this one.
          if (meetingId === meeting.meetingId) expect(code, `${who}: ${command.type}`).toBe('forbidden');
          expect(await serverSeq(facilitator), `${who}: ${command.type} changed the log`).toBe(before);
        } else {
          expect(code, `${who}: ${command.type}`).not.toBe('forbidden');
        }
        outcomes.push(`${who} ${command.type}: ${code}`);
      }
    }
    // Sanity: both sides of the matrix were exercised, and some allowed commands really ran.
    expect(outcomes.filter((o) => o.endsWith(': forbidden')).length).toBeGreaterThan(100);
    expect(outcomes.filter((o) => o.endsWith(': ok')).length).toBeGreaterThan(10);
    expect(outcomes).toContain("Kluster Öst's supervisor startFeedback: forbidden");
    expect(outcomes).toContain("Kluster Syd's supervisor startFeedback: ok");
    // [T4] Moving the meeting's date is the console's alone.
    expect(outcomes).toContain('the facilitator setMeetingDate: ok');
    expect(outcomes).toContain('the evaluator setMeetingDate: forbidden');
  });

  it('a revoked link is refused at the handshake, so none of its commands can reach the meeting', async () => {
    const ack = await send(facilitator, { type: 'changeLink', link: 'screen', action: 'rotate' });
    expect(ack.ok).toBe(true);
    const before = await serverSeq(facilitator);
    expect(await refusal(server.url, { token: meeting.screenToken })).toMatchObject({ code: 'forbidden' });
    expect(await serverSeq(facilitator)).toBe(before);
  });

  it('a handshake without any credentials is refused as invalid: there is no socket to send from', async () => {
    const before = await serverSeq(facilitator);
    expect(await refusal(server.url, {})).toMatchObject({ code: 'invalid' });
    expect(await refusal(server.url, { token: '' })).toMatchObject({ code: 'invalid' });
    expect(await serverSeq(facilitator)).toBe(before);
  });
});
