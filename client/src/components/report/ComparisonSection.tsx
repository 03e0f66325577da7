import { useTranslation } from '../../i18n/useTranslation';
import { byMirrorOrText } from '../../../../shared/day/placement';
import type { ComparisonReport } from '../../../../shared/day/report';
import { dateText } from '../../model/time';
import { Comparison } from '../Comparison';
import { ReportSection, type SectionProps } from './ReportSection';

/**
 * How far the group moved: the console's own comparison, one per check-out
 * and the check-in it mirrors; in a meeting of several days under the day it
 * was made, or once for the whole meeting (G7).
 */
export function ComparisonSection({ report, state }: SectionProps) {
  const { t, i18n } = useTranslation();
  const meeting = state.comparisonSpan === 'meeting';
  const pairsOf = (comparisons: readonly ComparisonReport[]) =>
    comparisons.flatMap((c) => {
      const checkIn = state.exercises.find((e) => e.id === c.checkInId);
      const checkOut = state.exercises.find((e) => e.id === c.checkOutId);
      return checkIn && checkOut ? [{ key: c.checkOutId, title: c.title, checkIn, checkOut }] : [];
    });
  const list = (comparisons: readonly ComparisonReport[]) => {
    const pairs = pairsOf(comparisons);
    return (
      <>
        {pairs.length === 0 && <p>{t('report.comparison.none')}</p>}
        {pairs.map((p) => (
          <div key={p.key} className="report-section__comparison">
            {pairs.length > 1 && <p className="muted">{t('report.comparison.pair', { title: p.title })}</p>}
            <Comparison
              state={state}
              checkIn={p.checkIn}
              checkOut={p.checkOut}
              named={report.team !== null}
              {...(meeting ? { match: byMirrorOrText } : {})}
            />
          </div>
        ))}
      </>
    );
  };
  const { days } = report;
  return (
    <ReportSection title={t('report.comparison.heading')}>
      {days.length === 1 ? (
        list(report.comparisons)
      ) : meeting ? (
        <>
          <p className="muted">{t('report.comparison.wholeMeeting')}</p>
          {list(report.comparisons)}
        </>
      ) : (
        days.map((d) => (
          <div key={d.day}>
            <h3>
              {t('agenda.dayOfDays', { day: d.day, days: days.length })} · {dateText(d.date, i18n.locale)}
            </h3>
            {list(d.comparisons)}
          </div>
        ))
      )}
    </ReportSection>
  );
}
