/**
 * Progression across the programme: a statement asked at several meetings
 * (matched by its text) and where the group and each municipality stood at
 * each one. Municipalities are matched by name, since each meeting has its
 * own ids.
 */
import * as z from 'zod/mini';
import { lineScore } from '../day/placement';
import { Board, EXERCISE_KINDS, type MeetingState, type Placement, type Statement } from '../protocol';
import { nameKey, sameName } from '../day/roster';

const Standing = z.object({
  n: z.int(),
  /** Line boards: the mean score (0–100); otherwise null. */
  meanScore: z.nullable(z.number()),
  /** The mean position on the board. */
  centroid: z.object({ x: z.number(), y: z.number() }),
});
export type Standing = z.infer<typeof Standing>;

const ProgressionPoint = z.object({
  meetingId: z.string(),
  meetingName: z.string(),
  date: z.string(),
  exerciseKind: z.enum(EXERCISE_KINDS),
  group: Standing,
  byMunicipality: z.array(z.object({ municipality: z.string(), standing: Standing })),
});
export type ProgressionPoint = z.infer<typeof ProgressionPoint>;

export const StatementProgression = z.object({ text: z.string(), board: Board, points: z.array(ProgressionPoint) });
export type StatementProgression = z.infer<typeof StatementProgression>;

/** GET /api/programmes/:id/progression */
export const ProgressionResponse = z.object({ statements: z.array(StatementProgression) });
export type ProgressionResponse = z.infer<typeof ProgressionResponse>;

function standing(statement: Statement, placements: readonly Placement[]): Standing {
  const n = placements.length;
  const scores = placements.map((p) => lineScore(statement.board, p)).filter((s): s is number => s !== null);
  return {
    n,
    meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    centroid: {
      x: placements.reduce((a, p) => a + p.x, 0) / n,
      y: placements.reduce((a, p) => a + p.y, 0) / n,
    },
  };
}

/** Statements placed on at two or more meetings, each with its points in date order (check-in before check-out). */
export function progression(meetings: readonly MeetingState[]): StatementProgression[] {
  const byText = new Map<string, StatementProgression>();
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
  for (const meeting of ordered) {
    const exercises = [...meeting.exercises].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'checkIn' ? -1 : 1));
    for (const exercise of exercises) {
      for (const statement of exercise.statements) {
        const placed = meeting.placements.filter((p) => p.statementId === statement.id);
        if (!placed.length) continue;
        const names: string[] = [];
        for (const p of placed) {
          const m = meeting.municipalities.find(
            (x) => x.id === meeting.participants.find((q) => q.id === p.participantId)?.municipalityId,
          );
          if (m && !names.some((n) => sameName(n, m.name))) names.push(m.name);
        }
        const entry = byText.get(nameKey(statement.text)) ?? {
          text: statement.text,
          board: statement.board,
          points: [],
        };
        entry.points.push({
          meetingId: meeting.meetingId,
          meetingName: meeting.name,
          date: meeting.date,
          exerciseKind: exercise.kind,
          group: standing(statement, placed),
          byMunicipality: names.map((name) => ({
            municipality: name,
            standing: standing(
              statement,
              placed.filter((p) => {
                const mid = meeting.participants.find((q) => q.id === p.participantId)?.municipalityId;
                return sameName(meeting.municipalities.find((x) => x.id === mid)?.name ?? '', name);
              }),
            ),
          })),
        });
        byText.set(nameKey(statement.text), entry);
      }
    }
  }
  return [...byText.values()].filter((s) => new Set(s.points.map((p) => p.meetingId)).size >= 2);
}
