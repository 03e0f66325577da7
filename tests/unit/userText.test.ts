/**
 * [H1] Names, labels and free text as people type them, and the characters
 * a script slips in: every schema of user text is `Label` or `Text`.
 */
import { describe, expect, it } from 'vitest';
import { Command, CreateMeetingRequest, Label, Text } from '../../shared/protocol';
import { EorBoardContent, blankBoard } from '../../shared/year/eor';
import { Programme, blankProgramme } from '../../shared/year/programme';

const RLO = '\u202E';

describe('[H1] user text refuses control characters and bidi overrides', () => {
  it.for([
    ['Åsa Öberg-Lindström', true],
    ['  Lena  ', true],
    ['Kommunen 😀', true],
    ['محمد\u200F', true], // a right-to-left mark is ordinary Arabic text
    [`Anna${RLO}2 delegaterna`, false],
    ['Anna\u2066Per\u2069', false], // isolates are ours to add, not the sender's
    ['Anna\u0000', false],
    ['Anna\u0007', false],
    ['Anna\u0085', false], // C1
    ['Anna\ud800', false], // a lone surrogate
    ['Anna\nSvensson', false], // a name is one line
  ] as const)('Label %j: %s', ([text, ok]) => {
    expect(Label.safeParse(text).success).toBe(ok);
  });

  it('free text keeps its line breaks and tabs but refuses a NUL or an override', () => {
    expect(Text(280).safeParse('Hur gjorde ni?\n\tFörsta steget').success).toBe(true);
    expect(Text(280).safeParse(`Hur${RLO} gjorde ni?`).success).toBe(false);
    expect(Text(280).safeParse('Hur\u0000').success).toBe(false);
    expect(Text(280, 1).safeParse('  ').success).toBe(false);
  });

  it('every boundary uses them: a join, a question, a new meeting, a programme, an EOR board', () => {
    const refusedWith = (schema: { safeParse(v: unknown): { success: boolean } }, good: unknown, bad: unknown) => [
      schema.safeParse(good).success,
      schema.safeParse(bad).success,
    ];
    const join = (name: string, municipality = 'Ystad') => ({ type: 'join', name, municipality });
    expect(refusedWith(Command, join('Anna'), join(`Anna${RLO}`))).toEqual([true, false]);
    expect(refusedWith(Command, join('Anna'), join('Anna', 'Ystad\u0000'))).toEqual([true, false]);
    const hand = (text: string) => ({ type: 'raiseHand', clusterId: 'c1', text });
    expect(refusedWith(Command, hand('Hur?'), hand(`Hur${RLO}?`))).toEqual([true, false]);
    const meeting = (name: string) => ({ name, date: '2026-11-23', municipalities: [{ name: 'Ystad' }] });
    expect(refusedWith(CreateMeetingRequest, meeting('Lärträff 2'), meeting('Lärträff\u00002'))).toEqual([true, false]);
    const programme = blankProgramme('p1', 'Lärprojekt');
    expect(refusedWith(Programme, programme, { ...programme, name: `Lärprojekt${RLO}` })).toEqual([true, false]);
    const board = blankBoard('2026-01');
    expect(refusedWith(EorBoardContent, board, { ...board, sentence: `Mål${RLO}` })).toEqual([true, false]);
  });
});
