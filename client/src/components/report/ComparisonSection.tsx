import { useTranslation } from 'react-i18next';
import { Comparison } from '../Comparison';
import { ReportSection, type SectionProps } from './ReportSection';

/** How far the group moved: the console's own comparison, one per check-out and the check-in it mirrors. */
export function ComparisonSection({ report, state }: SectionProps) {
  const { t } = useTranslation();
  const pairs = report.comparisons.flatMap((c) => {
    const checkIn = state.exercises.find((e) => e.id === c.checkInId);
    const checkOut = state.exercises.find((e) => e.id === c.checkOutId);
    return checkIn && checkOut ? [{ key: c.checkOutId, title: c.title, checkIn, checkOut }] : [];
  });
  return (
    <ReportSection title={t('report.comparison.heading')}>
      {pairs.length === 0 && <p>{t('report.comparison.none')}</p>}
      {pairs.map((p) => (
        <div key={p.key} className="report-section__comparison">
          {pairs.length > 1 && <p className="muted">{t('report.comparison.pair', { title: p.title })}</p>}
          <Comparison state={state} checkIn={p.checkIn} checkOut={p.checkOut} named={report.team !== null} />
        </div>
      ))}
    </ReportSection>
  );
}
