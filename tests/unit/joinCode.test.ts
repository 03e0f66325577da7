import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressKey, DEFAULT_LIMITS, JOIN_CODE_SPACE, minutesToGuess } from '../../server/rateLimits';
import { formatJoinCode, joinCodeFrom, normaliseJoinCode } from '../../shared/day/joinCode';

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

describe("[A4] guessing a live meeting's code", () => {
  it('takes one address about 74 000 minutes (51 days) on average with 100 live meetings, as the README says', () => {
    expect(JOIN_CODE_SPACE).toBe(148_035_889);
    const minutes = minutesToGuess(100);
    expect(Math.round(minutes / 1000)).toBe(74);
    expect(Math.round(minutes / 60 / 24)).toBe(51);
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('74 000 minutes');
    expect(readme).toContain(`${DEFAULT_LIMITS.codeGuess.points} wrong join codes a minute`);
  });

  it('counts an IPv6 /64 as one address, and IPv4 as itself', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('FE80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('192.168.1.21')).toBe('192.168.1.21');
  });
});
