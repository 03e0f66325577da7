/**
 * The demo programme's lärträffar on the e2e server, driven over real
 * sockets: the last one not yet started (other e2e files start the first on
 * the same server), its twelve people from the demo's municipalities, and a
 * short scripted day on it, moved to today (planned from 08:00 as the demo has
 * it): a check-in on two boards, one cluster's feedback round with a
 * question, the check-out, the team's rounds and an evaluator's note. Real
 * time, so it runs in seconds.
 */
import { DEMO_PROGRAMME_ID } from '../../../shared/year/demoProgramme';
import { STATEMENT_LIBRARY } from '../../../shared/day/board';
import { Programme } from '../../../shared/year/programme';
import { OrganiserLinkResponse } from '../../../shared/year/programmeLink';
import { CreateMeetingResponse } from '../../../shared/protocol';
import {
  connect,
  joinByCode,
  send,
  tokenFromLink,
  track,
  waitFor,
  type MeetingSocket,
  type Mirror,
} from '../../support/server';
import { checkInOf } from '../../support/commandSamples';
import { programmeApi } from '../../support/programme';
import { baseUrl } from './browser';

export const DEMO_NOTE = 'Kluster Väst behöver mer tid för frågorna';

/** Name and municipality of the twelve who join a demo lärträff. */
export const DEMO_PEOPLE: readonly [string, string][] = [
  ['Anna Svensson', 'Kungsbacka'],
  ['Lars Persson', 'Kungsbacka'],
  ['Sara Ekström', 'Vellinge'],
  ['Mohammed Ali', 'Vellinge'],
  ['Eva Johansson', 'Svedala'],
  ['Fatima Yilmaz', 'Ystad'],
  ['Ingrid Malm', 'Skurup'],
  ['Maja Håkansson', 'Sjöbo'],
  ['Karl Nyström', 'Tomelilla'],
  ['Noor Ahmadi', 'Simrishamn'],
  ['Hanna Björk', 'Höör'],
  ['Leila Karimi', 'Höör'],
];

async function ok(socket: MeetingSocket, command: unknown): Promise<number> {
  const ack = await send(socket, command);
  if (!ack.ok) throw new Error(`${JSON.stringify(command)} refused: ${ack.error.message}`);
  return ack.seq;
}

/** Today in the meeting's time zone (the browser contexts use Europe/Stockholm). */
const stockholmToday = () =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(Date.now());

/** The demo programme's organiser: the secret link, its token, and the programme API as the organiser. */
export async function demoOrganiser() {
  const { organiserLink } = OrganiserLinkResponse.parse(await (await fetch(`${baseUrl()}/api/demo`)).json());
  const token = tokenFromLink(organiserLink);
  return { organiserLink, token, api: programmeApi(baseUrl(), token) };
}

/** The organiser starts the demo's last lärträff not yet started, moved to today first when `today`; its links. */
export async function startLastDemoMeeting({ today = false } = {}): Promise<CreateMeetingResponse> {
  const { api } = await demoOrganiser();
  const path = `/api/programmes/${DEMO_PROGRAMME_ID}`;
  const doc = Programme.parse(await (await api.get(path)).json());
  const last = [...doc.meetings].sort((a, b) => b.number - a.number).find((m) => !m.meetingId)!;
  if (today) {
    const moved = {
      ...doc,
      meetings: doc.meetings.map((m) => (m.id === last.id ? { ...m, date: stockholmToday() } : m)),
    };
    const put = await api.put(path, moved);
    if (!put.ok) throw new Error(`moving lärträff ${last.number} to today: ${put.status} ${await put.text()}`);
  }
  const start = await api.post(`${path}/meetings/${last.id}/start`);
  if (start.status !== 201) throw new Error(`starting lärträff ${last.number}: ${start.status} ${await start.text()}`);
  return CreateMeetingResponse.parse(await start.json());
}

/** The twelve join by the code over sockets, in DEMO_PEOPLE's order; name → socket. */
export async function joinDemoPeople(code: string): Promise<Map<string, MeetingSocket>> {
  const people = new Map<string, MeetingSocket>();
  for (const [name, municipality] of DEMO_PEOPLE)
    people.set(name, (await joinByCode(baseUrl(), code, name, municipality)).socket);
  return people;
}

/** The facilitator's socket on a started lärträff, and the facilitator's copy of the meeting from the broadcasts, loaded. */
export async function facilitatorOf(links: CreateMeetingResponse): Promise<{ socket: MeetingSocket; view: Mirror }> {
  const socket = await connect(baseUrl(), { token: tokenFromLink(links.facilitatorLink) });
  const view = track(socket);
  await view.ready;
  return { socket, view };
}

/** The scripted day on the demo's last lärträff not yet started, moved to today; all its sockets closed after. */
export async function runDemoDay() {
  const links = await startLastDemoMeeting({ today: true });
  // Each of the facilitator's commands waits until its events are in the facilitator's copy of the meeting.
  const { socket: facilitator, view } = await facilitatorOf(links);
  const evaluator = await connect(baseUrl(), { token: tokenFromLink(links.evaluatorLink) });
  const people = await joinDemoPeople(links.code);
  const run = async (socket: MeetingSocket, command: unknown) => {
    const seq = await ok(socket, command);
    await waitFor(() => view.seq >= seq, 5_000, `seq ${seq}`);
  };
  const next = () => run(facilitator, { type: 'advanceAgenda', fromSegmentId: view.state.currentSegmentId });
  const placeAll = async (exerciseIndex: number, x: (i: number, s: number) => number) => {
    const exercise = view.state.exercises[exerciseIndex]!;
    for (const [s, statement] of exercise.statements.entries()) {
      await ok(facilitator, { type: 'openStatement', statementId: statement.id });
      for (const [i, socket] of [...people.values()].entries())
        await ok(socket, { type: 'place', statementId: statement.id, x: x(i, s), y: 0.5 });
      await ok(facilitator, { type: 'lockStatement', statementId: statement.id });
    }
    await ok(facilitator, { type: 'closeExercise', exerciseId: exercise.id });
  };

  const teamRound = (round: 'checkIn' | 'checkOut', feeling: string, focus: string) =>
    ok(evaluator, { type: 'enterTeamRound', round, name: 'Erik Sandberg', feeling, focus });

  await next(); // the team's check-in
  await teamRound('checkIn', 'Nyfiken', 'Tiden i klustren');
  await next(); // coffee
  await next(); // the check-in
  await run(facilitator, checkInOf([STATEMENT_LIBRARY[0]!, STATEMENT_LIBRARY[5]!], { anonymous: true }));
  await placeAll(0, (i) => 0.15 + (i % 4) * 0.1);
  await next(); // the theme
  await next(); // coffee
  await next(); // the rounds in the clusters
  const vast = view.state.clusters.find((c) => c.name === 'Kluster Väst')!;
  await run(facilitator, { type: 'startFeedback', clusterId: vast.id });
  const step = async () => {
    const round = view.state.feedbackRuns.find((r) => r.clusterId === vast.id)!;
    await run(facilitator, {
      type: 'feedbackStep',
      clusterId: vast.id,
      direction: 'next',
      from: { index: round.index, phase: round.phase },
    });
  };
  await step(); // Kungsbacka presented, the supervisor's feedback
  await step(); // the others' questions
  await ok(people.get('Sara Ekström')!, {
    type: 'raiseHand',
    clusterId: vast.id,
    text: 'Hur fick ni med socialtjänsten?',
  });
  await step(); // Kungsbacka replies
  await step(); // Vellinge presents
  for (let phase = 0; phase < 4; phase++) await step(); // Vellinge's round, then Svedala presents
  for (let i = 0; i < 4; i++) await next(); // lunch, group work, plenary, the check-out
  await run(facilitator, { type: 'mirrorExercise', exerciseId: view.state.exercises[0]!.id });
  await placeAll(1, (i) => 0.35 + (i % 4) * 0.15);
  await next(); // the team's check-out
  await teamRound('checkOut', 'Nöjd', 'Frågorna i Kluster Väst');
  await ok(evaluator, { type: 'addTeamNote', kind: 'feedback', text: DEMO_NOTE });
  await next(); // the day ends
  for (const socket of [facilitator, evaluator, ...people.values()]) socket.disconnect();
  return {
    meetingId: links.meetingId,
    code: links.code,
    facilitatorToken: tokenFromLink(links.facilitatorLink),
    people: DEMO_PEOPLE,
  };
}
