import { useTranslation } from '../../i18n/useTranslation';
import type { ProgrammeReport } from '../../../../shared/year/programmeApi';
import { dateText } from '../../model/time';

/** A year-report table's column heads, one per lärträff: its number, and its date or that it was not held. */
export function MeetingColumns({ meetings }: { meetings: ProgrammeReport['meetings'] }) {
  const { t, i18n } = useTranslation();
  return meetings.map((m) => (
    <th key={m.number} scope="col" className="num">
      {t('report.programme.meeting', { n: m.number })}
      <br />
      <span className="muted">{m.held ? dateText(m.date, i18n.locale) : t('report.programme.notHeld')}</span>
    </th>
  ));
}
