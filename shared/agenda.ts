/** The meeting's run of show: the default day, and moving between segments. */
import type { Segment, SegmentPlan } from './protocol';

/** The standard lärträff day of DESIGN.md; the facilitator edits it. */
export const DEFAULT_AGENDA: readonly SegmentPlan[] = [
  { kind: 'teamCheckIn', title: 'Teamets incheckning', plannedStart: '08:00', plannedMinutes: 30 },
  { kind: 'break', title: 'Morgonkaffe och mingel', plannedStart: '08:30', plannedMinutes: 30 },
  { kind: 'checkIn', title: 'Incheckningsövning', plannedStart: '09:00', plannedMinutes: 30 },
  { kind: 'presentation', title: 'Dagens tema', plannedStart: '09:30', plannedMinutes: 60 },
  { kind: 'break', title: 'Kaffe – återsamling 10.45 i kommunklustren', plannedStart: '10:30', plannedMinutes: 15 },
  { kind: 'clusterWork', title: 'EOR-återkoppling i kommunklustren', plannedStart: '10:45', plannedMinutes: 75 },
  { kind: 'break', title: 'Lunch', plannedStart: '12:00', plannedMinutes: 60 },
  { kind: 'clusterWork', title: 'Grupparbete', plannedStart: '13:00', plannedMinutes: 90 },
  { kind: 'plenary', title: 'Helgrupp: summering och nästa lärträff', plannedStart: '14:30', plannedMinutes: 60 },
  { kind: 'checkOut', title: 'Utcheckningsövning', plannedStart: '15:30', plannedMinutes: 30 },
  { kind: 'teamCheckOut', title: 'Teamets utcheckning', plannedStart: '16:00', plannedMinutes: 30 },
];

/** Gives each planned segment an id. */
export function buildAgenda(plans: readonly SegmentPlan[], newId: () => string): Segment[] {
  return plans.map((plan) => ({ ...plan, id: newId() }));
}

export function segmentIndex(agenda: readonly Segment[], id: string | null): number {
  return id === null ? -1 : agenda.findIndex((s) => s.id === id);
}

/** The segment after `id` (the first one when `id` is null), or null at the end of the day. */
export function nextSegment(agenda: readonly Segment[], id: string | null): Segment | null {
  return agenda[segmentIndex(agenda, id) + 1] ?? null;
}

/** Records that the day moved from one segment to another at `at`. */
export function moveAgenda(agenda: readonly Segment[], fromId: string | null, toId: string | null, at: number): Segment[] {
  return agenda.map((s) => {
    if (s.id === fromId) return { ...s, actualEnd: at };
    if (s.id === toId) return { ...s, actualStart: at, actualEnd: undefined };
    return s;
  });
}
