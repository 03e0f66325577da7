/**
 * What a hostile or broken client sends, as fast-check arbitraries: random
 * values, prototype-pollution keys, huge strings, deep nesting, binary, and
 * well-formed commands mutated one step at a time.
 */
import fc from 'fast-check';
import type { Command } from '../../shared/protocol';

/** Keys that break naive object handling: prototype pollution and shadowed built-ins. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'type',
  'then',
] as const;

/** `depth` arrays or objects inside each other. */
export function nested(depth: number, leaf: unknown = 'x', asArray = true): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/**
 * A string far over any field's limit yet under the 64 KB message limit,
 * built by repeating a short random piece. 8,000 code points at most: a
 * control character is 6 bytes once JSON escapes it (`\u0001`), so 12,000
 * could pass 64 KB and get the socket dropped, which is the size limit's
 * test, not this one's.
 */
export const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), fc.integer({ min: 81, max: 4_000 }))
  .map(([piece, times]) => [...piece.repeat(times)].slice(0, 8_000).join(''));

/** An object whose own keys are the hostile ones (JSON keeps an own `__proto__`). */
export const hostileObject = fc
  .array(
    fc.tuple(
      fc.constantFrom(...HOSTILE_KEYS),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true })),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map(
    (entries) =>
      JSON.parse(
        `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v ?? null)}`).join(',')}}`,
      ) as unknown,
  );

/** Any value a client might put where a field belongs. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withTypedArray: true, withSparseArray: true }),
  hugeString,
  fc.integer({ min: 10, max: 300 }).chain((d) => fc.boolean().map((asArray) => nested(d, 'x', asArray))),
  fc.uint8Array({ maxLength: 512 }),
  hostileObject,
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    1e308,
    2 ** 53 + 1,
    '',
    ' ',
    '\u0000',
    '\u202e',
    true,
    [],
    {},
  ),
);

/** One mutation of a well-formed command: a field gone, a field replaced, the type changed, or the whole wrapped. */
export function mutated(sample: Command): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  const record = sample as unknown as Record<string, unknown>;
  const without = (key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  return fc.oneof(
    fc.constantFrom(...keys).map(without),
    fc.tuple(fc.constantFrom(...keys), weirdValue).map(([key, value]) => ({ ...record, [key]: value })),
    fc
      .tuple(fc.constantFrom(...keys), fc.integer({ min: 1, max: 50 }))
      .map(([key, depth]) => ({ ...record, [key]: nested(depth, record[key]) })),
    fc
      .oneof(fc.string(), fc.constantFrom('Join', 'JOIN', 'join ', '__proto__', 'constructor', 'toString'))
      .map((type) => ({ ...record, type })),
    fc.constantFrom<unknown>([sample], { command: sample }, JSON.stringify(sample), { ...record, type: [sample.type] }),
    hostileObject.map((o) =>
      Object.assign(JSON.parse(JSON.stringify(sample)) as object, { type: (o as { type?: unknown }).type ?? 42 }),
    ),
  );
}
