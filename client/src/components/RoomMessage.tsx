import { BellRing, Megaphone } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/roomCatalogue';
import '../room.css';
import { viewerOf } from '../../../shared/day/meeting';
import { isNudged } from '../../../shared/day/nudge';
import { messagesFor } from '../../../shared/day/roomMessage';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../meetingStore';
import type { RunCommand } from './agenda/runCommand';
import { DismissMessage } from './DismissMessage';

// Only a supervisor's tablet writes to its room: phones never load the form.
const MessageComposer = lazy(() => import('./MessageComposer'));

const HIDDEN = (meetingId: string) => `lartraff.hiddenMessages.${meetingId}`;

/** The messages this phone has hidden for itself (M1): kept on the device, the room still sees them. */
function useHiddenMessages(meetingId: string): [Set<string>, (id: string) => void] {
  const [hidden, setHidden] = useState<Set<string>>(() => {
    try {
      return new Set(JSON.parse(localStorage.getItem(HIDDEN(meetingId)) ?? '[]') as string[]);
    } catch {
      return new Set();
    }
  });
  const hide = (id: string) => {
    const next = new Set(hidden).add(id);
    setHidden(next);
    try {
      localStorage.setItem(HIDDEN(meetingId), JSON.stringify([...next].slice(-50)));
    } catch {
      // Private mode or full: hidden until the page reloads.
    }
  };
  return [hidden, hide];
}

/**
 * The room's messages (M1) and, on a phone that has not placed, the nudge
 * (M2). A phone hides a message for itself; a supervisor's tablet takes its
 * cluster's messages down for everyone (`send`) and writes new ones. Its own
 * chunk, with its strings: the phone's first load does not carry it.
 */
export default function RoomMessage({ send }: { send?: RunCommand }) {
  const { t } = useTranslation();
  const meetingId = useMeetingStore((s) => s.state.meetingId);
  const viewer = useMeetingStore(useShallow((s) => (s.actor ? viewerOf(s.state, s.actor) : null)));
  const [hidden, hide] = useHiddenMessages(meetingId);
  const supervisor = viewer?.role === 'supervisor';
  const messages = useMeetingStore(useShallow((s) => messagesFor(s.state, viewer?.clusterId))).filter(
    (m) => supervisor || !hidden.has(m.id),
  );
  const nudged = useMeetingStore((s) => viewer?.role === 'participant' && isNudged(s.state, viewer.participantId));
  return (
    <>
      {/* Always in the page, so a message or the nudge that comes is read out (W4). */}
      <div className="room-message" aria-live="polite">
        {messages.map((m) => (
          <section key={m.id} className="room-message__card" aria-label={t('room.heading')}>
            <Megaphone className="room-message__icon" aria-hidden="true" />
            <p className="room-message__text">
              <bdi>{m.text}</bdi>
              <span className="room-message__from">
                {t(m.from === 'supervisor' ? 'room.fromSupervisor' : 'room.fromFacilitator')}
              </span>
            </p>
            {supervisor && send && m.clusterId === viewer.clusterId ? (
              <DismissMessage message={m} send={send} />
            ) : (
              !supervisor && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('room.hideLabel', { text: m.text })}
                  onClick={() => hide(m.id)}
                >
                  {t('room.hide')}
                </button>
              )
            )}
          </section>
        ))}
        {nudged && (
          <p className="room-message__card room-message__card--nudge">
            <BellRing className="room-message__icon" aria-hidden="true" />
            <span className="room-message__text">
              {t('room.nudge')} <span className="room-message__from">{t('room.nudgeHint')}</span>
            </span>
          </p>
        )}
      </div>
      {supervisor && send && viewer.clusterId && (
        <Suspense fallback={null}>
          <MessageComposer send={send} clusterId={viewer.clusterId} />
        </Suspense>
      )}
    </>
  );
}
