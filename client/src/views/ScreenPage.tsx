import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '@fontsource-variable/atkinson-hyperlegible-next';
import '../i18n/projectorCatalogue';
import '../projector.css';
import { BadLink } from '../components/BadLink';
import { ConnectionBadge } from '../components/ConnectionBadge';
import { DayOfDays } from '../components/NowAndNext';
import { ProjectorMessage } from '../components/projector/ProjectorMessage';
import { Stage } from '../components/projector/Stage';
import { useMeetingStore } from '../meetingStore';
import { clockText } from '../model/time';
import { useMeetingConnection } from '../useMeeting';
import { useServerNow } from '../useServerNow';
import { useMeetingTitle } from '../useMeetingTitle';
import { useDocumentTitle } from '../pageTitle';
import { keepsAwake } from '../model/agenda';
import { useWakeLock } from '../useWakeLock';

/** After this long without the server the room is told (a short blip is not worth the room's attention). */
const LONG_OFFLINE_MS = 10_000;

/** `?theme=dark` on the projector's link: the dark theme for a dim room. */
function themeFromUrl(): 'light' | 'dark' {
  return new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
}

/**
 * The projector: read-only, sized for the back row, and never taller or wider
 * than the screen (a projector cannot scroll). No language menu and no
 * connection badge: the badge comes only when the server has been gone a while.
 */
export default function ScreenPage() {
  const { t } = useTranslation();
  const token = location.hash.slice(1);
  useMeetingConnection(token ? { token } : null);
  const loaded = useMeetingStore((s) => s.loaded);
  const name = useMeetingStore((s) => s.state.name);
  const status = useMeetingStore((s) => s.status);
  const [theme] = useState(themeFromUrl);
  // The facilitator's blank screen (M3): nothing but a message to the room, if there is one.
  const blank = useMeetingStore((s) => s.loaded && s.state.projectorScreen.mode === 'blank');
  // Awake from the join hero to the day's end: a projector that sleeps mid-round is the room's screen gone dark.
  const awake = useMeetingStore((s) => keepsAwake(s.state));
  useWakeLock(loaded && awake && status !== 'refused');
  // The tab says what the room sees (W7); a refused link's page sets its own.
  const documentTitle = useMeetingTitle('screen');
  useDocumentTitle(!token || status === 'refused' ? '' : documentTitle);

  if (!token || status === 'refused') return <BadLink title={t('app.name')} />;
  return (
    <main className={blank ? 'projector projector--blank' : 'projector'} data-theme={theme}>
      <header className="projector__bar">
        <h1 className="projector__name">{loaded ? name : t('join.loading')}</h1>
        {loaded && <DayOfDays className="projector__day" />}
        {loaded && <ProjectorMessage />}
        <LongOfflineBadge />
        {!blank && <Clock />}
      </header>
      <div className="projector__stage">{loaded && <Stage token={token} />}</div>
    </main>
  );
}

function Clock() {
  const { i18n } = useTranslation();
  const now = useServerNow();
  const timeZone = useMeetingStore((s) => s.state.timeZone);
  return <p className="projector__clock">{clockText(now, i18n.locale, timeZone)}</p>;
}

/** The connection badge, once the projector has been without the server for LONG_OFFLINE_MS, or is out of date. */
function LongOfflineBadge() {
  const status = useMeetingStore((s) => s.status);
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (status === 'connected') {
      setLong(false);
      return;
    }
    const timer = setTimeout(() => setLong(true), LONG_OFFLINE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  // A page older than the server will not come back by waiting: the room is told at once (S5).
  return (long || status === 'outdated') && status !== 'connected' ? <ConnectionBadge /> : null;
}
