/**
 * The exercise builder's view model: the facilitator's statement drafts, the
 * edits the form makes to them, the plans they are sent as, and which field
 * each problem belongs to. Pure, so it is tested without rendering.
 */
import { boardTemplate } from '../../../shared/day/board';
import type { BoardKind, StatementPlan } from '../../../shared/protocol';
import type { exerciseSv } from '../i18n/exercise.sv';

/** The protocol's limits (CreateExerciseCommand), said once for the form. */
export const DRAFT_LIMITS = { title: 80, statements: 20, text: 300, label: 80, minCards: 2, maxCards: 8 } as const;

export interface CardDraft {
  /** Stable within its statement, for React and for field ids; the server gives the real ids. */
  key: string;
  label: string;
  x: number;
  y: number;
}

export interface StatementDraft {
  key: string;
  text: string;
  kind: BoardKind;
  cards: CardDraft[];
  /** The number the next card key takes, so keys are never reused within a statement. */
  seq: number;
  /** The cards each other kind had when the facilitator left it, so browsing the kinds loses no work. */
  stash: Partial<Record<BoardKind, CardDraft[]>>;
}

export interface ExerciseDraft {
  title: string;
  statements: readonly StatementDraft[];
}

/** One edit of the statement list. Keys of new statements come from the caller (an id source). */
export type DraftEdit =
  | { type: 'add'; key: string; plan?: StatementPlan }
  | { type: 'remove'; key: string }
  | { type: 'move'; key: string; by: -1 | 1 }
  | { type: 'text'; key: string; text: string }
  | { type: 'kind'; key: string; kind: BoardKind }
  | { type: 'label'; key: string; card: string; label: string }
  | { type: 'place'; key: string; card: string; x?: number; y?: number }
  | { type: 'addCard'; key: string; label: string }
  | { type: 'removeCard'; key: string; card: string }
  | { type: 'clear' };

const clampUnit = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
/** Positions go out with a precision of 0.1 %: enough for a room, and free of float noise (0.1 + 0.2). */
const unit = (v: number) => Math.round(clampUnit(v) * 1000) / 1000;

function cardsOf(plan: StatementPlan['board']['cards']): Pick<StatementDraft, 'cards' | 'seq' | 'stash'> {
  return { cards: plan.map((c, i) => ({ key: `c${i}`, label: c.label, x: c.x, y: c.y })), seq: plan.length, stash: {} };
}

/** A draft from a plan (a library statement), or an empty own statement on a line board. */
export function draftOf(key: string, plan?: StatementPlan): StatementDraft {
  const board = plan?.board ?? boardTemplate('line');
  return { key, text: plan?.text ?? '', kind: board.kind, ...cardsOf(board.cards) };
}

// Where a new card goes: the first of these spots no card is near yet.
const SPOTS = [
  [0.5, 0.5],
  [0.25, 0.25],
  [0.75, 0.25],
  [0.25, 0.75],
  [0.75, 0.75],
  [0.5, 0.2],
  [0.5, 0.8],
  [0.15, 0.5],
  [0.85, 0.5],
] as const;

/** A free spot for a new card, so it does not land on top of another one. */
export function freeSpot(cards: readonly Pick<CardDraft, 'x' | 'y'>[]): { x: number; y: number } {
  const spot = SPOTS.find(([x, y]) => cards.every((c) => Math.hypot(c.x - x, c.y - y) > 0.1)) ?? SPOTS[0];
  return { x: spot[0], y: spot[1] };
}

/** The default label of a new card: `format(n)` for the first n from count + 1 that no card has yet. */
export function newCardLabel(cards: readonly Pick<CardDraft, 'label'>[], format: (n: number) => string): string {
  const taken = new Set(cards.map((c) => c.label.trim()));
  let n = cards.length + 1;
  while (taken.has(format(n))) n++;
  return format(n);
}

/** The key the next card added to this statement gets (so the form can focus its label). */
export const nextCardKey = (draft: Pick<StatementDraft, 'seq'>) => `c${draft.seq}`;

function editOne(
  draft: StatementDraft,
  edit: Exclude<DraftEdit, { type: 'add' | 'remove' | 'move' | 'clear' }>,
): StatementDraft {
  switch (edit.type) {
    case 'text':
      return { ...draft, text: edit.text };
    case 'kind': {
      if (edit.kind === draft.kind) return draft;
      // A kind seen for the first time starts from its template; keys keep counting so no field id is reused.
      // A kind come back to gets its cards back: arrow keys on a closed select pass through every kind.
      const stash = { ...draft.stash, [draft.kind]: draft.cards };
      const back = draft.stash[edit.kind];
      if (back) return { ...draft, kind: edit.kind, cards: back, stash };
      const template = boardTemplate(edit.kind).cards;
      return {
        ...draft,
        kind: edit.kind,
        cards: template.map((c, i) => ({ key: `c${draft.seq + i}`, label: c.label, x: c.x, y: c.y })),
        seq: draft.seq + template.length,
        stash,
      };
    }
    case 'label':
      return { ...draft, cards: draft.cards.map((c) => (c.key === edit.card ? { ...c, label: edit.label } : c)) };
    case 'place':
      return {
        ...draft,
        cards: draft.cards.map((c) =>
          c.key === edit.card
            ? {
                ...c,
                x: edit.x === undefined ? c.x : clampUnit(edit.x),
                y: edit.y === undefined ? c.y : clampUnit(edit.y),
              }
            : c,
        ),
      };
    case 'addCard':
      if (draft.kind !== 'cards' || draft.cards.length >= DRAFT_LIMITS.maxCards) return draft;
      return {
        ...draft,
        cards: [...draft.cards, { key: nextCardKey(draft), label: edit.label, ...freeSpot(draft.cards) }],
        seq: draft.seq + 1,
      };
    case 'removeCard':
      if (draft.kind !== 'cards' || draft.cards.length <= DRAFT_LIMITS.minCards) return draft;
      return { ...draft, cards: draft.cards.filter((c) => c.key !== edit.card) };
    default: {
      const never: never = edit;
      return never;
    }
  }
}

/** Applies one edit; edits past a limit (a 21st statement, a 9th card, a card less than 2) change nothing. */
export function editDrafts(drafts: readonly StatementDraft[], edit: DraftEdit): StatementDraft[] {
  switch (edit.type) {
    case 'add':
      return drafts.length >= DRAFT_LIMITS.statements ? [...drafts] : [...drafts, draftOf(edit.key, edit.plan)];
    case 'remove':
      return drafts.filter((d) => d.key !== edit.key);
    case 'move': {
      const from = drafts.findIndex((d) => d.key === edit.key);
      const to = from + edit.by;
      if (from < 0 || to < 0 || to >= drafts.length) return [...drafts];
      const next = [...drafts];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    }
    case 'clear':
      return [];
    default:
      return drafts.map((d) => (d.key === edit.key ? editOne(d, edit) : d));
  }
}

/** What is sent: text and labels trimmed, positions inside the board. */
export function planOf(draft: StatementDraft): StatementPlan {
  return {
    text: draft.text.trim(),
    board: { kind: draft.kind, cards: draft.cards.map((c) => ({ label: c.label.trim(), x: unit(c.x), y: unit(c.y) })) },
  };
}

/** Where a dragged card lands: its start plus the drag offset in pixels, as a share of the board, to the nearest per cent. */
export function dropPosition(
  start: { x: number; y: number },
  offset: { x: number; y: number },
  board: { width: number; height: number },
) {
  const at = (v: number, d: number, size: number) => Math.round(clampUnit(v + (size > 0 ? d / size : 0)) * 100) / 100;
  return { x: at(start.x, offset.x, board.width), y: at(start.y, offset.y, board.height) };
}

// ---------------------------------------------------------------- problems

/** The field a problem is shown on (and focus goes to). */
export const fieldKey = {
  title: 'title',
  statements: 'statements',
  text: (statement: string) => `${statement}.text`,
  cards: (statement: string) => `${statement}.cards`,
  label: (statement: string, card: string) => `${statement}.${card}.label`,
} as const;

type EditorKey = keyof (typeof exerciseSv)['exercise']['editor'];
export type ProblemMessage = 'exercise.titleRequired' | `exercise.editor.${EditorKey}`;

export interface DraftProblem {
  field: string;
  message: ProblemMessage;
}

/** Everything that stops the exercise from being sent, in the order of the form (the first gets focus). */
export function problemsOf(draft: ExerciseDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const title = draft.title.trim();
  if (!title) problems.push({ field: fieldKey.title, message: 'exercise.titleRequired' });
  else if (title.length > DRAFT_LIMITS.title)
    problems.push({ field: fieldKey.title, message: 'exercise.editor.labelTooLong' });

  for (const s of draft.statements) {
    const text = s.text.trim();
    if (!text) problems.push({ field: fieldKey.text(s.key), message: 'exercise.editor.textRequired' });
    else if (text.length > DRAFT_LIMITS.text)
      problems.push({ field: fieldKey.text(s.key), message: 'exercise.editor.textTooLong' });
    if (s.cards.length < DRAFT_LIMITS.minCards)
      problems.push({ field: fieldKey.cards(s.key), message: 'exercise.editor.tooFewCards' });
    else if (s.cards.length > DRAFT_LIMITS.maxCards)
      problems.push({ field: fieldKey.cards(s.key), message: 'exercise.editor.tooManyCards' });
    for (const c of s.cards) {
      const label = c.label.trim();
      if (!label) problems.push({ field: fieldKey.label(s.key, c.key), message: 'exercise.editor.labelRequired' });
      else if (label.length > DRAFT_LIMITS.label)
        problems.push({ field: fieldKey.label(s.key, c.key), message: 'exercise.editor.labelTooLong' });
    }
  }

  if (!draft.statements.length)
    problems.push({ field: fieldKey.statements, message: 'exercise.editor.statementsRequired' });
  else if (draft.statements.length > DRAFT_LIMITS.statements)
    problems.push({ field: fieldKey.statements, message: 'exercise.editor.tooManyStatements' });
  return problems;
}

/** The first problem on a field, if any. */
export const problemAt = (problems: readonly DraftProblem[], field: string) => problems.find((p) => p.field === field);
