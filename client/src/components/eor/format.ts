import { useTranslation } from '../../i18n/useTranslation';
import { monthKeys } from '../../../../shared/year/eor';

/** Numbers and months as the page's language writes them (1 234,5 in Swedish). */
export function useFormat() {
  const { i18n } = useTranslation();
  const numberFormat = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 });
  const monthFormat = new Intl.DateTimeFormat(i18n.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (n: number) => numberFormat.format(n),
    /** "mars 2026" for the key 2026-03. */
    month: (key: string) => {
      const [y, m] = key.split('-').map(Number) as [number, number];
      return monthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
    },
    months: (start: string) => monthKeys(start),
  };
}
