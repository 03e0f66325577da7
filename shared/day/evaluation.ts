/**
 * The day's evaluation (SPEC.md, EV1–EV4): a few 1–5 questions the team sets
 * and one free-text line, offered on the phones at the end of the day. Each
 * phone answers once; an answer carries its municipality, never its
 * participant. The results and the console's default questions are in
 * evaluationResults.ts, so a phone does not download them.
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Actor, Command, Evaluation, EvaluationAnswer, MeetingEvent, MeetingState } from '../protocol';

/** A meeting's evaluation before the team saves its questions: none yet (EV1). */
export const NO_EVALUATION: Evaluation = {
  questions: [],
  freeText: null,
  status: 'draft',
  answeredBy: [],
  answers: [],
};

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
      if (command.open && evaluation.questions.length === 0) return fail('conflict', 'no questions saved yet');
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

type Answered = Extract<MeetingEvent, { type: 'evaluationAnswered' }>;

/**
 * The evaluation after an answer, or the half of it a viewer got: the answers
 * kept in the order of their random ids, not of arrival, and who answered apart.
 */
export function withAnswer(evaluation: Evaluation, { participantId, answer }: Answered): Evaluation {
  const answers = answer
    ? [...evaluation.answers, answer].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : evaluation.answers;
  const answeredBy = participantId ? [...evaluation.answeredBy, participantId] : evaluation.answeredBy;
  return { ...evaluation, answers, answeredBy };
}

/**
 * The evaluation as a viewer may hold it (EV2): the console and the evaluator
 * (`withAnswers`) the answers but not who gave them; a phone only whether it
 * has answered itself; the rest neither.
 */
export function evaluationFor(
  evaluation: Evaluation,
  participantId: string | undefined,
  withAnswers = false,
): Evaluation {
  const mine = participantId !== undefined && evaluation.answeredBy.includes(participantId);
  return { ...evaluation, answeredBy: mine ? [participantId] : [], answers: withAnswers ? evaluation.answers : [] };
}

/** An answer's event as a viewer gets it (EV2): its own phone that it answered, the team the answer alone. */
export function answeredFor(event: Answered, viewer: Actor): Answered {
  if (viewer.participantId !== undefined && viewer.participantId === event.participantId)
    return { type: event.type, participantId: event.participantId };
  return event.answer ? { type: event.type, answer: event.answer } : { type: event.type };
}

export function hasAnswered(state: MeetingState, participantId: string | undefined): boolean {
  return participantId !== undefined && state.evaluation.answeredBy.includes(participantId);
}
