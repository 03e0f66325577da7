/**
 * Every string the UI asks for exists in Swedish and in English: the literal
 * keys in the client's source, every key-like string (a key chosen in a
 * ternary or kept in a view model), and the keys built from the protocol's
 * enumerations (a new segment kind without a translation fails here). Both
 * languages have the same keys.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { i18n, LANGUAGES, type Language } from '../../client/src/i18n';
import { translate } from '../../client/src/i18n/useTranslation';
import '../../client/src/i18n/eorCatalogue';
import '../../client/src/i18n/erasureCatalogue';
import '../../client/src/i18n/programmeCatalogue';
import '../../client/src/i18n/reportCatalogue';
import '../../client/src/i18n/startProgrammeCatalogue';
import '../../client/src/i18n/accessCatalogue';
import '../../client/src/i18n/projectorCatalogue';
import '../../client/src/i18n/consoleCatalogue';
import '../../client/src/i18n/teamViewCatalogue';
import '../../client/src/i18n/roomCatalogue';
import '../../client/src/i18n/evaluationCatalogue';
import '../../client/src/i18n/exerciseCatalogue';
import '../../client/src/i18n/feedbackCatalogue';
import '../../client/src/i18n/staffCatalogue';
import '../../client/src/i18n/startCatalogue';
import {
  BOARD_KINDS,
  ERROR_CODES,
  EXERCISE_KINDS,
  LINK_KINDS,
  FEEDBACK_PHASES,
  NOTE_KINDS,
  SEGMENT_KINDS,
} from '../../shared/protocol';
import { EOR_KINDS, EOR_STATUSES } from '../../shared/year/eor';
import { FIGURES } from '../../client/src/model/eorDraft';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const literalKeys = [
  ...new Set(
    sources(join(process.cwd(), 'client', 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)].map((m) => m[1]!),
    ),
  ),
];

/** Every string literal in the client that looks like a key of ours ("ns.key…" under a namespace the catalogue has). */
function keyLikeLiterals(namespaces: Set<string>): string[] {
  const found = sources(join(process.cwd(), 'client', 'src'))
    .filter((file) => !file.includes(`${join('src', 'i18n')}`))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z]\w*(?:\.\w+)+)['"`]/g)].map((m) => m[1]!),
    );
  // File names such as 'comparison.csv' share a namespace's first word but are not keys.
  return [...new Set(found)].filter((key) => namespaces.has(key.split('.')[0]!) && !/\.(csv|json)$/.test(key));
}

/** A language's messages (compiled: arrays of Lingui tokens), page catalogues included, by dotted key. */
const catalogues = new Map<Language, Messages>();
function catalogue(lng: Language): Messages {
  let messages = catalogues.get(lng);
  if (!messages) {
    i18n.activate(lng);
    messages = { ...i18n.messages };
    i18n.activate('sv');
    catalogues.set(lng, messages);
  }
  return messages;
}

/** A message in a language. */
function say(key: string, lng: Language, values?: Record<string, unknown>): string {
  i18n.activate(lng);
  const text = translate(key, values);
  i18n.activate('sv');
  return text;
}

const exists = (key: string, lng: Language) => catalogue(lng)[key] !== undefined;

const builtKeys = [
  ...SEGMENT_KINDS.map((k) => `segmentKind.${k}`),
  ...[...ERROR_CODES, 'network', 'badLink', 'noCode'].map((k) => `errors.${k}`),
  ...['connecting', 'connected', 'reconnecting', 'offline', 'refused', 'outdated'].map((k) => `connection.${k}`),
  ...LANGUAGES.map((k) => `language.${k}`),
  ...['done', 'current', 'skipped', 'upcoming'].map((k) => `agenda.${k}`),
  ...FEEDBACK_PHASES.map((k) => `feedback.phase.${k}`),
  ...['presenting', 'supervisor', 'peers', 'reply', 'done'].map((k) => `feedback.floor.${k}`),
  ...BOARD_KINDS.map((k) => `board.kind.${k}`),
  ...EXERCISE_KINDS.map((k) => `exercise.kind.${k}`),
  ...NOTE_KINDS.map((k) => `team.noteKind.${k}`),
  ...['none', 'small', 'moderate', 'large'].map((k) => `comparison.reading.${k}`),
  ...['checkIn', 'checkOut'].map((k) => `team.${k}`),
  ...LINK_KINDS.map((k) => `access.link.${k}`),
  ...['confirmRotate', 'confirmRevoke', 'confirmRotateButton', 'confirmRevokeButton'].map((k) => `access.${k}`),
  ...EOR_KINDS.map((k) => `eor.kind.${k}`),
  ...EOR_STATUSES.map((k) => `eor.status.${k}`),
  ...FIGURES.map((k) => `eor.figure.${k}`),
  ...['badNumber', 'negative', 'notWhole', 'tooBig'].map((k) => `eor.problems.${k}`),
  ...['missing', 'handedIn', 'answered'].map((k) => `eor.homework.state.${k}`),
];

describe('[L1] the message catalogues', () => {
  it('the client asks for a good number of literal keys (the scan works)', () => {
    expect(literalKeys.length).toBeGreaterThan(150);
    expect(literalKeys).toContain('feedback.raiseHand');
  });

  it.for(LANGUAGES)('every key the UI uses exists in %s', (lng) => {
    const missing = [...literalKeys, ...builtKeys].filter((key) => !exists(key, lng));
    expect(missing).toEqual([]);
  });

  it('both languages have exactly the same keys, page catalogues included', () => {
    const sv = Object.keys(catalogue('sv')).sort();
    const en = Object.keys(catalogue('en')).sort();
    expect(en.filter((k) => !sv.includes(k))).toEqual([]);
    expect(sv.filter((k) => !en.includes(k))).toEqual([]);
  });

  it.for(LANGUAGES)('every key-like string in the client (ternaries, view models, error codes) exists in %s', (lng) => {
    const namespaces = new Set(Object.keys(catalogue('sv')).map((key) => key.split('.')[0]!));
    const keys = keyLikeLiterals(namespaces);
    expect(keys).toContain('exercise.saved');
    expect(keys.filter((key) => !exists(key, lng))).toEqual([]);
  });

  it('an error code this client does not know yet reads as the general error; a known one as itself', () => {
    const general = say('errors.invalid', 'sv');
    expect(say('errors.teapot', 'sv', { defaultValue: general })).toBe(general);
    expect(say('errors.forbidden', 'sv', { defaultValue: general })).toBe('Du har inte behörighet till det här.');
  });

  it('Swedish and English say different things (the English catalogue is not a copy)', () => {
    const same = literalKeys.filter((key) => say(key, 'sv') === say(key, 'en'));
    // Names and symbols read the same in both ("Lärträff", "+5 min", "4FP").
    expect(same.length).toBeLessThan(literalKeys.length * 0.1);
  });
});

/** A compiled message's tokens: text, `[name]` for a value, `[name, 'plural', { one, other }]` for a count. */
type Token = string | [string, string?, Record<string, Token[]>?];
const tokens = (message: Messages[string]) => (Array.isArray(message) ? message : [message]) as Token[];
const plurals = (message: Messages[string]) =>
  tokens(message).filter((t): t is [string, string, Record<string, Token[]>] => Array.isArray(t) && t[1] === 'plural');

describe('[L2] counts read right in both languages', () => {
  it.for(LANGUAGES)(
    'in %s, every message compiled, and every count is a plural with the number in each form',
    (lng) => {
      const all = Object.entries(catalogue(lng));
      // Compiled when the client is built (scripts/catalogues.mjs): no message reaches the screen as raw ICU.
      const values = { count: 2, n: 2, name: 'Anna', day: 2, minutes: 5 };
      expect(all.filter(([key]) => /[{}]/.test(say(key, lng, values))).map(([key]) => key)).toEqual([]);
      const counted = all.filter(([, message]) => plurals(message).length > 0);
      expect(counted.length).toBeGreaterThan(10);
      // The plural chooses on `count`, which every call that shows a number passes; another number is {n}, {max}, {minutes}.
      expect(counted.filter(([, message]) => plurals(message).some(([name]) => name !== 'count'))).toEqual([]);
      expect(
        all.filter(([, message]) => tokens(message).some((t) => Array.isArray(t) && t[0] === 'count' && !t[1])),
      ).toEqual([]);
      // Both forms there, and the number itself in each: "1 sida", not a form that leaves it out.
      const forms = counted.flatMap(([key, message]) => plurals(message).map(([, , cases]) => [key, cases] as const));
      expect(forms.filter(([, cases]) => !cases.one || !cases.other).map(([key]) => key)).toEqual([]);
      expect(
        forms.filter(([, cases]) => Object.values(cases).some((form) => !form.includes('#'))).map(([key]) => key),
      ).toEqual([]);
    },
  );

  it('one of a thing is singular, two are plural, in Swedish and in English', () => {
    const sayCount = (key: string, count: number, lng: Language, more = {}) => say(key, lng, { count, ...more });
    expect(sayCount('roster.municipalityCount', 1, 'en')).toBe('1 participant');
    expect(sayCount('roster.municipalityCount', 2, 'en')).toBe('2 participants');
    expect(sayCount('exercise.placed', 1, 'sv')).toBe('1 placerad');
    expect(sayCount('exercise.placed', 3, 'sv')).toBe('3 placerade');
    expect(sayCount('feedback.timingLog', 1, 'sv')).toBe('Tidslogg för rundorna (1 fas)');
    expect(sayCount('programme.csv.imported', 1, 'sv')).toBe('1 rad importerades.');
    expect(sayCount('report.cards.pages', 1, 'sv')).toBe('1 sida');
    expect(sayCount('report.cards.pages', 4, 'sv')).toBe('4 sidor');
    expect(sayCount('comparison.reading.small', 1, 'sv', { percent: 8 })).toContain('(1 placering)');
    expect(sayCount('programme.problems.clusterSize', 1, 'sv', { subject: 'Kluster Väst' })).toBe(
      'Kluster Väst har 1 kommun – ett kluster har 2–3.',
    );
    expect(sayCount('eor.figures.perMonth', 1, 'sv')).toBe('per månad (1 månad kvar)');
  });
});

describe('[L3] one name for a thing', () => {
  it('the evaluator is "följeforskare" in every Swedish message and their link has one name on every page', () => {
    expect(Object.keys(catalogue('sv')).filter((key) => /utvärderare/i.test(say(key, 'sv')))).toEqual([]);
    // The console's list of links, the console's team links and the programme page's started meeting.
    const keys = ['access.link.evaluator', 'facilitator.evaluatorLink', 'programme.meetings.evaluatorLink'];
    expect(keys.map((key) => say(key, 'sv'))).toEqual(Array(3).fill('Följeforskarens länk'));
    expect(keys.map((key) => say(key, 'en'))).toEqual(Array(3).fill("Evaluator's link"));
  });
});
