/** What the console's run view puts in front of the project leader now: pure functions of the meeting state. */
import { isDone } from '../../../shared/day/feedbackRound';
import type { Exercise, MeetingState, Statement } from '../../../shared/protocol';

export type ConsoleFocus =
  | { kind: 'exercise'; exercise: Exercise }
  | { kind: 'clusters' }
  /** Before the day and between the parts: the code, the QR and who has come. */
  | { kind: 'arrival' };

/**
 * An exercise being run comes first; then the exercise the current segment is
 * for (the latest of its kind); then the clusters' rounds while cluster work
 * runs or any round is unfinished; otherwise the arrival.
 */
export function consoleFocus(state: MeetingState): ConsoleFocus {
  const running = state.exercises.find((e) => e.id === state.exerciseRun?.exerciseId);
  if (running) return { kind: 'exercise', exercise: running };
  const segment = state.agenda.find((s) => s.id === state.currentSegmentId);
  if (segment?.kind === 'checkIn' || segment?.kind === 'checkOut') {
    const exercise = state.exercises.findLast((e) => e.kind === segment.kind);
    if (exercise) return { kind: 'exercise', exercise };
  }
  if (state.clusters.length && (segment?.kind === 'clusterWork' || state.feedbackRuns.some((r) => !isDone(r)))) {
    return { kind: 'clusters' };
  }
  return { kind: 'arrival' };
}

/** The statement after the open one, for "Nästa påstående"; null on the last one or when none is open. */
export function nextStatement(state: Pick<MeetingState, 'exerciseRun'>, exercise: Exercise): Statement | null {
  const run = state.exerciseRun;
  if (!run || run.exerciseId !== exercise.id) return null;
  const at = exercise.statements.findIndex((s) => s.id === run.statementId);
  return at >= 0 ? (exercise.statements[at + 1] ?? null) : null;
}
