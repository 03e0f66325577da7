import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/startCatalogue';
import { useLocation } from 'wouter';
import { normaliseJoinCode } from '../../../shared/day/joinCode';
import { CodeForm } from '../components/CodeForm';
import { ErrorText } from '../components/ErrorText';
import { Header } from '../components/Header';
import { JoinForm } from '../components/JoinForm';
import { useMeetingStore, useMeetingApartFromPlacements } from '../meetingStore';
import { participantToken, saveParticipantToken } from '../storage';
import { useMeetingConnection } from '../useMeeting';

/** Joining with a code (typed or from the QR link): name and municipality, then the participant view. */
export default function JoinPage({ code: rawCode }: { code: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const code = normaliseJoinCode(rawCode);
  const { send } = useMeetingConnection(code ? { code } : null);
  const meetingId = useMeetingStore((s) => s.meetingId);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);
  const state = useMeetingApartFromPlacements();

  // Already joined on this device: go straight back in as the same person.
  useEffect(() => {
    if (meetingId && participantToken(meetingId)) navigate(`/m/${meetingId}`, { replace: true });
  }, [meetingId, navigate]);

  if (!code || status === 'refused') {
    return (
      <main className="page page--narrow">
        <Header title={t('start.joinHeading')} connected={false} />
        <section className="card">
          {code && <ErrorText code="noCode" />}
          {!code && <ErrorText code="invalid" />}
          <CodeForm onCode={(c) => navigate(`/join/${c}`)} initial={rawCode} />
        </section>
      </main>
    );
  }

  const join = async (name: string, municipality: string) => {
    const ack = await send(name ? { type: 'join', name, municipality } : { type: 'join', municipality });
    if (!ack.ok) return ack.error.code;
    if (!ack.join || !meetingId) return 'invalid';
    saveParticipantToken(meetingId, ack.join.token);
    navigate(`/m/${meetingId}`);
    return null;
  };

  return (
    <main className="page page--narrow">
      <Header title={loaded ? t('join.heading', { meeting: state.name }) : t('join.loading')} />
      {loaded && (
        <section className="card">
          <JoinForm
            municipalities={state.municipalities}
            anonymous={state.anonymous}
            allowOther={!state.programmeId}
            onJoin={join}
          />
        </section>
      )}
    </main>
  );
}
