/**
 * Check-in and check-out exercises: the facilitator opens one statement at a
 * time, participants place themselves on its board, the facilitator locks,
 * reveals (when hidden) and moves on. A check-out mirrors a check-in.
 */
import { accept, assertNever, fail, type Decision, type DecideContext } from '../decision';
import type { Actor, Command, Exercise, MeetingState, Placement, Statement, StatementPlan } from '../protocol';

type ExerciseCommand = Extract<
  Command,
  {
    type:
      | 'createExercise'
      | 'mirrorExercise'
      | 'openStatement'
      | 'lockStatement'
      | 'revealStatement'
      | 'closeExercise'
      | 'place';
  }
>;

export const MAX_EXERCISES = 50;

export function findStatement(
  state: MeetingState,
  statementId: string,
): { exercise: Exercise; statement: Statement } | undefined {
  for (const exercise of state.exercises) {
    const statement = exercise.statements.find((s) => s.id === statementId);
    if (statement) return { exercise, statement };
  }
  return undefined;
}

/** The words a check-in's title may use for itself, and what its check-out says instead. */
const CHECK_IN_WORDS: readonly (readonly [RegExp, string])[] = [
  [/incheckning/giu, 'utcheckning'],
  [/check-in/giu, 'check-out'],
];

/** `out` written in the case of `word` as it stood in the title ("Incheckning" → "Utcheckning"). */
function inCaseOf(word: string, out: string): string {
  if (word === word.toLocaleUpperCase('sv-SE')) return out.toLocaleUpperCase('sv-SE');
  const first = word.charAt(0);
  return first === first.toLocaleUpperCase('sv-SE') ? out.charAt(0).toLocaleUpperCase('sv-SE') + out.slice(1) : out;
}

/**
 * The title of a check-out mirrored from a check-in titled `title` (X1):
 * "Incheckning" becomes "Utcheckning"; a title that does not name the
 * check-in gets "Utcheckning: " before it, within a label's 80 characters.
 */
export function mirrorTitle(title: string): string {
  for (const [word, out] of CHECK_IN_WORDS) {
    if (title.search(word) >= 0) return title.replace(word, (found) => inCaseOf(found, out));
  }
  return Array.from(`Utcheckning: ${title}`).slice(0, 80).join('').trim();
}

/** Hidden: placements on it go to the team (and each to its own participant) only, until revealed (V3). */
export function isHidden(state: MeetingState, statementId: string): boolean {
  const found = findStatement(state, statementId);
  return !!found?.exercise.hiddenUntilReveal && !state.revealed.includes(statementId);
}

function statementsFrom(plans: readonly StatementPlan[], newId: () => string): Statement[] {
  return plans.map((plan) => ({
    id: newId(),
    text: plan.text,
    board: { kind: plan.board.kind, cards: plan.board.cards.map((c) => ({ ...c, id: newId() })) },
  }));
}

export function decideExercise(
  state: MeetingState,
  command: ExerciseCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  switch (command.type) {
    case 'createExercise': {
      if (state.exercises.length >= MAX_EXERCISES)
        return fail('conflict', `a meeting holds at most ${MAX_EXERCISES} exercises`);
      const { kind, title, anonymous, hiddenUntilReveal } = command;
      return accept({
        type: 'exerciseCreated',
        exercise: {
          id: ctx.newId(),
          kind,
          title,
          anonymous,
          hiddenUntilReveal,
          statements: statementsFrom(command.statements, ctx.newId),
          // Two ids' worth of randomness: the key to whose token is whose outside the team (PD7).
          ...(anonymous ? { pseudonymKey: `${ctx.newId()}${ctx.newId()}` } : {}),
        },
      });
    }
    case 'mirrorExercise': {
      const source = state.exercises.find((e) => e.id === command.exerciseId);
      if (!source) return fail('not_found', 'no such exercise');
      if (source.kind !== 'checkIn') return fail('conflict', 'only a check-in can be mirrored');
      if (state.exercises.some((e) => e.mirrorOf === source.id))
        return fail('conflict', 'this check-in already has its check-out');
      if (state.exercises.length >= MAX_EXERCISES)
        return fail('conflict', `a meeting holds at most ${MAX_EXERCISES} exercises`);
      const statements = source.statements.map((s) => ({ ...s, id: ctx.newId(), mirrorOf: s.id }));
      return accept({
        type: 'exerciseCreated',
        exercise: {
          ...source,
          id: ctx.newId(),
          kind: 'checkOut',
          title: mirrorTitle(source.title),
          mirrorOf: source.id,
          statements,
        },
      });
    }
    case 'openStatement': {
      const found = findStatement(state, command.statementId);
      if (!found) return fail('not_found', 'no such statement');
      const run = state.exerciseRun;
      if (run?.statementId === command.statementId && !run.locked)
        return fail('conflict', 'that statement is already open');
      return accept({ type: 'statementOpened', exerciseId: found.exercise.id, statementId: command.statementId });
    }
    case 'lockStatement':
      if (state.exerciseRun?.statementId !== command.statementId) return fail('conflict', 'that statement is not open');
      if (state.exerciseRun.locked) return fail('conflict', 'that statement is already locked');
      return accept({ type: 'statementLocked', statementId: command.statementId });
    case 'revealStatement': {
      const found = findStatement(state, command.statementId);
      if (!found) return fail('not_found', 'no such statement');
      if (!found.exercise.hiddenUntilReveal) return fail('conflict', 'placements on that statement are not hidden');
      if (state.revealed.includes(command.statementId)) return fail('conflict', 'already revealed');
      const placements = state.placements.filter((p) => p.statementId === command.statementId);
      return accept({ type: 'statementRevealed', statementId: command.statementId, placements });
    }
    case 'closeExercise':
      if (state.exerciseRun?.exerciseId !== command.exerciseId) return fail('conflict', 'that exercise is not running');
      return accept({ type: 'exerciseClosed', exerciseId: command.exerciseId });
    case 'place': {
      const participantId = actor.participantId;
      if (!participantId || !state.participants.some((p) => p.id === participantId))
        return fail('forbidden', 'only a participant places themself');
      const run = state.exerciseRun;
      if (run?.statementId !== command.statementId) return fail('conflict', 'that statement is not open');
      if (run.locked) return fail('conflict', 'that statement is locked');
      const placement: Placement = {
        participantId,
        statementId: command.statementId,
        x: command.x,
        y: command.y,
        at: ctx.now,
      };
      return accept({ type: 'placed', placement, hidden: isHidden(state, command.statementId) });
    }
    default:
      return assertNever(command);
  }
}

/**
 * The latest placement per participant and statement: a replaced one keeps
 * its place, a new one goes last. Runs once per `placed` event, also when a
 * restart replays a day's log, so it scans instead of building a keyed map
 * of every placement each time (that was most of a 10,000-event restore).
 */
export function withPlacements(list: readonly Placement[], added: readonly Placement[]): Placement[] {
  const next = list.slice();
  for (const p of added) {
    const i = next.findIndex((q) => q.participantId === p.participantId && q.statementId === p.statementId);
    if (i < 0) next.push(p);
    else next[i] = p;
  }
  return next;
}
