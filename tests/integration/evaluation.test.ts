/**
 * The day's evaluation over real sockets on the real server (EV1–EV3): the
 * facilitator sets and opens it, phones answer once, what each screen
 * receives, that it survives a restart on the same file, and what the
 * report's JSON carries in each version.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION } from '../../shared/day/evaluationResults';
import type { EventBatch } from '../../shared/protocol';
import type { MeetingReport } from '../../shared/day/report';
import {
  accepted,
  closeAll,
  connect,
  inboxOf,
  send,
  snapshot,
  startServer,
  track,
  waitFor,
  type Joined,
  type MeetingSocket,
  type Mirror,
} from '../support/server';
import { meetingDay, type MeetingDay } from '../support/meetingDay';

let day: MeetingDay;
let phones: Record<string, Joined>;
let views: { facilitator: Mirror; screen: Mirror; lena: Mirror; eva: Mirror };

const PEOPLE = [
  ['Lena Ek', 'Ystad'],
  ['Eva Berg', 'Skurup'],
  ['Per Holm', 'Skurup'],
  ['Ali Noor', 'Skurup'],
] as const;

beforeEach(async () => {
  day = await meetingDay({
    meeting: {
      name: 'Lärträff 3 – Formulera framtiden',
      date: '2026-11-23',
      municipalities: ['Ystad', 'Skurup'].map((name) => ({ name })),
    },
  });
  phones = {};
  for (const [name, municipality] of PEOPLE) phones[name] = await day.join(name, municipality);
  views = {
    facilitator: day.console,
    screen: day.projector,
    lena: track(phones['Lena Ek']!.socket),
    eva: track(phones['Eva Berg']!.socket),
  };
  await Promise.all([views.lena.ready, views.eva.ready]);
  // The console's default questions, kept (EV1).
  const seq = await accepted(day.facilitator, {
    type: 'setEvaluation',
    questions: DEFAULT_EVALUATION.questions.map(({ text, low, high }) => ({ text, low, high })),
    freeText: DEFAULT_EVALUATION.freeText,
  });
  await caughtUp(seq);
});

afterEach(closeAll);

const caughtUp = (seq: number) =>
  waitFor(() => Object.values(views).every((v) => v.seq >= seq), 3_000, `every screen at seq ${seq}`);

/** Scores for every question, in order. */
const answer = (scores: number[], text?: string) => ({
  type: 'answerEvaluation',
  scores: views.facilitator.state.evaluation.questions.map((q, i) => ({ questionId: q.id, score: scores[i]! })),
  ...(text ? { text } : {}),
});

/** The evaluation answers a socket was sent, as it got them. */
const answeredIn = (socket: MeetingSocket) =>
  inboxOf(socket)
    .flatMap((r) => (r.event === 'events' ? (r.args[0] as EventBatch).events : []))
    .flatMap((e) => (e.event?.type === 'evaluationAnswered' ? [e.event] : []));

async function reportJson(forTeam: boolean): Promise<MeetingReport> {
  const res = await fetch(
    `${day.server.url}/api/meetings/${day.meeting.meetingId}/export/report.json${forTeam ? '?team=1' : ''}`,
    { headers: { authorization: `Bearer ${day.meeting.facilitatorToken}` } },
  );
  expect(res.status).toBe(200);
  return (await res.json()) as MeetingReport;
}

describe('[EV1] [EV2] the evaluation over the wire', () => {
  it('[EV1] the facilitator’s questions and the opening reach every phone and the projector', async () => {
    const seq = await accepted(day.facilitator, {
      type: 'setEvaluation',
      questions: [
        { text: 'Hur användbar var dagen för ditt arbete?', low: 'Inte alls', high: 'Mycket användbar' },
        { text: 'Hur tydligt var dagens upplägg?', low: 'Otydligt', high: 'Mycket tydligt' },
      ],
      freeText: 'Vad tar du med dig hem?',
    });
    await caughtUp(seq);
    await caughtUp(await accepted(day.facilitator, { type: 'setEvaluationOpen', open: true }));
    for (const view of Object.values(views)) {
      expect(view.state.evaluation.status).toBe('open');
      expect(view.state.evaluation.questions.map((q) => q.text)).toEqual([
        'Hur användbar var dagen för ditt arbete?',
        'Hur tydligt var dagens upplägg?',
      ]);
      expect(view.state.evaluation.freeText).toBe('Vad tar du med dig hem?');
    }
  });

  it('[EV2] [V1] an answer reaches the team and its own phone only; the same phone cannot answer twice', async () => {
    await caughtUp(await accepted(day.facilitator, { type: 'setEvaluationOpen', open: true }));
    const seq = await accepted(phones['Lena Ek']!.socket, answer([5, 4, 4], 'Klustren gav mest.'));
    await caughtUp(seq);
    expect(views.facilitator.state.evaluation.answers).toHaveLength(1);
    expect(views.lena.state.evaluation.answeredBy).toEqual([phones['Lena Ek']!.participantId]);
    // Eva's phone and the projector got the seq, never the answer.
    for (const socket of [phones['Eva Berg']!.socket, day.screen]) {
      const received = JSON.stringify(inboxOf(socket));
      expect(received).not.toContain('Klustren gav mest.');
      expect(received).not.toContain('evaluationAnswered');
    }
    // Nobody gets both halves (EV2): the console the answer without the phone, the phone that it answered.
    expect(answeredIn(day.facilitator)).toEqual([{ type: 'evaluationAnswered', answer: expect.anything() }]);
    expect(answeredIn(phones['Lena Ek']!.socket)).toEqual([
      { type: 'evaluationAnswered', participantId: phones['Lena Ek']!.participantId },
    ]);
    expect(views.facilitator.state.evaluation.answeredBy).toEqual([]);
    expect(views.eva.state.evaluation).toMatchObject({ answers: [], answeredBy: [] });
    expect(views.screen.state.evaluation).toMatchObject({ answers: [], answeredBy: [] });
    const again = await send(phones['Lena Ek']!.socket, answer([1, 1, 1]));
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(views.facilitator.state.evaluation.answers.map((a) => a.scores)).toEqual([[5, 4, 4]]);
  });

  it('[EV2] [D1] after a restart on the same file, the answers are there and the phone still has answered', async () => {
    await accepted(day.facilitator, { type: 'setEvaluationOpen', open: true });
    await accepted(phones['Eva Berg']!.socket, answer([4, 4, 4]));
    await day.server.close();
    day.server = await startServer({ file: day.server.file });
    const again = await connect(day.server.url, { token: phones['Eva Berg']!.token });
    expect(await send(again, answer([2, 2, 2]))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const console = await connect(day.server.url, { token: day.meeting.facilitatorToken });
    const { state } = await snapshot(console);
    expect(state.evaluation.answers.map((a) => a.scores)).toEqual([[4, 4, 4]]);
  });
});

describe('[EV3] the report, from the server', () => {
  it("[EV3] the team's report.json has the free text, and no municipality's figures while Ystad's one answer could be read off Skurup's; the handout neither", async () => {
    await accepted(day.facilitator, { type: 'setEvaluationOpen', open: true });
    await accepted(phones['Lena Ek']!.socket, answer([5, 4, 4], 'Klustren gav mest.'));
    await accepted(phones['Eva Berg']!.socket, answer([4, 3, 5]));
    await accepted(phones['Per Holm']!.socket, answer([3, 3, 4], 'Mer tid för frågor'));
    await accepted(phones['Ali Noor']!.socket, answer([5, 5, 3]));
    await accepted(day.facilitator, { type: 'setEvaluationOpen', open: false });
    const team = (await reportJson(true)).evaluation!;
    expect(team.status).toBe('closed');
    expect(team.questions[0]!.overall).toMatchObject({ count: 4, mean: 17 / 4 });
    expect(team.questions[0]!.byMunicipality.map((m) => [m.municipality, m.count, m.summary?.mean ?? null])).toEqual([
      ['Ystad', 1, null],
      ['Skurup', 3, null],
    ]);
    expect(team.freeText).toEqual(['Klustren gav mest.', 'Mer tid för frågor']);
    const handout = await reportJson(false);
    expect(handout.evaluation!.questions[0]!.overall.mean).toBe(17 / 4);
    expect(JSON.stringify(handout)).not.toMatch(/Klustren gav mest|Mer tid för frågor|byMunicipality":\[\{/);
  });
});
