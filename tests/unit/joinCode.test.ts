import { describe, expect, it } from 'vitest';
import { formatJoinCode, joinCodeFrom, normaliseJoinCode } from '../../shared/joinCode';

describe('join codes', () => {
  it('a participant typing "bwk-qyf " on a phone reaches meeting BWKQYF', () => {
    expect(normaliseJoinCode('bwk-qyf ')).toBe('BWKQYF');
    expect(normaliseJoinCode('BWK QYF')).toBe('BWKQYF');
  });
  it('look-alike letters and wrong lengths are not codes', () => {
    expect(normaliseJoinCode('BWKQY0')).toBeNull();
    expect(normaliseJoinCode('BWKQYI')).toBeNull();
    expect(normaliseJoinCode('BWKQY')).toBeNull();
  });
  it('builds six letters from the alphabet and reads them out in two groups', () => {
    const code = joinCodeFrom([0, 1, 2, 22, 23, 2 ** 31 - 1]);
    expect(code).toMatch(/^[A-HJKMNP-Z]{6}$/);
    expect(code.slice(0, 4)).toBe('ABCZ');
    expect(formatJoinCode(code)).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
  });
});
