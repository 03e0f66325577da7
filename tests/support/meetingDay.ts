/**
 * The meeting day as most integration tests begin it, written once: a fresh
 * server, one meeting, the console and the projector connected and followed,
 * and the steps the room takes next (people join by the code, a supervisor's
 * tablet and the evaluator connect, the facilitator opens a statement).
 */
import { afterEach, beforeEach } from 'vitest';
import type { CommandAck, Exercise, StatementPlan } from '../../shared/protocol';
import {
  closeAll,
  connect,
  createMeeting,
  joinByCode,
  openAnonymousStatement,
  send,
  startServer,
  tokenFromLink,
  track,
  waitFor,
  type CreatedMeeting,
  type Joined,
  type MeetingSocket,
  type Mirror,
  type TestServer,
} from './server';

/**
 * What a test file opens afresh before each of its tests (`meetingDay`, `openMeeting`), closed after each:
 * `const day = eachTest(meetingDay)`, then `day.facilitator` in a test is that test's own.
 */
export function eachTest<T extends object>(open: () => Promise<T>): T {
  const current = {} as T;
  beforeEach(async () => {
    Object.assign(current, await open());
  });
  afterEach(closeAll);
  return current;
}

/** Two clusters of the day, each with its supervisor: the rounds, the tablets and the room. */
export const CLUSTERED_DAY = {
  name: 'Lärträff 3 – Formulera framtiden',
  date: '2026-11-23',
  municipalities: ['Ystad', 'Skurup', 'Simrishamn'].map((name) => ({ name })),
  clusters: [
    { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' },
    { name: 'Kluster Öst', municipalities: ['Simrishamn'], supervisor: 'Per Holm' },
  ],
};

export interface MeetingDay {
  server: TestServer;
  meeting: CreatedMeeting;
  facilitator: MeetingSocket;
  screen: MeetingSocket;
  /** The console's and the projector's replicas, loaded. */
  console: Mirror;
  projector: Mirror;
  /** One person joins by the code on their phone. */
  join(name: string, municipality: string): Promise<Joined>;
  /** `count` people join at once, "Deltagare 1" ..., over the municipalities in turn. */
  joinMany(count: number, municipalities?: readonly string[]): Promise<Joined[]>;
  /** A cluster supervisor's tablet, by the cluster's name. */
  supervisor(cluster: string): Promise<MeetingSocket>;
  evaluator(): Promise<MeetingSocket>;
  /** Sends a command from the console; throws when it is refused. */
  command(command: object): Promise<CommandAck & { ok: true }>;
  /** The facilitator builds an exercise; resolves once the projector has it. */
  createExercise(spec: {
    statements: readonly StatementPlan[];
    kind?: 'checkIn' | 'checkOut';
    hidden?: boolean;
    anonymous?: boolean;
  }): Promise<Exercise>;
  /** The facilitator opens a statement; resolves once the projector shows it open. */
  openStatement(statementId: string): Promise<void>;
}

export async function meetingDay(
  opts: { server?: Parameters<typeof startServer>[0]; meeting?: unknown } = {},
): Promise<MeetingDay> {
  const server = await startServer(opts.server);
  const meeting = await createMeeting(server.url, ...(opts.meeting === undefined ? [] : [opts.meeting]));
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const screen = await connect(server.url, { token: meeting.screenToken });
  const console = track(facilitator);
  const projector = track(screen);
  await Promise.all([console.ready, projector.ready]);

  const command = async (c: object) => {
    const ack = await send(facilitator, c);
    if (!ack.ok) throw new Error(`${JSON.stringify(c).slice(0, 80)} was refused: ${JSON.stringify(ack)}`);
    return ack;
  };
  const onProjector = (seq: number, what: string) => waitFor(() => projector.seq >= seq, 3_000, what);

  return {
    server,
    meeting,
    facilitator,
    screen,
    console,
    projector,
    join: (name, municipality) => joinByCode(server.url, meeting.code, name, municipality),
    joinMany: (count, municipalities = ['Trelleborg', 'Kungsbacka']) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          joinByCode(server.url, meeting.code, `Deltagare ${i + 1}`, municipalities[i % municipalities.length]!),
        ),
      ),
    supervisor: (cluster) => {
      const link = meeting.supervisorLinks.find((s) => s.name === cluster)?.link;
      if (!link) throw new Error(`no cluster ${cluster}`);
      return connect(server.url, { token: tokenFromLink(link) });
    },
    evaluator: () => connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) }),
    command,
    createExercise: async ({ statements, kind = 'checkIn', hidden = false, anonymous = false }) => {
      const before = projector.state.exercises.length;
      const ack = await command({
        type: 'createExercise',
        kind,
        title: kind === 'checkIn' ? 'Incheckning' : 'Utcheckning',
        anonymous,
        hiddenUntilReveal: hidden,
        statements,
      });
      await onProjector(ack.seq, 'the exercise on the projector');
      return projector.state.exercises[before]!;
    },
    openStatement: async (statementId) => {
      const ack = await command({ type: 'openStatement', statementId });
      await onProjector(ack.seq, 'the open statement on the projector');
    },
  };
}

/**
 * A fresh server and meeting that Anna Svensson (Trelleborg) and Bo Ek
 * (Kungsbacka) have joined, with an anonymous check-in on `text` open: their
 * sockets, the facilitator's, and the statement's id.
 */
export async function annaAndBoOnAnAnonymousStatement(text: string) {
  const server = await startServer();
  const meeting = await createMeeting(server.url);
  const anna = await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg');
  const bo = await joinByCode(server.url, meeting.code, 'Bo Ek', 'Kungsbacka');
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const statementId = await openAnonymousStatement(facilitator, text);
  return { server, meeting, anna, bo, facilitator, statementId };
}
