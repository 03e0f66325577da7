/**
 * Every string the UI asks for exists in Swedish and in English: the literal
 * keys in the client's source, and the keys built from the protocol's
 * enumerations (a new segment kind without a translation fails here).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n, LANGUAGES } from '../../client/src/i18n';
import '../../client/src/i18n/programmeCatalogue';
import '../../client/src/i18n/startProgramme';
import { BOARD_KINDS, ERROR_CODES, EXERCISE_KINDS, FEEDBACK_PHASES, NOTE_KINDS, SEGMENT_KINDS } from '../../shared/protocol';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const literalKeys = [...new Set(
  sources(join(process.cwd(), 'client', 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)].map((m) => m[1]!),
  ),
)];

const builtKeys = [
  ...SEGMENT_KINDS.map((k) => `segmentKind.${k}`),
  ...[...ERROR_CODES, 'network', 'badLink', 'noCode'].map((k) => `errors.${k}`),
  ...['connecting', 'connected', 'reconnecting', 'offline', 'refused'].map((k) => `connection.${k}`),
  ...LANGUAGES.map((k) => `language.${k}`),
  ...['done', 'current', 'skipped', 'upcoming'].map((k) => `agenda.${k}`),
  ...FEEDBACK_PHASES.map((k) => `feedback.phase.${k}`),
  ...['presenting', 'supervisor', 'peers', 'reply', 'done'].map((k) => `feedback.floor.${k}`),
  ...BOARD_KINDS.map((k) => `board.kind.${k}`),
  ...EXERCISE_KINDS.map((k) => `exercise.kind.${k}`),
  ...NOTE_KINDS.map((k) => `team.noteKind.${k}`),
  ...['none', 'small', 'moderate', 'large'].map((k) => `comparison.reading.${k}`),
  ...['checkIn', 'checkOut'].map((k) => `team.${k}`),
];

describe('the message catalogues', () => {
  it('the client asks for a good number of literal keys (the scan works)', () => {
    expect(literalKeys.length).toBeGreaterThan(150);
    expect(literalKeys).toContain('feedback.raiseHand');
  });

  it.for(LANGUAGES)('every key the UI uses exists in %s', (lng) => {
    const missing = [...literalKeys, ...builtKeys].filter((key) => !i18n.exists(key, { lng, fallbackLng: [] }));
    expect(missing).toEqual([]);
  });

  it('Swedish and English say different things (the English catalogue is not a copy)', () => {
    const same = literalKeys.filter((key) => i18n.t(key, { lng: 'sv' }) === i18n.t(key, { lng: 'en' }));
    // Names and symbols read the same in both ("Lärträff", "+5 min", "4FP").
    expect(same.length).toBeLessThan(literalKeys.length * 0.1);
  });
});
