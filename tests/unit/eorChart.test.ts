/** The EOR board's view-model: the charts' scales and lines, and the form's figures read back. */
import { describe, expect, it } from 'vitest';
import { cumulativeLines, niceTicks, scaleFor } from '../../client/src/model/eorChart';
import { boardFromDraft, draftOf } from '../../client/src/model/eorDraft';
import { blankBoard, eorProgress } from '../../shared/year/eor';

describe('EOR charts', () => {
  it('round ticks from zero past the largest figure', () => {
    expect(niceTicks(150)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(16)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('the pace-needed line runs from the last report to the yearly target at the last month', () => {
    const board = { ...blankBoard('2026-01'), yearlyTarget: 120 };
    [8, 12, 10].forEach((v, i) => (board.months[i]!.outcome = v));
    const lines = cumulativeLines(eorProgress(board), 120);
    const scale = scaleFor(120);
    expect(lines.thisYear.points.map((p) => p.value)).toEqual([8, 20, 30]);
    expect(lines.pace.points).toEqual([
      { x: scale.x(2), y: scale.y(30), value: 30 },
      { x: scale.x(11), y: scale.y(120), value: 120 },
    ]);
    expect(lines.goal).toBe(scale.y(120));
  });

  it('no pace line once the target is met', () => {
    const board = { ...blankBoard('2026-01'), yearlyTarget: 10 };
    board.months[0]!.outcome = 12;
    expect(cumulativeLines(eorProgress(board), 10).pace.points).toEqual([]);
  });
});

describe('the board form', () => {
  it('reads Swedish figures back and names the cell that does not read', () => {
    const draft = draftOf({ ...blankBoard('2026-01', 'amount'), version: 3 });
    draft.yearlyTarget = '1 200,5';
    draft.months[0]!.outcome = '12,25';
    draft.months[1]!.lastYear = '-1';
    draft.months[2]!.target = 'tolv';
    const refused = boardFromDraft(draft);
    expect(!refused.ok && [...refused.problems]).toEqual([
      ['months.1.lastYear', 'negative'],
      ['months.2.target', 'badNumber'],
    ]);
    draft.months[1]!.lastYear = '';
    draft.months[2]!.target = '12';
    const read = boardFromDraft(draft);
    expect(
      read.ok && [
        read.board.yearlyTarget,
        read.board.months[0]!.outcome,
        read.board.months[2]!.target,
        read.board.version,
      ],
    ).toEqual([1200.5, 12.25, 12, 3]);
  });
});
