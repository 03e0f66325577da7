/**
 * The day's evaluation in `shared/` (EV1–EV4): the team's questions, one
 * anonymous answer per phone, the results in the report and over the year.
 * The day is tests/support/scriptedDay.ts with five from Skurup, two from
 * Ystad and one from Höör; the evaluation runs after it, at 10.55–11.10.
 */
import { describe, expect, it } from 'vitest';
import { answeredFor } from '../../shared/day/evaluation';
import { DEFAULT_EVALUATION, MIN_GROUP, shownMunicipalities } from '../../shared/day/evaluationResults';
import { audienceOf, BLANK_MEETING, canSee, reduce, viewerOf } from '../../shared/day/meeting';
import { viewFor } from '../../shared/day/view';
import { eraseEvent, erasureOf } from '../../shared/day/personalData';
import { programmeReport } from '../../shared/year/programmeReport';
import type { Actor, Command, MeetingEvent } from '../../shared/protocol';
import { meetingReport } from '../../shared/day/report';
import { meetingReportRows, programmeReportRows } from '../../shared/reportTable';
import { programmeOf } from '../support/programme';
import { clockOn, scriptedDay } from '../support/scriptedDay';

const PEOPLE = [
  ['Lena', 'Ystad'],
  ['Kim', 'Ystad'],
  ['Ahmed', 'Skurup'],
  ['Sara', 'Skurup'],
  ['Jonas', 'Skurup'],
  ['Maja', 'Skurup'],
  ['Nils', 'Skurup'],
  ['Omar', 'Höör'],
] as const;

/** Each one's scores on the three default questions, and their free text. */
const ANSWERS: Record<string, [number, number, number, string?]> = {
  Lena: [5, 4, 4, 'Klustren gav mest.'],
  Kim: [3, 2, 4],
  Ahmed: [4, 4, 5, 'Mer tid för frågor'],
  Sara: [4, 3, 5],
  Jonas: [5, 4, 4],
  Maja: [2, 3, 3, 'Bättre fika'],
  Nils: [5, 5, 4],
  Omar: [1, 2, 2, 'Jag från Höör förstod inte EOR'],
};

/** The console's default questions, saved as they are. */
const KEEP_DEFAULTS: Command = {
  type: 'setEvaluation',
  questions: DEFAULT_EVALUATION.questions.map(({ text, low, high }) => ({ text, low, high })),
  freeText: DEFAULT_EVALUATION.freeText,
};

function evaluatedDay(opts: { meetingId?: string; date?: string; who?: readonly string[] } = {}) {
  const day = scriptedDay({ meetingId: opts.meetingId, date: opts.date, people: PEOPLE });
  expect(day.apply(KEEP_DEFAULTS, '10:54')).toBe('ok');
  expect(day.apply({ type: 'setEvaluationOpen', open: true }, '10:55')).toBe('ok');
  const answer = (name: string, time = '11:00'): string => {
    const [a, b, c, text] = ANSWERS[name]!;
    const ids = day.state.evaluation.questions.map((q) => q.id);
    return day.apply(
      {
        type: 'answerEvaluation',
        scores: [a, b, c].map((score, i) => ({ questionId: ids[i]!, score })),
        ...(text ? { text } : {}),
      },
      time,
      day.phone(name),
    );
  };
  for (const name of opts.who ?? Object.keys(ANSWERS)) expect(answer(name), name).toBe('ok');
  return {
    ...day,
    answer,
    get state() {
      return day.state;
    },
  };
}

const TWO_QUESTIONS: Extract<Command, { type: 'setEvaluation' }> = {
  type: 'setEvaluation',
  questions: [
    { text: 'Hur användbar var dagen för ditt arbete?', low: 'Inte alls', high: 'Mycket användbar' },
    { text: 'Hur tydligt var dagens upplägg?', low: 'Otydligt', high: 'Mycket tydligt' },
  ],
  freeText: null,
};

describe('[EV1] the team sets the questions and opens the evaluation', () => {
  it('[EV1] the console offers three Swedish questions and a free-text line; the meeting holds none until they are saved', () => {
    expect(DEFAULT_EVALUATION.questions[0]).toMatchObject({
      text: 'Hur användbar var dagen för ditt arbete?',
      low: 'Inte alls',
      high: 'Mycket användbar',
    });
    expect(DEFAULT_EVALUATION.questions).toHaveLength(3);
    const day = scriptedDay();
    expect(day.state.evaluation).toMatchObject({ questions: [], freeText: null, status: 'draft' });
    // Nothing to answer yet: opening is a conflict until the questions are saved.
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '10:50')).toBe('conflict');
    expect(day.apply(KEEP_DEFAULTS, '10:50')).toBe('ok');
    expect(day.state.evaluation.questions.map((q) => q.text)).toEqual(DEFAULT_EVALUATION.questions.map((q) => q.text));
    expect(day.state.evaluation.freeText).toBe('Vad tar du med dig hem – och vad kan vi göra bättre?');
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '10:51')).toBe('ok');
  });

  it('[EV1] the facilitator sets two questions without a free-text line, then opens, closes and reopens', () => {
    const day = scriptedDay({ people: PEOPLE });
    expect(day.apply(TWO_QUESTIONS, '10:50')).toBe('ok');
    expect(day.state.evaluation.questions.map((q) => q.text)).toEqual([
      'Hur användbar var dagen för ditt arbete?',
      'Hur tydligt var dagens upplägg?',
    ]);
    expect(day.state.evaluation.freeText).toBeNull();
    expect(day.apply({ type: 'setEvaluationOpen', open: false }, '10:51')).toBe('conflict');
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '10:51')).toBe('ok');
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '10:52')).toBe('conflict');
    expect(day.apply({ type: 'setEvaluationOpen', open: false }, '11:10')).toBe('ok');
    expect(day.state.evaluation.status).toBe('closed');
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '11:12')).toBe('ok');
  });

  it('[EV1] the questions stay as they were once the first answer is in', () => {
    const day = evaluatedDay({ who: ['Lena'] });
    const before = day.state;
    expect(day.apply(TWO_QUESTIONS, '11:01')).toBe('conflict');
    expect(day.state).toBe(before);
  });

  it('[EV1] after the personal data is erased the evaluation is closed and cannot be opened again', () => {
    const day = evaluatedDay({ who: ['Lena'] });
    expect(day.apply({ type: 'erasePersonalData' }, '17:00')).toBe('ok');
    expect(day.state.evaluation.status).toBe('closed');
    expect(day.apply({ type: 'setEvaluationOpen', open: true }, '17:01')).toBe('conflict');
  });
});

describe('[EV2] one anonymous answer per phone', () => {
  it('[EV2] the answer carries the municipality, never the participant; a second answer from the phone is a conflict', () => {
    const day = evaluatedDay({ who: ['Lena'] });
    const [answer] = day.state.evaluation.answers;
    expect(answer).toEqual({
      id: expect.any(String),
      municipalityId: day.state.municipalities.find((m) => m.name === 'Ystad')!.id,
      scores: [5, 4, 4],
      text: 'Klustren gav mest.',
    });
    expect(JSON.stringify(answer)).not.toContain(day.phone('Lena').participantId);
    expect(day.state.evaluation.answeredBy).toEqual([day.phone('Lena').participantId]);
    const before = day.state;
    expect(day.answer('Lena', '11:02')).toBe('conflict');
    expect(day.state).toBe(before);
  });

  it('[EV2] before it opens and after it closes, an answer is a conflict', () => {
    const day = scriptedDay({ people: PEOPLE });
    day.apply(KEEP_DEFAULTS, '10:54');
    const scores = day.state.evaluation.questions.map((q) => ({ questionId: q.id, score: 3 }));
    expect(day.apply({ type: 'answerEvaluation', scores }, '10:55', day.phone('Lena'))).toBe('conflict');
    day.apply({ type: 'setEvaluationOpen', open: true }, '10:56');
    day.apply({ type: 'setEvaluationOpen', open: false }, '10:57');
    expect(day.apply({ type: 'answerEvaluation', scores }, '10:58', day.phone('Lena'))).toBe('conflict');
    expect(day.state.evaluation.answers).toEqual([]);
  });

  it('[EV2] an answer that leaves out a question, names another or repeats one is a conflict; free text where none is asked is invalid', () => {
    const day = scriptedDay({ people: PEOPLE });
    day.apply(TWO_QUESTIONS, '10:50');
    day.apply({ type: 'setEvaluationOpen', open: true }, '10:55');
    const [q1, q2] = day.state.evaluation.questions.map((q) => q.id);
    const lena = day.phone('Lena');
    const send = (command: Extract<Command, { type: 'answerEvaluation' }>) => day.apply(command, '11:00', lena);
    expect(send({ type: 'answerEvaluation', scores: [{ questionId: q1!, score: 4 }] })).toBe('conflict');
    expect(
      send({
        type: 'answerEvaluation',
        scores: [
          { questionId: q1!, score: 4 },
          { questionId: 'q3', score: 4 },
        ],
      }),
    ).toBe('conflict');
    expect(
      send({
        type: 'answerEvaluation',
        scores: [
          { questionId: q1!, score: 4 },
          { questionId: q1!, score: 2 },
          { questionId: q2!, score: 4 },
        ],
      }),
    ).toBe('conflict');
    const both = [
      { questionId: q1!, score: 4 },
      { questionId: q2!, score: 5 },
    ];
    expect(send({ type: 'answerEvaluation', scores: both, text: 'Bra dag' })).toBe('invalid');
    expect(day.state.evaluation.answers).toEqual([]);
    expect(send({ type: 'answerEvaluation', scores: both })).toBe('ok');
  });

  it('[EV2] [V1] [V5] an answer reaches the console, the evaluator and its own phone; other phones, the projector and a tablet get the seq', () => {
    const day = evaluatedDay();
    const event = day.log.at(-1)!;
    expect(event.type).toBe('evaluationAnswered');
    const audience = audienceOf(event);
    const viewers: [string, Actor, boolean][] = [
      ['the facilitator', { role: 'facilitator' }, true],
      ['the evaluator', { role: 'evaluator' }, true],
      ['Omar who answered', day.phone('Omar'), true],
      ['Lena', day.phone('Lena'), false],
      ["Kluster Syd's tablet", { role: 'supervisor', clusterId: day.state.clusters[0]!.id }, false],
      ['the projector', { role: 'screen' }, false],
      ['a guest', { role: 'guest' }, false],
    ];
    for (const [who, actor, sees] of viewers) expect(canSee(audience, viewerOf(day.state, actor)), who).toBe(sees);
  });

  it('[EV2] nobody but the server holds who answered what: the team gets the answer alone, the phone that it answered', () => {
    const day = evaluatedDay();
    const event = day.log.at(-1)! as Extract<MeetingEvent, { type: 'evaluationAnswered' }>;
    const omar = day.phone('Omar');
    expect(answeredFor(event, { role: 'evaluator' })).toEqual({ type: 'evaluationAnswered', answer: event.answer });
    expect(answeredFor(event, omar)).toEqual({ type: 'evaluationAnswered', participantId: omar.participantId });
    const team = viewFor(day.state, { role: 'facilitator' }).evaluation;
    expect(team.answers).toHaveLength(8);
    expect(team.answeredBy).toEqual([]);
    const lena = viewFor(day.state, day.phone('Lena')).evaluation;
    expect(lena.answers).toEqual([]);
    expect(lena.answeredBy).toEqual([day.phone('Lena').participantId]);
    expect(lena.questions).toEqual(day.state.evaluation.questions);
    for (const actor of [{ role: 'screen' }, { role: 'supervisor' }] as const)
      expect(viewFor(day.state, actor).evaluation).toMatchObject({ answers: [], answeredBy: [] });
    // [S1] Each viewer's half, folded into what they held, is what a snapshot would give them.
    const before = evaluatedDay({ who: Object.keys(ANSWERS).slice(0, -1) });
    for (const viewer of [{ role: 'evaluator' } as Actor, before.phone('Omar')]) {
      const held = viewFor(before.state, viewer);
      expect(reduce(held, answeredFor(event, viewer)).evaluation, viewer.role).toEqual(
        viewFor(day.state, viewer).evaluation,
      );
    }
  });

  it('[EV2] the answers are kept in the order of their (random) ids, not of arrival: the roster does not tell whose is whose', () => {
    const day = evaluatedDay({ who: [] });
    const ystad = day.state.municipalities[0]!.id;
    const answered = (id: string, participantId: string): MeetingEvent => ({
      type: 'evaluationAnswered',
      participantId,
      answer: { id, municipalityId: ystad, scores: [3, 3, 3] },
    });
    const state = [answered('q8Zt', 'p1'), answered('Bx3k', 'p2')].reduce(reduce, day.state);
    expect(state.evaluation.answers.map((a) => a.id)).toEqual(['Bx3k', 'q8Zt']);
    expect(state.evaluation.answeredBy).toEqual(['p1', 'p2']);
  });

  it('[EV2] [PD4] a participant who leaves takes the mark that they answered out of the log; their scores stay', () => {
    const day = evaluatedDay({ who: ['Lena', 'Kim'] });
    const lena = day.phone('Lena').participantId!;
    expect(day.apply({ type: 'leave' }, '11:05', day.phone('Lena'))).toBe('ok');
    expect(day.state.evaluation.answeredBy).not.toContain(lena);
    expect(day.state.evaluation.answers).toHaveLength(2);
    const erasure = erasureOf(day.log.at(-1)!)!;
    const rewritten = [...day.log.slice(0, -1).map((e) => eraseEvent(e, erasure)), day.log.at(-1)!];
    expect(rewritten.reduce(reduce, BLANK_MEETING)).toEqual(day.state);
    const answered = rewritten.filter(
      (e): e is Extract<MeetingEvent, { type: 'evaluationAnswered' }> => e.type === 'evaluationAnswered',
    );
    expect(answered.map((e) => e.participantId)).toEqual([undefined, day.phone('Kim').participantId]);
  });

  it('[EV2] [PD3] [PD4] erasing the meeting drops the free text and who answered, live and in the log; the scores stay', () => {
    const day = evaluatedDay();
    expect(day.apply({ type: 'erasePersonalData' }, '17:00')).toBe('ok');
    expect(day.state.evaluation.answeredBy).toEqual([]);
    expect(day.state.evaluation.answers.map((a) => a.text)).toEqual(Array(8).fill(undefined));
    expect(day.state.evaluation.answers.map((a) => a.scores[0]).sort()).toEqual([1, 2, 3, 4, 4, 5, 5, 5]);
    const erasure = erasureOf(day.log.at(-1)!)!;
    const rewritten = [...day.log.slice(0, -1).map((e) => eraseEvent(e, erasure)), day.log.at(-1)!];
    expect(rewritten.reduce(reduce, BLANK_MEETING)).toEqual(day.state);
    expect(JSON.stringify(rewritten)).not.toMatch(/Klustren gav mest|Bättre fika|förstod inte/);
    for (const p of day.state.participants)
      expect(JSON.stringify(rewritten.filter((e) => e.type === 'evaluationAnswered'))).not.toContain(p.id);
  });
});

describe('[EV3] the results in the report', () => {
  const at = clockOn('2026-11-23');
  const report = (forTeam: boolean) =>
    meetingReport(evaluatedDay().state, { now: at('12:00'), dayStart: at('08:00'), forTeam }).evaluation!;

  it('[EV3] per question the mean and how many gave each score, of everyone who answered', () => {
    const { questions, answers, participants } = report(true);
    expect([answers, participants]).toEqual([8, 8]);
    // Hur användbar: 5 3 4 4 5 2 5 1 = 29 / 8.
    expect(questions[0]!.overall).toEqual({ count: 8, mean: 29 / 8, distribution: [1, 1, 1, 2, 3] });
    expect(questions[2]!.overall).toEqual({ count: 8, mean: 31 / 8, distribution: [0, 1, 1, 4, 2] });
  });

  it(`[EV3] the team's version per municipality: Skurup's five figures show, Ystad's two and Höör's one only count`, () => {
    const rows = report(true).questions[0]!.byMunicipality;
    expect(rows.map((r) => [r.municipality, r.count, r.summary?.mean ?? null])).toEqual([
      ['Ystad', 2, null],
      ['Skurup', 5, 20 / 5],
      ['Höör', 1, null],
    ]);
    expect(MIN_GROUP).toBe(3);
    expect(rows[1]!.summary!.distribution).toEqual([0, 1, 0, 2, 2]);
  });

  it('[EV3] when the ones not shown add up to 1 or 2 answers, the smallest shown municipality is not shown either', () => {
    // Lena alone from Ystad: Skurup's five and the whole group's six would give her scores away.
    const { state } = evaluatedDay({ who: ['Lena', 'Ahmed', 'Sara', 'Jonas', 'Maja', 'Nils'] });
    const rows = meetingReport(state, { now: at('12:00'), dayStart: at('08:00'), forTeam: true }).evaluation!
      .questions[0]!.byMunicipality;
    expect(rows.map((r) => [r.municipality, r.count, r.summary])).toEqual([
      ['Ystad', 1, null],
      ['Skurup', 5, null],
    ]);
    const shown = (counts: Record<string, number>) => [...shownMunicipalities(new Map(Object.entries(counts)))].sort();
    expect(shown({ Ystad: 2, Skurup: 5, Höör: 1 })).toEqual(['Skurup']);
    expect(shown({ Ystad: 1, Skurup: 5, Höör: 4 })).toEqual(['Skurup']);
    expect(shown({ Ystad: 3, Skurup: 5 })).toEqual(['Skurup', 'Ystad']);
    expect(shown({ Ystad: 2, Skurup: 3 })).toEqual([]);
  });

  it("[EV3] the team's version lists the free text alphabetically without names; the handout has neither it nor municipalities", () => {
    expect(report(true).freeText).toEqual([
      'Bättre fika',
      'Jag från Höör förstod inte EOR',
      'Klustren gav mest.',
      'Mer tid för frågor',
    ]);
    const handout = report(false);
    expect(handout.freeText).toEqual([]);
    expect(handout.questions.every((q) => q.byMunicipality.length === 0)).toBe(true);
    expect(handout.questions[0]!.overall.mean).toBe(29 / 8);
  });

  it('[EV3] a meeting whose evaluation was never opened has no evaluation in its report', () => {
    const { state } = scriptedDay();
    expect(meetingReport(state, { now: at('12:00'), dayStart: at('08:00'), forTeam: true }).evaluation).toBeNull();
  });

  it("[EV3] the spreadsheet carries the evaluation's figures, and the free text only in the team's version", () => {
    const { state } = evaluatedDay();
    const rows = (forTeam: boolean) =>
      meetingReportRows(state, meetingReport(state, { now: at('12:00'), dayStart: at('08:00'), forTeam }), () => '');
    const team = rows(true).map((r) => r.join('|'));
    expect(team).toContain('Hur användbar var dagen för ditt arbete?|Alla|8|3,63|1|1|1|2|3');
    expect(team).toContain('Hur användbar var dagen för ditt arbete?|Skurup|5|4,00|0|1|0|2|2');
    expect(team).toContain('Hur användbar var dagen för ditt arbete?|Ystad|2||||||');
    expect(team).toContain('Bättre fika');
    const handout = rows(false).map((r) => r.join('|'));
    expect(handout).toContain('Hur användbar var dagen för ditt arbete?|Alla|8|3,63|1|1|1|2|3');
    expect(handout.join('\n')).not.toMatch(/Skurup\|5\|4,00|Bättre fika/);
  });
});

describe('[EV4] the evaluation over the year', () => {
  it('[EV4] each question with its mean at each lärträff, matched by its text; a question not asked is empty', () => {
    const first = evaluatedDay({ meetingId: 'live-1', date: '2026-11-23' });
    const second = scriptedDay({ meetingId: 'live-2', date: '2027-01-19', people: PEOPLE });
    second.apply(
      {
        ...TWO_QUESTIONS,
        questions: [
          { ...TWO_QUESTIONS.questions[0]!, text: 'hur användbar var dagen för  ditt arbete?' },
          TWO_QUESTIONS.questions[1]!,
        ],
      },
      '10:50',
    );
    second.apply({ type: 'setEvaluationOpen', open: true }, '10:55');
    for (const [name, score] of [
      ['Lena', 5],
      ['Ahmed', 4],
    ] as const)
      second.apply(
        {
          type: 'answerEvaluation',
          scores: second.state.evaluation.questions.map((q) => ({ questionId: q.id, score })),
        },
        '11:00',
        second.phone(name),
      );
    const doc = programmeOf({
      municipalities: ['Ystad', 'Skurup', 'Höör'],
      meetings: [
        { number: 1, date: '2026-11-23' },
        { number: 2, date: '2027-01-19' },
        { number: 3, date: '2027-03-16' },
      ],
      participants: [],
    });
    doc.meetings = doc.meetings.map((m) => (m.number === 3 ? m : { ...m, meetingId: `live-${m.number}` }));
    const states = new Map([
      ['live-1', first.state],
      ['live-2', second.state],
    ]);
    const year = programmeReport(doc, states, clockOn('2027-03-01')('12:00'), (s) => clockOn(s.date)('08:00'));
    expect(year.evaluation.map((l) => [l.question, l.means, l.counts])).toEqual([
      ['Hur användbar var dagen för ditt arbete?', [29 / 8, 4.5, null], [8, 2, null]],
      ['Hur säker känner du dig på att pröva dagens verktyg på hemmaplan?', [27 / 8, null, null], [8, null, null]],
      ['Hur väl fungerade återkopplingen i kommunklustren?', [31 / 8, null, null], [8, null, null]],
      ['Hur tydligt var dagens upplägg?', [null, 4.5, null], [null, 2, null]],
    ]);
    const rows = programmeReportRows(year).map((r) => r.join('|'));
    expect(rows).toContain('Hur användbar var dagen för ditt arbete?|3,63 (8)|4,50 (2)|');
  });
});
