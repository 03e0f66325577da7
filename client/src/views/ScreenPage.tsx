import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '@fontsource-variable/atkinson-hyperlegible-next';
import '../i18n/projectorCatalogue';
import '../projector.css';
import { BadLink } from '../components/BadLink';
import { ConnectionBadge } from '../components/ConnectionBadge';
import { BreakScreen } from '../components/projector/BreakScreen';
import { EndScreen } from '../components/projector/EndScreen';
import { JoinHero } from '../components/projector/JoinHero';
import { NowScreen } from '../components/projector/NowScreen';
import { DayOfDays } from '../components/NowAndNext';
import { ProjectorMessage } from '../components/projector/ProjectorMessage';
import { ProjectorComparison } from '../components/projector/ProjectorComparison';
import { RoundsScreen } from '../components/projector/RoundsScreen';
import { StatementScreen } from '../components/projector/StatementScreen';
import { assertNever } from '../../../shared/day/meeting';
import { useMeetingStore } from '../meetingStore';
import { clockText } from '../model/time';
import { projectorScene } from '../model/projector';
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
      <div className="projector__stage">{loaded && <Scene token={token} />}</div>
    </main>
  );
}

function Scene({ token }: { token: string }) {
  const state = useMeetingStore((s) => s.state);
  const scene = projectorScene(state);
  switch (scene.kind) {
    case 'join':
      return <JoinHero />;
    case 'statement':
      return <StatementScreen exercise={scene.exercise} statement={scene.statement} />;
    case 'comparison':
      return <ProjectorComparison checkIn={scene.checkIn} checkOut={scene.checkOut} match={scene.match} />;
    case 'rounds':
      return <RoundsScreen token={token} />;
    case 'break':
      return <BreakScreen segment={scene.segment} next={scene.next} />;
    case 'ended':
      return <EndScreen />;
    case 'now':
      return <NowScreen />;
    case 'pause':
      return <BreakScreen text={scene.text} />;
    case 'blank':
      return null;
    default:
      return assertNever(scene);
  }
}

function Clock() {
  const { i18n } = useTranslation();
  const now = useServerNow();
  const timeZone = useMeetingStore((s) => s.state.timeZone);
  return <p className="projector__clock">{clockText(now, i18n.language, timeZone)}</p>;
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
