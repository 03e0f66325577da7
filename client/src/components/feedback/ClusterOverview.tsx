import { useTranslation } from 'react-i18next';
import { useMeetingStore } from '../../meetingStore';
import { FeedbackRunView } from './FeedbackRunView';

/** The lead facilitator's view of every cluster at once: who presents, the phase, time left or overtime. */
export function ClusterOverview() {
  const { t } = useTranslation();
  const state = useMeetingStore((s) => s.state);
  if (!state.clusters.length) return null;
  return (
    <section aria-labelledby="cluster-overview">
      <h2 id="cluster-overview">{t('feedback.overview')}</h2>
      <div className="cluster-overview">
        {state.clusters.map((c) => {
          const run = state.feedbackRuns.find((r) => r.clusterId === c.id);
          return (
            <article key={c.id} className="card">
              <h3>{c.name}{c.room && <span className="muted"> · {t('agenda.inRoom', { room: c.room })}</span>}</h3>
              {run ? <FeedbackRunView run={run} chimeOn={false} /> : <p className="muted">{t('feedback.notStarted')}</p>}
            </article>
          );
        })}
      </div>
    </section>
  );
}
