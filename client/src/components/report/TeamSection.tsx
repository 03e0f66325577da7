import { useTranslation } from '../../i18n/useTranslation';
import { clockText } from '../../../../shared/clock';
import { ReportSection, type SectionProps } from './ReportSection';
import { CONTENT_LANG } from '../../i18n/content';

/** The team's own check-in and check-out and the evaluator's notes: in the team's version only (V2). */
export function TeamSection({ report }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { team } = report;
  if (!team) return null;
  const rounds = [
    ['report.team.checkIn', team.checkIn],
    ['report.team.checkOut', team.checkOut],
  ] as const;
  return (
    <ReportSection title={t('report.team.heading')} teamOnly teamOnlyText={t('report.teamOnly')}>
      {rounds.map(([title, entries]) => (
        <div key={title} className="report-section__group">
          <h3>{t(title)}</h3>
          {entries.length === 0 ? (
            <p>{t('report.team.empty')}</p>
          ) : (
            <ul>
              {entries.map((e) => (
                <li key={e.id}>
                  <strong>{e.name}</strong>: {e.feeling}
                  {e.focus && <> – {e.focus}</>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <div className="report-section__group">
        <h3>{t('report.team.notes')}</h3>
        {team.noteGroups.length === 0 && <p>{t('report.team.empty')}</p>}
        {/* [O2] Each note where it was tagged: under its segment, its municipality, or the day as a whole. */}
        {team.noteGroups.map((group) => (
          <div key={group.kind === 'day' ? 'day' : `${group.kind}-${group.title}`}>
            <h4>
              {group.kind === 'day'
                ? t('report.team.dayNotes')
                : t(group.kind === 'segment' ? 'report.team.segmentNotes' : 'report.team.municipalityNotes', {
                    title: group.title,
                  })}
            </h4>
            <ul className="report-notes">
              {group.notes.map((n) => (
                <li key={n.id}>
                  <span className="muted">
                    {clockText(n.at, i18n.locale, report.meeting.timeZone)} · {t(`team.noteKind.${n.kind}`)}
                    {group.kind === 'segment' && n.municipality && (
                      <>
                        {' '}
                        · <bdi>{n.municipality}</bdi>
                      </>
                    )}
                  </span>
                  <p lang={CONTENT_LANG}>{n.text}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </ReportSection>
  );
}
