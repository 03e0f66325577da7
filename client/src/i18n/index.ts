/**
 * Lingui's runtime: Swedish by default, English chosen per device and
 * remembered. The catalogues are ICU MessageFormat, compiled when the client
 * is built (scripts/catalogues.mjs), so the phone carries no message parser.
 * Only Swedish is in the first download; the English catalogue is its own
 * chunk, added when a device asks for it.
 */
import { setupI18n, type Messages as Compiled } from '@lingui/core';
import { sv, type Messages } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lartraff.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** A catalogue's nested sections as Lingui's flat ids: `{ exercise: { saved } }` is `exercise.saved`. */
function byId(tree: object, prefix = '', into: Compiled = {}): Compiled {
  for (const [key, value] of Object.entries(tree)) {
    // A compiled message is an array of tokens; a section is a plain object.
    if (typeof value === 'object' && !Array.isArray(value)) byId(value as object, `${prefix}${key}.`, into);
    // A plain string is a name shared with the server (shared/day/segmentKindNames.ts): one text token.
    else into[`${prefix}${key}`] = Array.isArray(value) ? (value as Compiled[string]) : [String(value)];
  }
  return into;
}

export const i18n = setupI18n({ locale: 'sv', messages: { sv: byId(sv) } });
const showLanguage = () => void (document.documentElement.lang = i18n.locale);
// Lingui also says "change" when a catalogue is added: the page keeps its language then.
i18n.on('change', showLanguage);
showLanguage();

/**
 * Adds a view's strings in both languages when the chunk that shows them
 * loads (the *Catalogue.ts modules): the phone's first download holds only
 * what its first screen says.
 */
export function addCatalogue(sv: object, en: object): void {
  i18n.load({ sv: byId(sv), en: byId(en) });
}

/** Every language but Swedish, which is always in. */
const catalogues: Record<Exclude<Language, 'sv'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};
const loaded = new Map<Language, Promise<void>>([['sv', Promise.resolve()]]);
const isLoaded = new Set<Language>(['sv']);
/** The language last asked for: a slow download must not switch back to an older choice. */
let wanted: Language = 'sv';

/** Adds a language's catalogue (merged with what page chunks such as the programme's have added already). */
export function loadLanguage(lng: Language): Promise<void> {
  let loading = loaded.get(lng);
  if (!loading) {
    loading = catalogues[lng as Exclude<Language, 'sv'>]().then((messages) => {
      i18n.load(lng, byId(messages));
      isLoaded.add(lng);
    });
    loaded.set(lng, loading);
  }
  return loading;
}

function switchTo(lng: Language): Promise<void> {
  wanted = lng;
  // Synchronous when the catalogue is in: the switch shows at once.
  if (isLoaded.has(lng)) {
    i18n.activate(lng);
    return Promise.resolve();
  }
  return loadLanguage(lng).then(() => {
    if (wanted === lng) i18n.activate(lng);
  });
}

export function setLanguage(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void switchTo(lng);
}

/** Resolves once the device's chosen language is in: main.tsx renders after it, so an English phone never flashes Swedish. */
export const languageReady: Promise<void> = switchTo(storedLanguage()).catch(() => undefined);
