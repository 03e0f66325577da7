/** What the agenda shows now: pure functions of the meeting state. */
import { nextSegment } from '../../../shared/agenda';
import type { MeetingState, Segment } from '../../../shared/protocol';

export type DayPhase = 'notStarted' | 'running' | 'ended';

export interface NowAndNext {
  phase: DayPhase;
  now: Segment | null;
  next: Segment | null;
}

export function nowAndNext(state: MeetingState): NowAndNext {
  const now = state.agenda.find((s) => s.id === state.currentSegmentId) ?? null;
  const started = state.agenda.some((s) => s.actualStart !== undefined);
  const phase: DayPhase = now ? 'running' : started ? 'ended' : 'notStarted';
  const next = phase === 'ended' ? null : nextSegment(state.agenda, state.currentSegmentId);
  return { phase, now, next };
}

export type SegmentStatus = 'done' | 'current' | 'upcoming';

export function segmentStatus(state: MeetingState, segment: Segment): SegmentStatus {
  if (segment.id === state.currentSegmentId) return 'current';
  return segment.actualEnd !== undefined ? 'done' : 'upcoming';
}

/** The kind's label is shown beside a title only when the title does not already say it. */
export function showsKind(title: string, kindLabel: string): boolean {
  return !title.toLocaleLowerCase('sv-SE').includes(kindLabel.toLocaleLowerCase('sv-SE'));
}
