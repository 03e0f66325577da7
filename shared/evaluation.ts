/**
 * The day's evaluation (SPEC.md, EV1–EV4): a few 1–5 questions the team sets
 * and one free-text line, offered on the phones at the end of the day. Each
 * phone answers once; an answer carries its municipality, never its
 * participant, and the results show a municipality's figures only from
 * `MIN_GROUP` answers, so nobody's scores can be read off.
 */
import { accept, fail, type Decision, type DecideContext } from './decision';
import type { Actor, Command, Evaluation, EvaluationAnswer, EvaluationQuestion, MeetingState } from './protocol';
import { nameKey } from './roster';

/** The questions a meeting starts with, in Swedish, the team's to change before opening. */
export const DEFAULT_EVALUATION: Evaluation = {
  questions: [
    { id: 'q1', text: 'Hur användbar var dagen för ditt arbete?', low: 'Inte alls', high: 'Mycket användbar' },
    {
      id: 'q2',
      text: 'Hur säker känner du dig på att pröva dagens verktyg på hemmaplan?',
      low: 'Inte alls säker',
      high: 'Helt säker',
    },
    {
      id: 'q3',
      text: 'Hur väl fungerade återkopplingen i kommunklustren?',
      low: 'Inte alls',
      high: 'Mycket väl',
    },
  ],
  freeText: 'Vad tar du med dig hem – och vad kan vi göra bättre?',
  status: 'draft',
  answeredBy: [],
  answers: [],
};

/** Below this many answers a municipality's figures are not shown (EV3): one or two answers would name their givers. */
export const MIN_GROUP = 3;

export function decideEvaluation(
  state: MeetingState,
  command: Extract<Command, { type: 'setEvaluation' | 'setEvaluationOpen' | 'answerEvaluation' }>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const evaluation = state.evaluation;
  switch (command.type) {
    case 'setEvaluation':
      // Once anyone has answered, the scores mean what the questions said then.
      if (evaluation.answers.length > 0) return fail('conflict', 'the questions cannot change once answered');
      return accept({
        type: 'evaluationSet',
        questions: command.questions.map((q) => ({ id: ctx.newId(), ...q })),
        freeText: command.freeText,
      });
    case 'setEvaluationOpen':
      if (command.open === (evaluation.status === 'open'))
        return fail('conflict', `the evaluation is already ${evaluation.status}`);
      // Erasure forgot who answered: opening again would let every phone answer twice.
      if (command.open && state.erasedAt !== undefined)
        return fail('conflict', "the meeting's personal data is erased");
      return accept({ type: 'evaluationOpened', open: command.open, at: ctx.now });
    case 'answerEvaluation': {
      if (evaluation.status !== 'open') return fail('conflict', 'the evaluation is not open');
      const participant = state.participants.find((p) => p.id === actor.participantId);
      if (!participant) return fail('not_found', 'not on the roster');
      if (evaluation.answeredBy.includes(participant.id)) return fail('conflict', 'this phone has already answered');
      const scores = evaluation.questions.map((q) => command.scores.find((s) => s.questionId === q.id)?.score);
      const answered = new Set(command.scores.map((s) => s.questionId));
      if (scores.includes(undefined) || answered.size !== command.scores.length || answered.size !== scores.length)
        return fail('conflict', 'the questions have changed: answer each of them once');
      if (command.text && evaluation.freeText === null) return fail('invalid', 'this evaluation has no free-text line');
      const answer: EvaluationAnswer = {
        id: ctx.newId(),
        municipalityId: participant.municipalityId,
        scores: scores as number[],
        ...(command.text ? { text: command.text } : {}),
      };
      return accept({ type: 'evaluationAnswered', participantId: participant.id, answer });
    }
  }
}

/** The evaluation after an answer: the answers are kept in the order of their random ids, not of arrival. */
export function withAnswer(evaluation: Evaluation, participantId: string | undefined, answer: EvaluationAnswer) {
  const answers = [...evaluation.answers, answer].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const answeredBy = participantId ? [...evaluation.answeredBy, participantId] : evaluation.answeredBy;
  return { ...evaluation, answers, answeredBy };
}

/** What someone outside the team sees (V1): the questions, and of the answers only whether they gave one. */
export function evaluationFor(evaluation: Evaluation, participantId: string | undefined): Evaluation {
  const mine = participantId !== undefined && evaluation.answeredBy.includes(participantId);
  return { ...evaluation, answeredBy: mine ? [participantId] : [], answers: [] };
}

export function hasAnswered(state: MeetingState, participantId: string | undefined): boolean {
  return participantId !== undefined && state.evaluation.answeredBy.includes(participantId);
}

// ---------------------------------------------------------------- results

export interface ScoreSummary {
  count: number;
  /** null without answers. */
  mean: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

export interface MunicipalityScores {
  municipalityId: string;
  municipality: string;
  colour: string;
  count: number;
  /** null: fewer than `MIN_GROUP` answers, not shown (EV3). */
  summary: ScoreSummary | null;
}

export interface QuestionResult extends EvaluationQuestion {
  overall: ScoreSummary;
  byMunicipality: MunicipalityScores[];
}

export interface EvaluationReport {
  status: Evaluation['status'];
  /** How many phones answered, of how many on the roster. */
  answers: number;
  participants: number;
  freeTextPrompt: string | null;
  questions: QuestionResult[];
  /** The free-text answers, alphabetically (not in the order they came): only in the team's version. */
  freeText: string[];
}

export function summarise(scores: readonly number[]): ScoreSummary {
  const distribution: ScoreSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const s of scores) distribution[s - 1]! += 1;
  return {
    count: scores.length,
    mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    distribution,
  };
}

/** Per question the mean and distribution overall and per municipality that answered (EV3), and the free text. */
export function evaluationResults(state: MeetingState): EvaluationReport {
  const { questions, answers } = state.evaluation;
  const municipalities = state.municipalities.filter((m) => answers.some((a) => a.municipalityId === m.id));
  return {
    status: state.evaluation.status,
    answers: answers.length,
    participants: state.participants.length,
    freeTextPrompt: state.evaluation.freeText,
    questions: questions.map((q, i) => ({
      ...q,
      overall: summarise(answers.map((a) => a.scores[i]!)),
      byMunicipality: municipalities.map((m) => {
        const own = answers.filter((a) => a.municipalityId === m.id);
        return {
          municipalityId: m.id,
          municipality: m.name,
          colour: m.colour,
          count: own.length,
          summary: own.length >= MIN_GROUP ? summarise(own.map((a) => a.scores[i]!)) : null,
        };
      }),
    })),
    freeText: answers.flatMap((a) => (a.text ? [a.text] : [])).sort((a, b) => a.localeCompare(b, 'sv-SE')),
  };
}

/** The key the year report matches a question by across lärträffar (EV4): its text, case and spacing aside. */
export const questionKey = (text: string): string => nameKey(text);
