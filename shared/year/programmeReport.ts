/**
 * The programme's report over the year: who came to each lärträff, how the
 * statements asked more than once moved (shared/year/progression.ts), and how
 * well each day and its feedback rounds kept time (shared/day/report.ts).
 * Municipalities are matched by name, since each meeting has its own ids.
 * The answer's schema is in programmeApi.ts, so the organiser's page parses
 * it without loading what assembles it.
 */
import type { Programme } from './programme';
import { evaluationResults, questionKey } from '../day/evaluationResults';
import type { EvaluationLine, ProgrammeReport } from './programmeApi';
import { progression } from './progression';
import type { MeetingState } from '../protocol';
import { isOver, meetingAgendaOf, roundsOf } from '../day/report';
import { sameName } from '../day/roster';

/**
 * `states`: the live meetings by id; `dayStartOf` as in `dayStartMs`. Meetings
 * in the programme's order by number; a municipality that joined only on the
 * day (not in the programme) gets its own line.
 */
export type { ProgrammeReport };

export function programmeReport(
  doc: Programme,
  states: ReadonlyMap<string, MeetingState>,
  now: number,
  dayStartOf: (s: MeetingState) => number,
): ProgrammeReport {
  const planned = [...doc.meetings].sort((a, b) => a.number - b.number);
  const held = planned.map((m) => (m.meetingId ? states.get(m.meetingId) : undefined));
  const names = doc.municipalities.map((m) => m.name);
  for (const state of held)
    for (const m of state?.municipalities ?? []) {
      if (!names.some((n) => sameName(n, m.name)) && state!.participants.some((p) => p.municipalityId === m.id))
        names.push(m.name);
    }
  const attendance = names.map((name) => {
    const id = doc.municipalities.find((m) => sameName(m.name, name))?.id;
    return {
      municipality: name,
      enrolled: doc.participants.filter((p) => p.municipalityId === id).length,
      counts: held.map((state) => {
        if (!state) return null;
        const here = state.municipalities.filter((m) => sameName(m.name, name)).map((m) => m.id);
        return state.participants.filter((p) => here.includes(p.municipalityId)).length;
      }),
    };
  });
  const timing = planned.flatMap((m, i) => {
    const state = held[i];
    if (!state) return [];
    const agenda = meetingAgendaOf(state, now, dayStartOf(state));
    // A day that has not begun has no discipline to show, only a projection.
    if (!agenda.rows.some((r) => r.actualStart !== null)) return [];
    const phases = roundsOf(state).flatMap((c) => c.rows);
    return [
      {
        number: m.number,
        date: m.date,
        segmentsRun: agenda.rows.filter((r) => r.actualStart !== null).length,
        segmentsOver: agenda.overCount,
        driftMs: agenda.driftMs,
        phases: phases.length,
        phasesOver: phases.filter((r) => isOver(r.overMs)).length,
        meanPhaseOverMs: phases.length ? phases.reduce((s, r) => s + r.overMs, 0) / phases.length : null,
      },
    ];
  });
  return {
    name: doc.name,
    meetings: planned.map((m, i) => ({
      number: m.number,
      date: m.date,
      place: m.place ?? null,
      theme: m.theme ?? null,
      held: !!held[i],
    })),
    attendance,
    totals: held.map((state) => (state ? state.participants.length : null)),
    progression: progression(held.filter((s): s is MeetingState => !!s)),
    timing,
    evaluation: evaluationLines(held),
  };
}

/** Each question asked in a held meeting's evaluation, with its mean per meeting (EV4); questions matched by text. */
function evaluationLines(held: readonly (MeetingState | undefined)[]): EvaluationLine[] {
  const lines = new Map<string, EvaluationLine>();
  held.forEach((state, i) => {
    if (!state || state.evaluation.status === 'draft') return;
    for (const q of evaluationResults(state).questions) {
      const key = questionKey(q.text);
      const line = lines.get(key) ?? {
        question: q.text,
        means: held.map(() => null),
        counts: held.map(() => null),
      };
      line.means[i] = q.overall.mean;
      line.counts[i] = q.overall.count;
      lines.set(key, line);
    }
  });
  return [...lines.values()];
}
