import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/protocol';
import { ErrorText } from '../components/ErrorText';
import { Header } from '../components/Header';
import { JoinPanel } from '../components/JoinPanel';
import { NowAndNext } from '../components/NowAndNext';
import { Roster } from '../components/Roster';
import { useMeetingStore } from '../meetingStore';
import { nowAndNext, segmentStatus, showsKind } from '../model/agenda';
import { meetingLinks } from '../storage';
import { useMeetingConnection } from '../useMeeting';

const timeFormat = (lng: string) => new Intl.DateTimeFormat(lng === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit' });

/** The project leader's console: join code, the day's agenda with its controls, the roster. */
export default function FacilitatorPage({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const token = location.hash.slice(1);
  const send = useMeetingConnection(token ? { token } : null);
  const state = useMeetingStore((s) => s.state);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);
  const [error, setError] = useState<string | null>(null);
  const links = meetingLinks(meetingId);

  if (!token || status === 'refused') {
    return (
      <main className="page">
        <Header title={t('facilitator.heading')} connected={false} />
        <ErrorText code="badLink" />
      </main>
    );
  }

  const run = async (command: Command) => {
    setError(null);
    const ack = await send(command);
    if (!ack.ok) setError(ack.error.code);
  };
  const { phase, next } = nowAndNext(state);
  const current = state.currentSegmentId;
  const fmt = timeFormat(i18n.language);

  return (
    <main className="page page--console">
      <Header title={loaded ? state.name : t('join.loading')} subtitle={`${t('facilitator.heading')} · ${state.date}`} />
      {loaded && (
        <div className="console">
          <div className="console__main">
            <NowAndNext />
            <div className="controls">
              {phase !== 'ended' && (
                <button type="button" className="button button--primary" onClick={() => run({ type: 'advanceAgenda', fromSegmentId: current })}>
                  {phase === 'notStarted' ? t('facilitator.startDay') : next ? t('facilitator.next') : t('facilitator.endDay')}
                </button>
              )}
              {links && (
                <a className="button" href={links.screenLink} target="_blank" rel="noreferrer">{t('facilitator.openScreen')}</a>
              )}
            </div>
            <ErrorText code={error} />
            <section aria-labelledby="agenda-heading">
              <h2 id="agenda-heading">{t('agenda.heading')}</h2>
              <ol className="agenda">
                {state.agenda.map((s) => {
                  const st = segmentStatus(state, s);
                  const kind = t(`segmentKind.${s.kind}`);
                  return (
                    <li key={s.id} className={`agenda__item agenda__item--${st}`} aria-current={st === 'current' ? 'step' : undefined}>
                      <span className="agenda__time">{s.plannedStart}</span>
                      <span className="agenda__title">
                        {s.title}
                        <span className="muted">
                          {showsKind(s.title, kind) && <> · {kind}</>} · {s.plannedMinutes} min
                        </span>
                      </span>
                      <span className="agenda__status">
                        {t(`agenda.${st}`)}
                        {s.actualStart !== undefined && <> · {t('agenda.startedAt', { time: fmt.format(s.actualStart) })}</>}
                      </span>
                      {st !== 'current' && (
                        <button type="button" className="button button--small" onClick={() => run({ type: 'goToSegment', fromSegmentId: current, segmentId: s.id })}>
                          {t('facilitator.goHere')}
                          <span className="visually-hidden">: {s.title}</span>
                        </button>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          </div>
          <aside className="console__side">
            <JoinPanel code={state.code} />
            <Roster />
          </aside>
        </div>
      )}
    </main>
  );
}
