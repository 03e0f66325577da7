/**
 * The views' hook into Lingui: a `t(key, values)` for the language now, and a
 * re-render when the language changes. Keys are the catalogues' dotted paths
 * (`exercise.saved`); a message that shows a count chooses its plural form
 * from `count` itself (ICU `{count, plural, …}`).
 */
import { useSyncExternalStore } from 'react';
import { i18n } from './index';

export type TranslationValues = Record<string, unknown> & {
  /** What to show when the key is not in the catalogue (a server error code this client does not know yet). */
  defaultValue?: string;
};
export type TFunction = (key: string, values?: TranslationValues) => string;

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}
const language = () => i18n.locale;

/** A message in the language active now. */
export const translate: TFunction = (key, values) =>
  values?.defaultValue !== undefined && i18n.messages[key] === undefined ? values.defaultValue : i18n._(key, values);

export function useTranslation() {
  // The view renders again when the language changes; `translate` reads the language then.
  useSyncExternalStore(subscribe, language);
  return { t: translate, i18n };
}
