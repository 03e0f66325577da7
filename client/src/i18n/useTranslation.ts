/**
 * The views' hook into i18next: its own `t` for the language now, and a
 * re-render when the language changes. This is all the app used of
 * react-i18next (one i18next instance, every catalogue bundled, nothing to
 * suspend on), whose ~2.5 KB gzip sat in every phone's first load (issue 20).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './index';

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}
const language = () => i18n.language;

export function useTranslation() {
  const lng = useSyncExternalStore(subscribe, language);
  const t = useMemo(() => i18n.getFixedT(lng), [lng]);
  return { t, i18n };
}
