/**
 * Where a participant should be and when: the phone's answer to "where do I
 * go now?" for their own cluster ("Återsamling 10.45 i kommunklustren:
 * Kluster 2, rum B").
 */
import { currentDay, dayAgenda, runOrder } from '../../../shared/day/agenda';
import { clusterOf } from '../../../shared/day/cluster';
import type { Cluster, Segment, StateApartFromPlacements } from '../../../shared/protocol';
import { dayCount, dayOf } from '../../../shared/day/days';
import { dayStep, nowAndNext } from './agenda';

export type WhereToBe =
  | { kind: 'notStarted'; next: Segment | null }
  | { kind: 'ended' }
  | { kind: 'teamOnly'; next: Segment | null }
  | { kind: 'plenary'; segment: Segment }
  | { kind: 'cluster'; segment: Segment; cluster: Cluster | null }
  | { kind: 'break'; segment: Segment; regroup: { at: string; cluster: Cluster | null } | null };

const TEAM_ONLY: readonly Segment['kind'][] = ['teamCheckIn', 'teamCheckOut'];

export function isTeamOnly(segment: Segment): boolean {
  return TEAM_ONLY.includes(segment.kind);
}

/**
 * The participants' part of the day is over (G3): something for the room has
 * run and nothing for the room is left to run, so the team's check-out (or the
 * pause before it) is the end of the day for phones and the projector.
 */
export function roomDayOver(state: StateApartFromPlacements): boolean {
  const forRoom = (s: Segment) => !isTeamOnly(s);
  return (
    state.agenda.some((s) => forRoom(s) && s.actualStart !== undefined) &&
    !runOrder(state.agenda, state.currentSegmentId).some(forRoom) &&
    !state.agenda.some((s) => s.id === state.currentSegmentId && forRoom(s))
  );
}

/**
 * A day of several is over for the room and a later day is to come (G3, G5):
 * the day's number, or null. From the team's check-out that ends it until
 * the next day starts.
 */
export function roomDayOverUntil(state: StateApartFromPlacements): number | null {
  const days = dayCount(state.agenda);
  if (days === 1) return null;
  const step = dayStep(state);
  const { now } = nowAndNext(state);
  if (!now && step && 'start' in step && step.start > 1) return step.start - 1;
  const day = now ? dayOf(now) : currentDay(state);
  return day < days && roomDayOver(dayAgenda(state, day)) ? day : null;
}

export function whereToBe(state: StateApartFromPlacements, participantId: string | undefined): WhereToBe {
  const { phase, now, next } = nowAndNext(state);
  const me = state.participants.find((p) => p.id === participantId);
  const cluster = (me && clusterOf(state, me.municipalityId)) ?? null;
  if (phase === 'ended') return { kind: 'ended' };
  // Not started, or between two segments: what comes next is where to be.
  if (!now) return { kind: 'notStarted', next: next && !isTeamOnly(next) ? next : null };
  if (isTeamOnly(now)) return { kind: 'teamOnly', next: next && !isTeamOnly(next) ? next : null };
  if (now.kind === 'clusterWork') return { kind: 'cluster', segment: now, cluster };
  if (now.kind === 'break') {
    return {
      kind: 'break',
      segment: now,
      regroup: next?.kind === 'clusterWork' ? { at: next.plannedStart, cluster } : null,
    };
  }
  return { kind: 'plenary', segment: now };
}
