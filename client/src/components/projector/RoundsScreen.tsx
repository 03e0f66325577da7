import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { useMeetingFields, useMeetingStore } from '../../meetingStore';
import { nowAndNext } from '../../model/agenda';
import { presentingCount } from '../../model/projector';
import { roomText } from '../../model/room';
import { timeOfDay } from '../../model/time';
import { FeedbackRunView } from '../feedback/FeedbackRunView';
import { RunBoard } from '../feedback/RunBoard';

/**
 * Every cluster's round side by side (up to four in a row), each countdown on
 * one line; below them the EOR of each municipality presenting now: the
 * figures, and the charts when only one municipality presents (that is what fits).
 */
export function RoundsScreen({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const state = useMeetingFields('clusters', 'feedbackRuns');
  const next = useMeetingStore((s) => nowAndNext(s.state).next);
  const charts = useMeetingStore((s) => presentingCount(s.state) <= 1);
  return (
    <section className="rounds-screen" aria-labelledby="cluster-overview">
      <div className="rounds-screen__head">
        <h2 id="cluster-overview">{t('feedback.overview')}</h2>
        {next && (
          <p className="rounds-screen__regroup">
            {t('feedback.regroup', { time: timeOfDay(next.plannedStart, i18n.locale), title: next.title })}
          </p>
        )}
      </div>
      <div className="rounds-screen__clusters" style={{ '--clusters': state.clusters.length } as CSSProperties}>
        {state.clusters.map((c) => {
          const run = state.feedbackRuns.find((r) => r.clusterId === c.id);
          return (
            <article key={c.id} className="rounds-screen__cluster" aria-labelledby={`cluster-${c.id}`}>
              <h3 id={`cluster-${c.id}`}>
                {c.name}
                {c.room && <span className="rounds-screen__room"> · {roomText(t, c.room)}</span>}
              </h3>
              {run ? (
                <FeedbackRunView run={run} chimeOn={false} large cluster={c.name} />
              ) : (
                <p className="rounds-screen__idle">{t('feedback.notStarted')}</p>
              )}
            </article>
          );
        })}
      </div>
      <div className={charts ? 'rounds-screen__boards rounds-screen__boards--charts' : 'rounds-screen__boards'}>
        {state.feedbackRuns.map((run) => (
          <RunBoard key={run.clusterId} run={run} token={token} charts={charts} />
        ))}
      </div>
    </section>
  );
}
