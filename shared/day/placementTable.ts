/**
 * The exercises as spreadsheet rows: every placement, and the check-in /
 * check-out comparison. Swedish headers and decimal commas, as Swedish Excel
 * reads them; names left out of anonymous exercises.
 */
import { lineScore, nearestCard } from './placement';
import type { Exercise, MeetingState } from '../protocol';
import { comparisonsOf, type ComparisonReport } from './report';
import { isoIn } from '../timeZone';

export type Rows = string[][];

/** "0,42": two decimals with a comma. */
export const num = (v: number | null) => (v === null ? '' : v.toFixed(2).replace('.', ','));
const kindName = (e: Exercise) => (e.kind === 'checkIn' ? 'Incheckning' : 'Utcheckning');

export function placementRows(state: MeetingState): Rows {
  const rows: Rows = [
    ['Övning', 'Typ', 'Påstående', 'Deltagare', 'Kommun', 'x', 'y', 'Närmaste kort', 'Avstånd', 'Poäng (0–100)', 'Tid'],
  ];
  for (const exercise of state.exercises) {
    for (const statement of exercise.statements) {
      for (const p of state.placements.filter((x) => x.statementId === statement.id)) {
        const person = state.participants.find((x) => x.id === p.participantId);
        const municipality = state.municipalities.find((m) => m.id === person?.municipalityId);
        const near = nearestCard(statement.board, p);
        rows.push([
          exercise.title,
          kindName(exercise),
          statement.text,
          exercise.anonymous ? '' : (person?.name ?? ''),
          municipality?.name ?? '',
          num(p.x),
          num(p.y),
          near.card.label,
          num(near.distance),
          String(lineScore(statement.board, p) ?? ''),
          isoIn(p.at, state.timeZone),
        ]);
      }
    }
  }
  return rows;
}

/**
 * Per statement: each person's move, then each municipality's mean, then the group's. `named`: with the
 * people's names (the team's files); the report to hand out has none (V2).
 */
export function comparisonRows(
  state: MeetingState,
  named = true,
  comparisons: readonly ComparisonReport[] = comparisonsOf(state),
): Rows {
  const rows: Rows = [
    [
      'Påstående',
      'Nivå',
      'Kommun',
      'Deltagare',
      'Antal',
      'Före x',
      'Före y',
      'Efter x',
      'Efter y',
      'Förflyttning',
      'Poängförändring',
    ],
  ];
  const municipality = (id: string | undefined) => state.municipalities.find((m) => m.id === id)?.name ?? '';
  // The comparisons the report makes: each day's, or the meeting's first check-in against its last check-out (G7).
  for (const pair of comparisons) {
    for (const c of pair.statements) {
      for (const m of c.moves) {
        const name =
          pair.anonymous || !named ? '' : (state.participants.find((p) => p.id === m.participantId)?.name ?? '');
        rows.push([
          c.text,
          'Deltagare',
          municipality(m.municipalityId),
          name,
          '1',
          num(m.from.x),
          num(m.from.y),
          num(m.to.x),
          num(m.to.y),
          num(m.distance),
          num(m.scoreDelta),
        ]);
      }
      for (const { municipalityId, shift } of c.byMunicipality) {
        rows.push([
          c.text,
          'Kommun',
          municipality(municipalityId),
          '',
          String(shift.n),
          '',
          '',
          '',
          '',
          num(shift.meanDistance),
          num(shift.meanScoreDelta),
        ]);
      }
      rows.push([
        c.text,
        'Hela gruppen',
        '',
        '',
        String(c.group.n),
        '',
        '',
        '',
        '',
        num(c.group.meanDistance),
        num(c.group.meanScoreDelta),
      ]);
    }
  }
  return rows;
}
