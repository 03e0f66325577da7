/**
 * The day's evaluation on paper (SPEC.md, EV1, EV3, EV4): the questions the
 * console offers, and per question the mean and distribution overall and per
 * municipality, shown only from `MIN_GROUP` answers so nobody's scores can be
 * read off. Apart from evaluation.ts so the phone's bundle leaves it out.
 */
import type { Evaluation, EvaluationQuestion, MeetingState } from '../protocol';
import { nameKey } from './roster';

/**
 * The questions the console offers, in Swedish, for the team to keep or change
 * (EV1); saved with the meeting when the facilitator saves or opens them. Not
 * in the state before that, so a phone never downloads them.
 */
export const DEFAULT_EVALUATION: Pick<Evaluation, 'questions' | 'freeText'> = {
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
};

/** Below this many answers a municipality's figures are not shown (EV3): one or two answers would name their givers. */
export const MIN_GROUP = 3;

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
  /** null: not shown, for fewer than `MIN_GROUP` answers here or among the others not shown (EV3). */
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

/**
 * The municipalities whose figures show (EV3): those with `MIN_GROUP` answers,
 * less the smallest of them while the ones left out add up to 1 or 2 answers,
 * which the whole group's figures minus the shown ones would give away.
 */
export function shownMunicipalities(counts: ReadonlyMap<string, number>): Set<string> {
  const shown = [...counts].filter(([, n]) => n >= MIN_GROUP).sort((a, b) => a[1] - b[1]);
  let hidden = [...counts.values()].reduce((sum, n) => sum + n, 0) - shown.reduce((sum, [, n]) => sum + n, 0);
  while (hidden > 0 && hidden < MIN_GROUP && shown.length) hidden += shown.shift()![1];
  return new Set(shown.map(([id]) => id));
}

/** Per question the mean and distribution overall and per municipality that answered (EV3), and the free text. */
export function evaluationResults(state: MeetingState): EvaluationReport {
  const { questions, answers } = state.evaluation;
  const municipalities = state.municipalities.filter((m) => answers.some((a) => a.municipalityId === m.id));
  const shown = shownMunicipalities(
    new Map(municipalities.map((m) => [m.id, answers.filter((a) => a.municipalityId === m.id).length])),
  );
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
          summary: shown.has(m.id) ? summarise(own.map((a) => a.scores[i]!)) : null,
        };
      }),
    })),
    freeText: answers.flatMap((a) => (a.text ? [a.text] : [])).sort((a, b) => a.localeCompare(b, 'sv-SE')),
  };
}

/** The key the year report matches a question by across lärträffar (EV4): its text, case and spacing aside. */
export const questionKey = (text: string): string => nameKey(text);
