import { useTranslation } from 'react-i18next';
import { BadLink } from '../components/BadLink';
import { Header } from '../components/Header';
import { JoinPanel } from '../components/JoinPanel';
import { NowAndNext } from '../components/NowAndNext';
import { Roster } from '../components/Roster';
import { SegmentCountdown } from '../components/SegmentCountdown';
import { useMeetingStore } from '../meetingStore';
import { useMeetingConnection } from '../useMeeting';

/** The projector: read-only, large, what the room should see now. */
export default function ScreenPage() {
  const { t } = useTranslation();
  const token = location.hash.slice(1);
  useMeetingConnection(token ? { token } : null);
  const state = useMeetingStore((s) => s.state);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);

  if (!token || status === 'refused') return <BadLink title={t('app.name')} />;
  return (
    <main className="page page--screen">
      <Header title={loaded ? state.name : t('join.loading')} />
      {loaded && (
        <div className="screen">
          <div className="screen__main">
            <SegmentCountdown large />
            <NowAndNext large forRoom />
            <Roster large />
          </div>
          <aside className="screen__side">
            <JoinPanel code={state.code} large />
          </aside>
        </div>
      )}
    </main>
  );
}
