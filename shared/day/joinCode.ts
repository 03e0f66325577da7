/**
 * Join codes: six letters from an alphabet without look-alikes (no I, L, O),
 * easy to read aloud and type on a phone. 23^6 ≈ 148 million codes.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from random integers (any size); randomness is the caller's. */
export function joinCodeFrom(randomInts: readonly number[]): string {
  if (randomInts.length < JOIN_CODE_LENGTH) throw new Error('need one random integer per letter');
  return randomInts
    .slice(0, JOIN_CODE_LENGTH)
    .map((n) => JOIN_CODE_ALPHABET[Math.abs(Math.trunc(n)) % JOIN_CODE_ALPHABET.length])
    .join('');
}

/** What a person typed ("abc-def", " ABC DEF ") as a code, or null if it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCDEF" as "ABC DEF" for reading aloud and for the projector. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
