/**
 * i18next set-up: Swedish by default, English chosen per device and
 * remembered. Only Swedish is in the first download; the English catalogue
 * is its own chunk, added when a device asks for it.
 */
import i18next from 'i18next';
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

export const i18n = i18next.createInstance();
void i18n.init({
  resources: { sv: { translation: sv } },
  lng: 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

/**
 * Adds a view's strings in both languages when the chunk that shows them
 * loads (the *Catalogue.ts modules): the phone's first download holds only
 * what its first screen says.
 */
export function addCatalogue(sv: object, en: object): void {
  i18n.addResourceBundle('sv', 'translation', sv, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

/** Every language but Swedish, which is always in. */
const catalogues: Record<Exclude<Language, 'sv'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};
const loaded = new Map<Language, Promise<void>>([['sv', Promise.resolve()]]);
const isLoaded = new Set<Language>(['sv']);
/** The language last asked for: a slow download must not switch back to an older choice. */
let wanted: Language = 'sv';

/** Adds a language's catalogue (merged under what page chunks such as the programme's have added already). */
export function loadLanguage(lng: Language): Promise<void> {
  let loading = loaded.get(lng);
  if (!loading) {
    loading = catalogues[lng as Exclude<Language, 'sv'>]().then((messages) => {
      i18n.addResourceBundle(lng, 'translation', messages, true, false);
      isLoaded.add(lng);
    });
    loaded.set(lng, loading);
  }
  return loading;
}

function switchTo(lng: Language): Promise<void> {
  wanted = lng;
  // Synchronous when the catalogue is in, as it always was: the switch shows at once.
  if (isLoaded.has(lng)) return i18n.changeLanguage(lng).then(() => undefined);
  return loadLanguage(lng).then(async () => {
    if (wanted === lng) await i18n.changeLanguage(lng);
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
