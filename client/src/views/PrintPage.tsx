import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
import { isTeam } from '../../../shared/permissions';
import { BadLink } from '../components/BadLink';
import { Header } from '../components/Header';
import { JoinPoster } from '../components/report/JoinPoster';
import { StatementCards } from '../components/report/StatementCards';
import '../i18n/reportCatalogue';
import { useMeetingStore } from '../meetingStore';
import '../report.css';
import { useLinkedMeeting } from '../useLinkedMeeting';

/** Print-outs for the room (`/report/<id>/cards#<secret>`, `/report/<id>/poster#<secret>`), for the team. */
export default function PrintPage({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const { loaded, refused } = useLinkedMeeting();
  // The whole meeting: a print-out is made once, from what the day holds, not redrawn while the room works.
  const state = useMeetingStore((s) => s.state);
  const role = useMeetingStore((s) => s.actor?.role);
  const title = kind === 'poster' ? t('report.poster.title') : t('report.cards.title');
  if (refused || (role && !isTeam(role)) || (kind !== 'cards' && kind !== 'poster')) return <BadLink title={title} />;
  return (
    <main className={`page print-page print-page--${kind}`}>
      <div className="no-print">
        <Header title={loaded ? state.name : t('report.loading')} subtitle={title} />
      </div>
      {loaded && (kind === 'poster' ? <JoinPoster state={state} /> : <StatementCards state={state} />)}
    </main>
  );
}
