import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { useMeetingFields, useMeetingStore } from '../../meetingStore';
import { regroupAfter } from '../../model/agenda';
import { roomText } from '../../model/room';
import { timeOfDay } from '../../model/time';
import { FeedbackRunView } from './FeedbackRunView';
import { RunBoard } from './RunBoard';

/**
 * The lead facilitator's view of every cluster at once: who presents, the
 * phase, time left or overtime. On the projector (`boardToken`, its link's
 * secret), a presenting municipality's EOR board shows under its cluster.
 * `titled={false}` where a heading above already says what this is (the evaluator's "Just nu i rummet").
 */
export function ClusterOverview({
  large = false,
  boardToken,
  titled = true,
}: {
  large?: boolean;
  boardToken?: string;
  titled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const state = useMeetingFields('clusters', 'feedbackRuns');
  // When the clusters regroup: the start of what follows the cluster work.
  const regroup = useMeetingStore((s) => regroupAfter(s.state));
  if (!state.clusters.length) return null;
  return (
    <section
      aria-labelledby={titled ? 'cluster-overview' : undefined}
      className={large ? 'cluster-overview--large' : undefined}
    >
      {titled && <h2 id="cluster-overview">{t('feedback.overview')}</h2>}
      {regroup && (
        <p className="where">
          {t('feedback.regroup', { time: timeOfDay(regroup.plannedStart, i18n.locale), title: regroup.title })}
        </p>
      )}
      <div className="cluster-overview">
        {state.clusters.map((c) => {
          const run = state.feedbackRuns.find((r) => r.clusterId === c.id);
          return (
            <article key={c.id} className="card">
              <h3>
                {c.name}
                {c.room && <span className="muted"> · {roomText(t, c.room)}</span>}
              </h3>
              {run ? (
                <FeedbackRunView run={run} chimeOn={false} large={large} cluster={c.name} />
              ) : (
                <p className="muted">{t('feedback.notStarted')}</p>
              )}
              {run && boardToken && <RunBoard run={run} token={boardToken} />}
            </article>
          );
        })}
      </div>
    </section>
  );
}
