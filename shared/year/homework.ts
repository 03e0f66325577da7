/**
 * Homework between lärträffar: the facilitator sets an assignment for the
 * next meeting ("Formulera er EOR", "Gör en bakåtplan"), each municipality
 * hands in its answer through its own link, and the supervisor of its cluster
 * reads it and writes feedback. Schemas and the supervisor's overview; pure.
 */
import * as z from 'zod/mini';
import type { Programme } from './programme';
import { Id, Text } from '../protocol';

/** The programme's secret links below the organiser's: a municipality's own, or a cluster supervisor's. */
export const LINK_KINDS = ['municipality', 'supervisor'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const MAX_ANSWER_CHARS = 8000;
export const MAX_ASSIGNMENTS = 50;

const Title = Text(120, 1);

/** Body of POST /api/programmes/:id/homework. */
export const NewAssignment = z.object({
  title: Title,
  instructions: Text(2000),
  /** The planned meeting it is due for. */
  programmeMeetingId: z.optional(Id),
});
export type NewAssignment = z.infer<typeof NewAssignment>;

export const Assignment = z.extend(NewAssignment, { id: Id, createdAt: z.int() });
export type Assignment = z.infer<typeof Assignment>;

/** Body of PUT …/homework/:assignmentId/answers/:municipalityId. */
export const AnswerRequest = z.object({
  answer: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'the answer is empty'),
      z.maxLength(MAX_ANSWER_CHARS, `at most ${MAX_ANSWER_CHARS} characters`),
    ),
});
/** Body of PUT …/homework/:assignmentId/feedback/:municipalityId. */
export const FeedbackRequest = z.object({ feedback: Text(MAX_ANSWER_CHARS) });

export const Answer = z.object({
  assignmentId: Id,
  municipalityId: Id,
  answer: z.string(),
  answeredAt: z.int(),
  feedback: z.optional(z.string()),
  feedbackAt: z.optional(z.int()),
});
export type Answer = z.infer<typeof Answer>;

/** GET …/homework: what the link may see (a municipality: its own answers; a supervisor: its cluster's). */
export const HomeworkResponse = z.object({
  assignments: z.array(Assignment),
  answers: z.array(Answer),
  /** The municipalities whose answers this link sees, in programme order. */
  municipalities: z.array(z.object({ id: Id, name: z.string() })),
});
export type HomeworkResponse = z.infer<typeof HomeworkResponse>;

/** The municipalities a link answers for or reads: its own, its cluster's, or every one for the organiser. */
export function municipalitiesFor(
  doc: Programme,
  access: { kind: 'organiser' } | { kind: LinkKind; subjectId: string },
): Programme['municipalities'] {
  switch (access.kind) {
    case 'organiser':
      return doc.municipalities;
    case 'municipality':
      return doc.municipalities.filter((m) => m.id === access.subjectId);
    case 'supervisor': {
      const cluster = doc.clusters.find((c) => c.id === access.subjectId);
      return doc.municipalities.filter((m) => cluster?.municipalityIds.includes(m.id));
    }
  }
}

export type AnswerState = 'missing' | 'handedIn' | 'answered';

/** Per assignment and municipality: nothing yet, handed in, or handed in and given feedback (after the latest answer). */
export function answerState(answers: readonly Answer[], assignmentId: string, municipalityId: string): AnswerState {
  const a = answers.find((x) => x.assignmentId === assignmentId && x.municipalityId === municipalityId);
  if (!a) return 'missing';
  return a.feedback && (a.feedbackAt ?? 0) >= a.answeredAt ? 'answered' : 'handedIn';
}
