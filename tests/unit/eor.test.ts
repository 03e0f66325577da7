/**
 * The EOR board's arithmetic, each case worked out by hand first: a
 * municipality's figures per month against last year and the target line,
 * what is left and what each remaining month must bring (bakåtplanering).
 */
import { describe, expect, it } from 'vitest';
import {
  blankBoard,
  boardAsAt,
  EorBoardContent,
  eorProgress,
  monthKeys,
  spread,
  type EorBoardContent as Board,
} from '../../shared/year/eor';
import { exportBoardTable, importBoardTable, monthIndex, parseFigure } from '../../shared/year/eorCsv';
import { describeIssues } from '../../shared/protocol';

/** A board from compact rows: `[target, outcome, lastYear]` per month, missing months blank. */
function board(
  yearlyTarget: number | null,
  rows: readonly (readonly (number | null)[])[],
  over: Partial<Board> = {},
): Board {
  const b = blankBoard('2026-01');
  rows.forEach(([target = null, outcome = null, lastYear = null], i) => {
    b.months[i] = { target, outcome, lastYear };
  });
  return { ...b, yearlyTarget, ...over };
}

describe('EOR progress', () => {
  it('Ystad in April, with March not reported: 30 of 120, behind the line, 12 a month needed', () => {
    // target 120, no monthly targets: the line is 10 a month.
    const p = eorProgress(
      board(120, [
        [null, 8, 5],
        [null, 12, 10],
        [null, null, 9],
        [null, 10, 11],
      ]),
    );
    expect(p.asOf).toBe(3);
    expect(p.missing).toEqual([2]);
    expect(p.months.slice(0, 5).map((m) => m.cumulative)).toEqual([8, 20, 20, 30, null]);
    expect(p.months.slice(0, 5).map((m) => m.cumulativeLastYear)).toEqual([5, 15, 24, 35, null]);
    expect(p.months.slice(0, 4).map((m) => m.vsLastYear)).toEqual([3, 2, null, -1]);
    expect(p.months.map((m) => m.target)).toEqual(Array(12).fill(10));
    expect(p.total).toBe(30);
    expect(p.targetToDate).toBe(40);
    expect(p.lastYearToDate).toBe(35);
    // (30 − 35) / 35 = −14.29 %
    expect(p.changePercent).toBe(-14.3);
    expect(p.gap).toBe(90);
    expect(p.remainingMonths).toBe(8);
    // 90 / 8 = 11.25: whole people, so 12 a month.
    expect(p.pacePerMonth).toBe(12);
    expect(p.paceSoFar).toBe(7.5);
    expect(p.plan.map((x) => x.needed)).toEqual([12, 12, 11, 11, 11, 11, 11, 11]);
    expect(p.plan[0]!.key).toBe('2026-05');
    expect(p.status).toBe('behind');
  });

  it('a target already met in March: nothing left, no plan, the surplus shown', () => {
    // Jan and Feb planned at 10; the other ten months share the remaining 30: 3 each.
    const p = eorProgress(
      board(50, [
        [10, 20],
        [10, 25],
        [null, 9],
      ]),
    );
    expect(p.months.slice(0, 4).map((m) => m.target)).toEqual([10, 10, 3, 3]);
    expect(p.targetToDate).toBe(23);
    expect(p.total).toBe(54);
    expect(p.gap).toBe(0);
    expect(p.surplus).toBe(4);
    expect(p.pacePerMonth).toBe(0);
    expect(p.plan).toEqual([]);
    expect(p.status).toBe('met');
  });

  it('on track when the total is at or above the target line', () => {
    const p = eorProgress(
      board(120, [
        [null, 10],
        [null, 10],
      ]),
    );
    expect(p.status).toBe('onTrack');
    expect(p.pacePerMonth).toBe(10);
  });

  it('the last month reported short of the target: missed, no month left to plan', () => {
    const p = eorProgress(
      board(
        20,
        Array.from({ length: 12 }, () => [null, 1]),
      ),
    );
    expect(p.total).toBe(12);
    expect(p.gap).toBe(8);
    expect(p.remainingMonths).toBe(0);
    expect(p.pacePerMonth).toBeNull();
    expect(p.plan).toEqual([]);
    expect(p.status).toBe('missed');
  });

  it('no outcome yet: not started, the whole target over twelve months', () => {
    const p = eorProgress(board(100, []));
    expect(p.asOf).toBe(-1);
    expect(p.months.every((m) => m.cumulative === null)).toBe(true);
    expect(p.total).toBe(0);
    expect(p.remainingMonths).toBe(12);
    // 100 / 12 = 8.33: 9 a month; the plan gives 9 to four months and 8 to eight (36 + 64 = 100).
    expect(p.pacePerMonth).toBe(9);
    expect(p.plan.map((x) => x.needed)).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
    expect(p.status).toBe('notStarted');
    expect(p.changePercent).toBeNull();
  });

  it('no yearly target: the figures without a gap or a pace', () => {
    const p = eorProgress(board(null, [[null, 4, 2]]));
    expect(p.status).toBe('noTarget');
    expect(p.gap).toBe(0);
    expect(p.pacePerMonth).toBeNull();
    expect(p.changePercent).toBe(100);
  });

  it('amounts keep two decimals and the plan sums to the gap exactly', () => {
    const p = eorProgress(
      board(
        10.5,
        [
          [null, 0.25],
          [null, 0.25],
        ],
        { kind: 'amount' },
      ),
    );
    expect(p.total).toBe(0.5);
    expect(p.gap).toBe(10);
    // 10 / 10 months = 1.00 each.
    expect(p.pacePerMonth).toBe(1);
    expect(spread(10, 3, 'amount')).toEqual([3.34, 3.33, 3.33]);
    expect(spread(10, 3, 'count')).toEqual([4, 3, 3]);
  });

  it('as at lärträff 5 on 11 May: the outcomes through April, targets and last year kept', () => {
    const b = board(120, [
      [10, 8, 5],
      [10, 12, 10],
      [10, 9, 9],
      [10, 10, 11],
      [10, 14, 12],
    ]);
    const then = eorProgress(boardAsAt(b, '2026-05'));
    expect(then.asOf).toBe(3);
    expect(then.total).toBe(39);
    expect(boardAsAt(b, '2026-05').months[4]).toEqual({ target: 10, outcome: null, lastYear: 12 });
  });

  it('a year that starts in March runs to February', () => {
    expect(monthKeys('2026-03')).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});

describe('EOR board schema', () => {
  const message = (value: unknown) => {
    const parsed = EorBoardContent.safeParse(value);
    if (parsed.success) throw new Error('accepted');
    return describeIssues(parsed.error);
  };
  const withMonth = (month: object) => ({
    ...board(120, []),
    months: [{ target: null, outcome: null, lastYear: null, ...month }, ...board(120, []).months.slice(1)],
  });

  it('accepts a filled board', () => {
    expect(
      EorBoardContent.safeParse(board(120, [[10, 8, 5]], { sentence: 'Vi ska få 120 personer i arbete.' })).success,
    ).toBe(true);
  });

  it('refuses a negative month with the month and field named', () => {
    expect(message(withMonth({ outcome: -3 }))).toBe('months.0.outcome: cannot be negative');
  });

  it('refuses NaN and text as numbers', () => {
    expect(message(withMonth({ lastYear: Number.NaN }))).toBe('months.0.lastYear: must be a number');
    expect(message(withMonth({ target: '12' }))).toBe('months.0.target: must be a number');
  });

  it('refuses half a person, but takes decimals for an amount', () => {
    expect(message(withMonth({ outcome: 2.5 }))).toBe('months.0.outcome: must be a whole number');
    expect(message({ ...board(120.5, []), measure: 'personer i arbete' })).toBe('yearlyTarget: must be a whole number');
    expect(EorBoardContent.safeParse({ ...withMonth({ outcome: 2.5 }), kind: 'amount' }).success).toBe(true);
  });

  it('refuses absurd sizes', () => {
    expect(message(withMonth({ outcome: 5e9 }))).toBe('months.0.outcome: cannot be more than 1,000,000');
    expect(message({ ...board(1, []), months: board(1, []).months.slice(1) })).toBe('months: must be 12 months');
    expect(message({ ...board(1, []), sentence: 'x'.repeat(401) })).toBe('sentence: at most 400 characters');
    expect(message({ ...board(1, []), start: '2026-13' })).toBe('start: expected a month as YYYY-MM, 2000–2099');
  });
});

describe("a board's months as a spreadsheet", () => {
  const keys = monthKeys('2026-03');
  it('reads a month as Excel users write it', () => {
    expect(
      ['2026-03', '2026-3', 'mars', 'Mars 2026', 'mar', 'March', 'feb 2027', 'februari'].map((c) =>
        monthIndex(c, keys),
      ),
    ).toEqual([0, 0, 0, 0, 0, 0, 11, 11]);
    expect(['2026-02', 'mars 2027', 'ma', 'smörgås', ''].map((c) => monthIndex(c, keys))).toEqual([-1, -1, -1, -1, -1]);
  });

  it('reads figures with a decimal comma and spaces between thousands; an empty cell is no data', () => {
    expect(['12', '12,5', '1 234', '1\u00a0234,25', '', '-3', 'NaN', '1e3', '12 st'].map(parseFigure)).toEqual([
      12,
      12.5,
      1234,
      1234.25,
      null,
      -3,
      'bad',
      'bad',
      'bad',
    ]);
  });

  it('an amount board takes decimals, exports them with a comma, and reads them back', () => {
    const amounts = { ...blankBoard('2026-03', 'amount'), yearlyTarget: 100 };
    const read = importBoardTable(amounts, { header: ['Månad', 'Utfall'], rows: [{ row: 2, cells: ['mars', '2,5'] }] });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.board.months[0]!.outcome).toBe(2.5);
    const table = exportBoardTable(read.board);
    expect(table[1]).toEqual(['2026-03', '', '2,5', '']);
    const back = importBoardTable(amounts, {
      header: table[0]!,
      rows: table.slice(1).map((cells, i) => ({ row: i + 2, cells })),
    });
    expect(back.ok && back.board.months).toEqual(read.board.months);
  });

  it('a count board refuses 2,5 people; a file without Månad names the header it needs', () => {
    const counts = blankBoard('2026-03');
    const half = importBoardTable(counts, { header: ['Månad', 'Utfall'], rows: [{ row: 2, cells: ['mars', '2,5'] }] });
    expect(!half.ok && half.errors.map((e) => [e.row, e.column, e.problem])).toEqual([[2, 'Utfall', 'notWhole']]);
    const noMonth = importBoardTable(counts, { header: ['Utfall'], rows: [{ row: 2, cells: ['3'] }] });
    expect(!noMonth.ok && noMonth.errors[0]!.message).toBe(
      'no column Månad; the first row must be the header: Månad;Mål;Utfall;Förra året',
    );
    const twice = importBoardTable(counts, {
      header: ['Månad', 'Utfall'],
      rows: [
        { row: 2, cells: ['mars', '1'] },
        { row: 3, cells: ['2026-03', '2'] },
      ],
    });
    expect(!twice.ok && twice.errors.map((e) => [e.row, e.problem])).toEqual([[3, 'duplicate']]);
  });
});
