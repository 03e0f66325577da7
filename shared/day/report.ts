/**
 * The meeting's report: the day on paper for the team and the municipalities.
 * One small function per section, so a section can be added (or left out)
 * without touching the others; `meetingReport` puts them together. Pure: the
 * time now and the day's start come in as arguments. The numbers come from
 * the modules that already hold them (schedule, placement), never re-derived.
 */
import { asTheRoomSees } from './anonymousExercise';
import { evaluationResults, type EvaluationReport } from './evaluationResults';
import {
  byMirror,
  byMirrorOrText,
  compareExercises,
  overallShift,
  type Shift,
  type StatementComparison,
  type StatementMatch,
} from './placement';
import { dayCount, dayOf } from './days';
import { dayHasEnded } from './meeting';
import type { Exercise, FeedbackPhase, MeetingState, SegmentKind, TeamEntry, TeamNote } from '../protocol';
import { daySlice, dayStartMs, runDate, schedule, type SegmentStatus } from './schedule';

const MINUTE = 60_000;

/** A minute's grace: a hand reaching for the button is not overtime. */
export const GRACE_MS = MINUTE;
export const isOver = (overMs: number | null): boolean => overMs !== null && overMs > GRACE_MS;

const byName = (a: string, b: string) => a.localeCompare(b, 'sv-SE');
const nameIn = (list: readonly { id: string; name: string }[], id: string) =>
  list.find((x) => x.id === id)?.name ?? '?';

// ---------------------------------------------------------------- attendance

export interface AttendanceRow {
  municipalityId: string;
  municipality: string;
  colour: string;
  count: number;
  /** Who came, alphabetically: for the team's version only. */
  names: string[];
}

export interface Attendance {
  rows: AttendanceRow[];
  total: number;
}

/** Who joined, per municipality: every municipality of the meeting, also one nobody came from. */
export function attendanceOf(state: MeetingState): Attendance {
  const rows = state.municipalities.map((m) => {
    const here = state.participants.filter((p) => p.municipalityId === m.id);
    // An anonymous meeting counts its participants but has no names to list.
    const names = here.flatMap((p) => (p.name ? [p.name] : [])).sort(byName);
    return { municipalityId: m.id, municipality: m.name, colour: m.colour, count: here.length, names };
  });
  return { rows, total: state.participants.length };
}

// ---------------------------------------------------------------- agenda

export interface AgendaRow {
  segmentId: string;
  title: string;
  kind: SegmentKind;
  status: SegmentStatus;
  plannedStart: number;
  plannedMinutes: number;
  actualStart: number | null;
  actualEnd: number | null;
  /** How long it ran, once it has ended. */
  actualMs: number | null;
  /** Ran minus planned: positive is over. */
  overMs: number | null;
}

export interface AgendaReport {
  rows: AgendaRow[];
  plannedEnd: number;
  /** When the last segment ended, once the day has. */
  actualEnd: number | null;
  /** The day's (projected) end minus its planned end: positive means it ran late. */
  driftMs: number;
  /** Segments that ran more than the grace over their planned length. */
  overCount: number;
}

/** The plan against what happened, from the console's own schedule (`dayStart` as there). */
export function agendaOf(state: MeetingState, now: number, dayStart: number): AgendaReport {
  const day = schedule(state, now, dayStart);
  const rows = day.rows.map(({ segment, status, plannedStart }): AgendaRow => {
    const actualStart = segment.actualStart ?? null;
    const actualEnd = status === 'done' ? (segment.actualEnd ?? null) : null;
    const actualMs = actualStart !== null && actualEnd !== null ? actualEnd - actualStart : null;
    return {
      segmentId: segment.id,
      title: segment.title,
      kind: segment.kind,
      status,
      plannedStart,
      plannedMinutes: segment.plannedMinutes,
      actualStart,
      actualEnd,
      actualMs,
      overMs: actualMs === null ? null : actualMs - segment.plannedMinutes * MINUTE,
    };
  });
  const ends = rows.flatMap((r) => (r.actualEnd === null ? [] : [r.actualEnd]));
  return {
    rows,
    plannedEnd: day.plannedEnd,
    actualEnd: dayHasEnded(state) && ends.length ? Math.max(...ends) : null,
    driftMs: day.driftMs,
    overCount: rows.filter((r) => isOver(r.overMs)).length,
  };
}

// ---------------------------------------------------------------- check-in vs check-out

export interface ComparisonReport {
  checkInId: string;
  checkOutId: string;
  title: string;
  anonymous: boolean;
  statements: StatementComparison[];
  overall: Shift;
}

function comparison(state: MeetingState, checkIn: Exercise, checkOut: Exercise, meeting: boolean): ComparisonReport {
  const statements = compareExercises(state, checkIn, checkOut, meeting ? byMirrorOrText : byMirror);
  return {
    checkInId: checkIn.id,
    checkOutId: checkOut.id,
    title: checkIn.title,
    anonymous: checkOut.anonymous,
    statements,
    overall: overallShift(statements),
  };
}

/** When the first placement on an exercise came; null before anyone placed. */
function placedAt(state: MeetingState, exercise: Exercise): number | null {
  const ids = new Set(exercise.statements.map((s) => s.id));
  const times = state.placements.filter((p) => ids.has(p.statementId)).map((p) => p.at);
  return times.length ? Math.min(...times) : null;
}

/**
 * Each check-out against the check-in it mirrors (shared/day/placement.ts does
 * the comparing). With the comparison over the whole meeting (G7): the
 * meeting's first check-in against its last check-out, a statement with the
 * one it mirrors or else the one of the same text.
 */
export function comparisonsOf(state: MeetingState): ComparisonReport[] {
  if (state.comparisonSpan === 'meeting') {
    const placed = (kind: Exercise['kind']) =>
      state.exercises
        .flatMap((e) => {
          const at = placedAt(state, e);
          return e.kind === kind && at !== null ? [{ e, at }] : [];
        })
        .sort((a, b) => a.at - b.at);
    const first = placed('checkIn')[0]?.e;
    const last = placed('checkOut').at(-1)?.e;
    return first && last ? [comparison(state, first, last, true)] : [];
  }
  return state.exercises.flatMap((checkOut) => {
    const checkIn = state.exercises.find((e) => e.id === checkOut.mirrorOf);
    return checkIn ? [comparison(state, checkIn, checkOut, false)] : [];
  });
}

/**
 * What the screens compare a check-out with (G7): the check-in it mirrors;
 * with the comparison over the whole meeting, the meeting's last check-out
 * with its first check-in, as the report does.
 */
export function comparedWith(
  state: MeetingState,
  checkOut: Exercise,
): { checkIn: Exercise; match: StatementMatch } | null {
  const whole = state.comparisonSpan === 'meeting' ? comparisonsOf(state)[0] : undefined;
  const first = whole?.checkOutId === checkOut.id && state.exercises.find((e) => e.id === whole.checkInId);
  if (first) return { checkIn: first, match: byMirrorOrText };
  const mirrored = state.exercises.find((e) => e.id === checkOut.mirrorOf);
  return mirrored ? { checkIn: mirrored, match: byMirror } : null;
}

/** The day a moment belongs to: that of the last segment to start by then (day 1 before anything started). */
export function dayAt(state: MeetingState, at: number): number {
  let day = 1;
  let latest = -Infinity;
  for (const s of state.agenda) {
    if (s.actualStart !== undefined && s.actualStart <= at && s.actualStart >= latest) {
      latest = s.actualStart;
      day = dayOf(s);
    }
  }
  return day;
}

// ---------------------------------------------------------------- feedback rounds

export interface TimingRow {
  municipalityId: string;
  municipality: string;
  phase: FeedbackPhase;
  startedAt: number;
  plannedMs: number;
  actualMs: number;
  overMs: number;
}

export interface MunicipalityTiming {
  municipalityId: string;
  municipality: string;
  plannedMs: number;
  actualMs: number;
  /** Phases over by more than the grace. */
  phasesOver: number;
}

export interface ClusterTiming {
  clusterId: string;
  cluster: string;
  supervisor: string | null;
  room: string | null;
  rows: TimingRow[];
  byMunicipality: MunicipalityTiming[];
  plannedMs: number;
  actualMs: number;
}

/** The rounds' timing log per cluster: every phase planned vs actual, and per municipality the sums. */
export function roundsOf(state: MeetingState): ClusterTiming[] {
  return state.clusters.flatMap((cluster) => {
    const rows = state.timingLog
      .filter((e) => e.clusterId === cluster.id)
      .map((e): TimingRow => {
        const actualMs = e.endedAt - e.startedAt;
        return {
          municipalityId: e.municipalityId,
          municipality: nameIn(state.municipalities, e.municipalityId),
          phase: e.phase,
          startedAt: e.startedAt,
          plannedMs: e.plannedMs,
          actualMs,
          overMs: actualMs - e.plannedMs,
        };
      });
    if (!rows.length) return [];
    const municipalities = [...new Set(rows.map((r) => r.municipalityId))];
    const sum = (list: readonly TimingRow[], key: 'plannedMs' | 'actualMs') => list.reduce((s, r) => s + r[key], 0);
    return [
      {
        clusterId: cluster.id,
        cluster: cluster.name,
        supervisor: cluster.supervisor ?? null,
        room: cluster.room ?? null,
        rows,
        byMunicipality: municipalities.map((id) => {
          const own = rows.filter((r) => r.municipalityId === id);
          return {
            municipalityId: id,
            municipality: nameIn(state.municipalities, id),
            plannedMs: sum(own, 'plannedMs'),
            actualMs: sum(own, 'actualMs'),
            phasesOver: own.filter((r) => isOver(r.overMs)).length,
          };
        }),
        plannedMs: sum(rows, 'plannedMs'),
        actualMs: sum(rows, 'actualMs'),
      },
    ];
  });
}

/** The municipalities that presented in a round (a phase of theirs ended), in the rounds' order: whose EOR boards the report carries. */
export function presentedIn(rounds: readonly ClusterTiming[]): MunicipalityTiming[] {
  return rounds.flatMap((c) => c.byMunicipality);
}

export interface QueuedQuestion {
  text: string;
  /** The asker's municipality, never their name. */
  from: string;
  at: number;
  taken: boolean;
}

export interface MunicipalityQuestions {
  municipalityId: string;
  municipality: string;
  cluster: string;
  questions: QueuedQuestion[];
}

/** The questions the other municipalities queued, under the municipality whose presentation they were about. */
export function questionsOf(state: MeetingState): MunicipalityQuestions[] {
  const municipalityOf = new Map(state.participants.map((p) => [p.id, p.municipalityId]));
  const groups = new Map<string, MunicipalityQuestions>();
  for (const q of state.questionLog) {
    const group = groups.get(q.municipalityId) ?? {
      municipalityId: q.municipalityId,
      municipality: nameIn(state.municipalities, q.municipalityId),
      cluster: nameIn(state.clusters, q.clusterId),
      questions: [],
    };
    const asker = municipalityOf.get(q.participantId);
    group.questions.push({
      text: q.text,
      from: asker ? nameIn(state.municipalities, asker) : '?',
      at: q.at,
      taken: q.taken,
    });
    groups.set(q.municipalityId, group);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------- team

/** A note with the names of what it is tagged with (O2): null when untagged, or its segment has left the agenda. */
export interface PlacedNote extends TeamNote {
  segment: string | null;
  municipality: string | null;
}

/** Where the report puts notes (O2): under a segment, under a municipality, or with the day as a whole. */
export type NoteGroup =
  | { kind: 'segment'; segmentId: string; title: string; notes: PlacedNote[] }
  | { kind: 'municipality'; municipalityId: string; title: string; notes: PlacedNote[] }
  | { kind: 'day'; notes: PlacedNote[] };

export interface TeamReport {
  checkIn: TeamEntry[];
  checkOut: TeamEntry[];
  notes: PlacedNote[];
  /** The notes placed: segments in agenda order, then municipalities in the meeting's order, then the rest. */
  noteGroups: NoteGroup[];
}

/**
 * The notes by where they belong (O2): a note tagged with a segment goes under
 * that segment (naming its municipality too, when it has one), one tagged only
 * with a municipality under the municipality, the rest under the day.
 */
export function noteGroupsOf(state: MeetingState, notes: readonly PlacedNote[]): NoteGroup[] {
  const onAgenda = (n: PlacedNote) => n.segment !== null;
  const segments = state.agenda.flatMap((s): NoteGroup[] => {
    const mine = notes.filter((n) => onAgenda(n) && n.segmentId === s.id);
    return mine.length ? [{ kind: 'segment', segmentId: s.id, title: s.title, notes: mine }] : [];
  });
  const municipalities = state.municipalities.flatMap((m): NoteGroup[] => {
    const mine = notes.filter((n) => !onAgenda(n) && n.municipalityId === m.id);
    return mine.length ? [{ kind: 'municipality', municipalityId: m.id, title: m.name, notes: mine }] : [];
  });
  const rest = notes.filter((n) => !onAgenda(n) && n.municipality === null);
  return [...segments, ...municipalities, ...(rest.length ? [{ kind: 'day' as const, notes: rest }] : [])];
}

/** The team's own rounds and the evaluator's notes (SPEC.md, V2: only ever in the team's version). */
export function teamOf(state: MeetingState): TeamReport {
  const notes = state.teamNotes.map((n): PlacedNote => ({
    ...n,
    segment: state.agenda.find((s) => s.id === n.segmentId)?.title ?? null,
    municipality: state.municipalities.find((m) => m.id === n.municipalityId)?.name ?? null,
  }));
  return {
    checkIn: state.teamEntries.filter((e) => e.round === 'checkIn'),
    checkOut: state.teamEntries.filter((e) => e.round === 'checkOut'),
    notes,
    noteGroups: noteGroupsOf(state, notes),
  };
}

// ---------------------------------------------------------------- the day's evaluation

/** The evaluation's results (EV3), once it has been opened; outside the team's version without municipalities or free text. */
export function evaluationOf(state: MeetingState, forTeam: boolean): EvaluationReport | null {
  if (state.evaluation.status === 'draft') return null;
  const results = evaluationResults(state);
  if (forTeam) return results;
  return { ...results, questions: results.questions.map((q) => ({ ...q, byMunicipality: [] })), freeText: [] };
}

// ---------------------------------------------------------------- the report

/** One day of a meeting of several days (G6): its agenda against its own clock, and the comparisons made on it. */
export interface DayReport {
  day: number;
  /** The date it ran on, or is planned for. */
  date: string;
  agenda: AgendaReport;
  /** Each day's check-in against its check-out (G7); empty when the comparison spans the meeting. */
  comparisons: ComparisonReport[];
}

export interface MeetingReport {
  meeting: {
    meetingId: string;
    name: string;
    date: string;
    /** The zone its times of day are read in (T5). */
    timeZone: string;
    code: string;
    programmeId: string | null;
  };
  attendance: Attendance;
  /** The whole meeting: with several days, every day's rows, ending with the last day's end and drift. */
  agenda: AgendaReport;
  /** Every comparison of the meeting. */
  comparisons: ComparisonReport[];
  /** Day by day; a one-day meeting has one, the same as the whole. */
  days: DayReport[];
  rounds: ClusterTiming[];
  questions: MunicipalityQuestions[];
  /**
   * The day's evaluation once opened (EV3): the handout has each question's
   * figures for the whole group; the team's version adds the municipalities and the free text.
   */
  evaluation: EvaluationReport | null;
  /** Only in the team's version: null in what is handed out. */
  team: TeamReport | null;
}

export interface ReportOptions {
  now: number;
  /** Epoch ms of the first segment's planned start (see `dayStartMs`); a meeting of several days finds each day's. */
  dayStart: number;
  /** The team's version: with the team's rounds, the evaluator's notes and who came by name. */
  forTeam: boolean;
}

/** Day by day (G6): each day's agenda from its own start, and the comparisons whose check-out was placed on it. */
export function daysOf(state: MeetingState, now: number, comparisons: readonly ComparisonReport[]): DayReport[] {
  const perDay = state.comparisonSpan !== 'meeting';
  return Array.from({ length: dayCount(state.agenda) }, (_, i) => {
    const day = daySlice(state, i + 1, now);
    const checkedOut = (c: ComparisonReport) => {
      const out = state.exercises.find((e) => e.id === c.checkOutId);
      const at = out ? placedAt(state, out) : null;
      return at === null ? 1 : dayAt(state, at);
    };
    return {
      day: i + 1,
      date: runDate(day, now),
      agenda: agendaOf(day, now, dayStartMs(day, now)),
      comparisons: perDay ? comparisons.filter((c) => checkedOut(c) === i + 1) : [],
    };
  });
}

/**
 * The whole meeting's agenda (`dayStart` as in `agendaOf`): a one-day meeting's
 * own; with several days (G6), every day's rows, the last day's ends and drift.
 */
export function meetingAgendaOf(
  state: MeetingState,
  now: number,
  dayStart: number,
  days: readonly DayReport[] = daysOf(state, now, []),
): AgendaReport {
  if (days.length === 1) return agendaOf(state, now, dayStart);
  const last = days.at(-1)!.agenda;
  return {
    rows: days.flatMap((d) => d.agenda.rows),
    plannedEnd: last.plannedEnd,
    actualEnd: dayHasEnded(state) ? last.actualEnd : null,
    driftMs: last.driftMs,
    overCount: days.reduce((n, d) => n + d.agenda.overCount, 0),
  };
}

export function meetingReport(state: MeetingState, { now, dayStart, forTeam }: ReportOptions): MeetingReport {
  const attendance = attendanceOf(state);
  // Handed out, an anonymous exercise's moves are by pseudonym, as on the projector (PD7).
  const comparisons = comparisonsOf(forTeam ? state : asTheRoomSees(state));
  const days = daysOf(state, now, comparisons);
  return {
    meeting: {
      meetingId: state.meetingId,
      name: state.name,
      date: state.date,
      timeZone: state.timeZone,
      code: state.code,
      programmeId: state.programmeId ?? null,
    },
    attendance: forTeam ? attendance : { ...attendance, rows: attendance.rows.map((r) => ({ ...r, names: [] })) },
    agenda: meetingAgendaOf(state, now, dayStart, days),
    comparisons,
    days,
    rounds: roundsOf(state),
    questions: questionsOf(state),
    evaluation: evaluationOf(state, forTeam),
    team: forTeam ? teamOf(state) : null,
  };
}

/** What GET /api/meetings/:id/export/:file serves the team. */
export const MEETING_EXPORTS = ['placements.csv', 'comparison.csv', 'report.csv', 'report.json'] as const;
export type MeetingExport = (typeof MEETING_EXPORTS)[number];
