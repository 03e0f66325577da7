import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, pseudonym, sha256, utf8 } from '../../shared/pseudonym';

const hex = (bytes: number[]) => Buffer.from(bytes).toString('hex');
/** Around the block edges (55, 56, 64 bytes), long keys and text beyond ASCII. */
const TEXTS = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(200), 'Åsa Öberg 😀 – Kungsbacka'];

describe('[PD7] the pseudonyms of an anonymous exercise', () => {
  it('SHA-256 and HMAC-SHA-256 in shared/ give what node:crypto gives', () => {
    for (const text of TEXTS) {
      expect(hex(sha256(utf8(text))), text).toBe(createHash('sha256').update(text).digest('hex'));
      for (const key of ['k', 'x'.repeat(64), `${text}${'k'.repeat(70)}`])
        expect(hex(hmacSha256(utf8(key), utf8(text))), `${key}/${text}`).toBe(
          createHmac('sha256', key).update(text).digest('hex'),
        );
    }
  });

  it('a pseudonym is the HMAC under the key, the same for the same person, different for another key', () => {
    expect(pseudonym('id30id31', 'p1')).toBe(
      `anon-${createHmac('sha256', 'id30id31').update('p1').digest('base64url').slice(0, 16)}`,
    );
    expect(pseudonym('id30id31', 'p1')).toBe(pseudonym('id30id31', 'p1'));
    expect(pseudonym('id30id31', 'p1')).not.toBe(pseudonym('id30id31', 'p2'));
    expect(pseudonym('id40id41', 'p1')).not.toBe(pseudonym('id30id31', 'p1'));
  });
});
