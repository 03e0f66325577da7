import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../shared/day/pseudonym';

describe('[PD7] the pseudonyms of an anonymous exercise', () => {
  it('a pseudonym is the HMAC under the key, the same for the same person, different for another key', () => {
    for (const id of ['p1', 'Åsa Öberg 😀', 'x'.repeat(200)])
      expect(pseudonym('id30id31', id)).toBe(
        `anon-${createHmac('sha256', 'id30id31').update(id).digest('hex').slice(0, 24)}`,
      );
    expect(pseudonym('id30id31', 'p1')).toBe(pseudonym('id30id31', 'p1'));
    expect(pseudonym('id30id31', 'p1')).not.toBe(pseudonym('id30id31', 'p2'));
    expect(pseudonym('id40id41', 'p1')).not.toBe(pseudonym('id30id31', 'p1'));
  });
});
