import { describe, expect, it } from 'vitest';
import { boardTemplate, STATEMENT_LIBRARY } from '../../shared/day/board';
import { CreateExerciseCommand } from '../../shared/protocol';
import {
  dropPosition,
  editDrafts,
  fieldKey,
  freeSpot,
  newCardLabel,
  planOf,
  problemsOf,
  type DraftEdit,
  type StatementDraft,
} from '../../client/src/model/exerciseDraft';

/** Applies edits in order, from an empty list. */
const build = (...edits: DraftEdit[]) => edits.reduce<StatementDraft[]>(editDrafts, []);
const eor = STATEMENT_LIBRARY[0]!;
const fourFp = STATEMENT_LIBRARY[5]!;
const cardLabel = (n: number) => `Kort ${n}`;

describe('the facilitator builds a check-in from the library and her own statements', () => {
  it('a library statement comes in with its text and board; its text is edited', () => {
    const drafts = build(
      { type: 'add', key: 's1', plan: eor },
      { type: 'text', key: 's1', text: 'Vi har ett EOR som alla i förvaltningen känner till' },
    );
    expect(drafts).toHaveLength(1);
    expect(planOf(drafts[0]!)).toEqual({
      text: 'Vi har ett EOR som alla i förvaltningen känner till',
      board: boardTemplate('line'),
    });
  });

  it('an own statement starts empty on a line board', () => {
    const [own] = build({ type: 'add', key: 's1' });
    expect(own).toMatchObject({ text: '', kind: 'line' });
    expect(planOf(own!).board).toEqual(boardTemplate('line'));
  });

  it('statements move up and down, and a move past either end changes nothing', () => {
    const three = build(
      { type: 'add', key: 'a', plan: eor },
      { type: 'add', key: 'b' },
      { type: 'add', key: 'c', plan: fourFp },
    );
    const keys = (ds: StatementDraft[]) => ds.map((d) => d.key).join('');
    expect(keys(editDrafts(three, { type: 'move', key: 'c', by: -1 }))).toBe('acb');
    expect(keys(editDrafts(three, { type: 'move', key: 'a', by: 1 }))).toBe('bac');
    expect(keys(editDrafts(three, { type: 'move', key: 'a', by: -1 }))).toBe('abc');
    expect(keys(editDrafts(three, { type: 'move', key: 'c', by: 1 }))).toBe('abc');
    expect(keys(editDrafts(three, { type: 'remove', key: 'b' }))).toBe('ac');
  });

  it('a 21st statement is not added', () => {
    const twenty = build(
      ...Array.from({ length: 20 }, (_, i): DraftEdit => ({ type: 'add', key: `s${i}`, plan: eor })),
    );
    expect(editDrafts(twenty, { type: 'add', key: 's21' })).toHaveLength(20);
  });

  it('every board kind has editable card labels: the 4FP card "Agera" is renamed', () => {
    const [d] = build({ type: 'add', key: 's1', plan: fourFp });
    const agera = d!.cards.find((c) => c.label === 'Agera')!;
    const [renamed] = editDrafts([d!], { type: 'label', key: 's1', card: agera.key, label: '  Agera nu ' });
    expect(planOf(renamed!).board.cards.map((c) => c.label)).toEqual([
      'EOR',
      'Se verkligheten',
      'Formulera framtiden',
      'Agera nu',
      'Fullfölja',
    ]);
  });
});

describe('the board kind and the cards of a statement', () => {
  it('switching to a cards board gives its template; switching back brings the edited cards back', () => {
    let drafts = build({ type: 'add', key: 's1', plan: eor });
    const pole = drafts[0]!.cards[1]!.key;
    drafts = editDrafts(drafts, { type: 'label', key: 's1', card: pole, label: 'Helt och hållet' });
    drafts = editDrafts(drafts, { type: 'kind', key: 's1', kind: 'cards' });
    expect(planOf(drafts[0]!).board).toEqual(boardTemplate('cards'));
    // Keys are never reused, so no field id of a card that is gone comes back on another card.
    expect(drafts[0]!.cards.map((c) => c.key)).toEqual(['c2', 'c3']);

    drafts = editDrafts(drafts, { type: 'kind', key: 's1', kind: 'line' });
    expect(planOf(drafts[0]!).board.cards.map((c) => c.label)).toEqual(['Stämmer inte alls', 'Helt och hållet']);
  });

  it('a cards board takes 2 to 8 cards; new ones land on a free spot with the next free name', () => {
    let drafts = build({ type: 'add', key: 's1' }, { type: 'kind', key: 's1', kind: 'cards' });
    for (let i = 0; i < 8; i++)
      drafts = editDrafts(drafts, { type: 'addCard', key: 's1', label: newCardLabel(drafts[0]!.cards, cardLabel) });
    const cards = drafts[0]!.cards;
    expect(cards.map((c) => c.label)).toEqual([
      'Kort 1',
      'Kort 2',
      'Kort 3',
      'Kort 4',
      'Kort 5',
      'Kort 6',
      'Kort 7',
      'Kort 8',
    ]);
    expect(cards[2]).toMatchObject({ x: 0.5, y: 0.5 });
    for (const [i, a] of cards.entries()) {
      for (const b of cards.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0.1);
    }

    for (const c of cards) drafts = editDrafts(drafts, { type: 'removeCard', key: 's1', card: c.key });
    expect(drafts[0]!.cards.map((c) => c.label)).toEqual(['Kort 7', 'Kort 8']);
  });

  it("line, 4FP and Fyrfältaren boards keep the model's cards: none added or removed", () => {
    const [d] = build({ type: 'add', key: 's1', plan: fourFp });
    expect(editDrafts([d!], { type: 'addCard', key: 's1', label: 'X' })[0]!.cards).toHaveLength(5);
    expect(editDrafts([d!], { type: 'removeCard', key: 's1', card: d!.cards[0]!.key })[0]!.cards).toHaveLength(5);
  });

  it('a new card is named after the cards it joins, never twice the same', () => {
    expect(newCardLabel([{ label: 'Kort 1' }, { label: 'Kort 2' }], cardLabel)).toBe('Kort 3');
    expect(newCardLabel([{ label: 'Kort 3' }, { label: 'Ledning' }], cardLabel)).toBe('Kort 4');
    expect(freeSpot([])).toEqual({ x: 0.5, y: 0.5 });
  });

  it('positions stay on the board and are sent without float noise', () => {
    let drafts = build({ type: 'add', key: 's1' }, { type: 'kind', key: 's1', kind: 'cards' });
    const [a, b] = drafts[0]!.cards;
    drafts = editDrafts(drafts, { type: 'place', key: 's1', card: a!.key, x: 1.4, y: -0.2 });
    drafts = editDrafts(drafts, { type: 'place', key: 's1', card: b!.key, x: 0.1 + 0.2 });
    expect(planOf(drafts[0]!).board.cards).toEqual([
      { label: 'Kort 1', x: 1, y: 0 },
      { label: 'Kort 2', x: 0.3, y: 0.5 },
    ]);
  });

  it('a dragged card lands at its start plus the drag, to the nearest per cent, inside the board', () => {
    const board = { width: 400, height: 300 };
    expect(dropPosition({ x: 0.25, y: 0.5 }, { x: 100, y: -90 }, board)).toEqual({ x: 0.5, y: 0.2 });
    expect(dropPosition({ x: 0.9, y: 0.1 }, { x: 200, y: -200 }, board)).toEqual({ x: 1, y: 0 });
    expect(dropPosition({ x: 0.333, y: 0.5 }, { x: 0, y: 0 }, board)).toEqual({ x: 0.33, y: 0.5 });
    expect(dropPosition({ x: 0.4, y: 0.4 }, { x: 30, y: 30 }, { width: 0, height: 0 })).toEqual({ x: 0.4, y: 0.4 });
  });
});

describe('what stops an exercise from being sent', () => {
  it('nothing is wrong with library statements as they are, and they parse as a createExercise command', () => {
    const statements = build(...STATEMENT_LIBRARY.map((plan, i): DraftEdit => ({ type: 'add', key: `s${i}`, plan })));
    expect(problemsOf({ title: 'Incheckning', statements })).toEqual([]);
    const command = {
      type: 'createExercise',
      kind: 'checkIn',
      title: 'Incheckning',
      statements: statements.map(planOf),
      anonymous: false,
      hiddenUntilReveal: true,
    };
    expect(CreateExerciseCommand.safeParse(command).success).toBe(true);
  });

  it('an empty title, no statements: both said, title first', () => {
    expect(problemsOf({ title: '  ', statements: [] })).toEqual([
      { field: 'title', message: 'exercise.titleRequired' },
      { field: 'statements', message: 'exercise.editor.statementsRequired' },
    ]);
  });

  it('problems come in the order of the form, each on its field', () => {
    let statements = build(
      { type: 'add', key: 's1', plan: eor },
      { type: 'add', key: 's2' },
      { type: 'kind', key: 's2', kind: 'cards' },
    );
    const card = statements[1]!.cards[1]!.key;
    statements = editDrafts(statements, { type: 'label', key: 's2', card, label: '   ' });
    statements = editDrafts(statements, { type: 'text', key: 's1', text: 'x'.repeat(301) });
    expect(problemsOf({ title: 'Incheckning', statements })).toEqual([
      { field: fieldKey.text('s1'), message: 'exercise.editor.textTooLong' },
      { field: fieldKey.text('s2'), message: 'exercise.editor.textRequired' },
      { field: fieldKey.label('s2', card), message: 'exercise.editor.labelRequired' },
    ]);
  });

  it('a board with too few or too many cards is refused on its cards', () => {
    const [d] = build({ type: 'add', key: 's1', plan: eor });
    const one = { ...d!, cards: d!.cards.slice(0, 1) };
    const nine = {
      ...d!,
      kind: 'cards' as const,
      cards: Array.from({ length: 9 }, (_, i) => ({ key: `c${i}`, label: `K${i}`, x: 0.5, y: 0.5 })),
    };
    expect(problemsOf({ title: 'T', statements: [one] })).toEqual([
      { field: 's1.cards', message: 'exercise.editor.tooFewCards' },
    ]);
    expect(problemsOf({ title: 'T', statements: [nine] })).toEqual([
      { field: 's1.cards', message: 'exercise.editor.tooManyCards' },
    ]);
  });
});
