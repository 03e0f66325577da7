import { useTranslation } from '../../i18n/useTranslation';
import { presentedIn } from '../../../../shared/day/report';
import PresentingBoard from '../eor/PresentingBoard';
import { ReportSection, type SectionProps } from './ReportSection';

/**
 * The EOR board of each municipality that presented in a round, in the
 * rounds' order: what the room saw during its presentation. Read live with the
 * report link's secret, so it shows the board as it stands now. Absent for a
 * meeting not started from a programme, which has no boards.
 */
export function EorSection({ report, state, token }: SectionProps) {
  const { t } = useTranslation();
  if (!state.programmeId) return null;
  const presented = presentedIn(report.rounds);
  return (
    <ReportSection title={t('report.eor.heading')}>
      <p className="muted">{t('report.eor.lead')}</p>
      {presented.length === 0 && <p>{t('report.eor.none')}</p>}
      {presented.map((m) => (
        <div key={m.municipalityId} className="report-section__group report-eor">
          <PresentingBoard
            meetingId={state.meetingId}
            municipalityId={m.municipalityId}
            name={m.municipality}
            token={token}
            title={m.municipality}
          />
        </div>
      ))}
    </ReportSection>
  );
}
