/** The catalogue in a component: its `t` follows the language, and a switch re-renders every user. */
import { useSyncExternalStore } from 'react';
import { i18n } from './index';

const subscribe = (onChange: () => void) => i18n.on('languageChanged', onChange);
const language = () => i18n.language;

export function useTranslation() {
  const lng = useSyncExternalStore(subscribe, language);
  return { t: i18n.getFixedT(lng), i18n };
}
