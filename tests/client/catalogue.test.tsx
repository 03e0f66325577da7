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
import { i18n, LANGUAGES } from '../../client/src/i18n';
import '../../client/src/i18n/eorCatalogue';
import '../../client/src/i18n/erasureCatalogue';
import '../../client/src/i18n/programmeCatalogue';
import '../../client/src/i18n/reportCatalogue';
import '../../client/src/i18n/startProgramme';
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

/** The catalogue's keys as dotted paths. */
function flatten(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? flatten(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** A key exists as a message or, for a count, as its plural forms (L2). */
const exists = (key: string, lng: string) =>
  i18n.exists(key, { lng, fallbackLng: [] }) || i18n.exists(key, { lng, fallbackLng: [], count: 2 });

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
    const sv = flatten(i18n.getResourceBundle('sv', 'translation') as object).sort();
    const en = flatten(i18n.getResourceBundle('en', 'translation') as object).sort();
    expect(en.filter((k) => !sv.includes(k))).toEqual([]);
    expect(sv.filter((k) => !en.includes(k))).toEqual([]);
  });

  it.for(LANGUAGES)('every key-like string in the client (ternaries, view models, error codes) exists in %s', (lng) => {
    const namespaces = new Set(Object.keys(i18n.getResourceBundle('sv', 'translation') as object));
    const keys = keyLikeLiterals(namespaces);
    expect(keys).toContain('exercise.saved');
    expect(keys.filter((key) => !exists(key, lng))).toEqual([]);
  });

  it('Swedish and English say different things (the English catalogue is not a copy)', () => {
    const same = literalKeys.filter((key) => i18n.t(key, { lng: 'sv' }) === i18n.t(key, { lng: 'en' }));
    // Names and symbols read the same in both ("Lärträff", "+5 min", "4FP").
    expect(same.length).toBeLessThan(literalKeys.length * 0.1);
  });
});

/** Every message as [dotted key, text], page catalogues included. */
function messages(lng: string): [string, string][] {
  const walk = (tree: object, prefix: string): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? walk(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
    );
  return walk(i18n.getResourceBundle(lng, 'translation') as object, '');
}

describe('[L2] counts read right in both languages', () => {
  it.for(LANGUAGES)('in %s, every message that shows {{count}} has its plural forms, and only those', (lng) => {
    const all = messages(lng);
    const keys = new Set(all.map(([key]) => key));
    expect(all.filter(([, text]) => text.includes('{{count}}')).length).toBeGreaterThan(10);
    // A number that needs no plural form is interpolated under another name ({{n}}, {{max}}, {{minutes}}).
    expect(all.filter(([key, text]) => text.includes('{{count}}') && !/_(one|other)$/.test(key))).toEqual([]);
    const forms = all.filter(([key]) => /_(one|other)$/.test(key)).map(([key]) => key.replace(/_(one|other)$/, ''));
    expect(forms.filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`))).toEqual([]);
    // A plural form's base key is not there as well (i18next would never use one of them).
    expect(forms.filter((base) => keys.has(base))).toEqual([]);
    // The number itself is in every form: "1 sida", not a form that leaves it out.
    expect(all.filter(([key, text]) => /_(one|other)$/.test(key) && !text.includes('{{count}}'))).toEqual([]);
  });

  it('one of a thing is singular, two are plural, in Swedish and in English', () => {
    const say = (key: string, count: number, lng: string, more = {}) => i18n.t(key, { count, lng, ...more });
    expect(say('roster.municipalityCount', 1, 'en')).toBe('1 participant');
    expect(say('roster.municipalityCount', 2, 'en')).toBe('2 participants');
    expect(say('exercise.placed', 1, 'sv')).toBe('1 placerad');
    expect(say('exercise.placed', 3, 'sv')).toBe('3 placerade');
    expect(say('feedback.timingLog', 1, 'sv')).toBe('Tidslogg för rundorna (1 fas)');
    expect(say('programme.csv.imported', 1, 'sv')).toBe('1 rad importerades.');
    expect(say('report.cards.pages', 1, 'sv')).toBe('1 sida');
    expect(say('report.cards.pages', 4, 'sv')).toBe('4 sidor');
    expect(say('comparison.reading.small', 1, 'sv', { percent: 8 })).toContain('(1 placering)');
    expect(say('programme.problems.clusterSize', 1, 'sv', { subject: 'Kluster Väst' })).toBe(
      'Kluster Väst har 1 kommun – ett kluster har 2–3.',
    );
    expect(say('eor.figures.perMonth', 1, 'sv')).toBe('per månad (1 månad kvar)');
  });
});

describe('[L3] one name for a thing', () => {
  it('the evaluator is "följeforskare" in every Swedish message and their link has one name on every page', () => {
    expect(messages('sv').filter(([, text]) => /utvärderare/i.test(text))).toEqual([]);
    // The console's list of links, the console's team links and the programme page's started meeting.
    const keys = ['access.link.evaluator', 'facilitator.evaluatorLink', 'programme.meetings.evaluatorLink'];
    expect(keys.map((key) => i18n.t(key, { lng: 'sv' }))).toEqual(Array(3).fill('Följeforskarens länk'));
    expect(keys.map((key) => i18n.t(key, { lng: 'en' }))).toEqual(Array(3).fill("Evaluator's link"));
  });
});
