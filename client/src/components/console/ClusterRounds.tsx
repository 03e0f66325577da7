import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';
import { FeedbackControls } from '../feedback/FeedbackControls';
import { FeedbackRunView } from '../feedback/FeedbackRunView';
import { SegmentedControl } from '../ui/SegmentedControl';

/**
 * [T6] The console standing in for a supervisor whose tablet is late or dead:
 * one cluster at a time, chosen here, run with the tablet's own controls. The
 * tablet, the phones and the projector follow as if the tablet had sent it.
 */
export function ClusterRounds({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const clusters = useMeetingStore((s) => s.state.clusters);
  const runs = useMeetingStore((s) => s.state.feedbackRuns);
  const [chosen, setChosen] = useState('');
  const cluster = clusters.find((c) => c.id === chosen);
  const feedback = runs.find((r) => r.clusterId === cluster?.id);
  if (!clusters.length) return null;
  return (
    <section className="card console-rounds" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.rounds.heading')}</h2>
      <p className="hint">{t('console.rounds.help')}</p>
      <SegmentedControl
        legend={t('console.rounds.pick')}
        options={[
          { value: '', label: t('console.rounds.none') },
          ...clusters.map((c) => ({ value: c.id, label: c.name })),
        ]}
        value={cluster ? cluster.id : ''}
        onChange={setChosen}
      />
      {cluster && (
        <div className="console-rounds__cluster">
          <p className="where">{t('console.rounds.running', { cluster: cluster.name })}</p>
          {feedback ? (
            <FeedbackRunView run={feedback} chimeOn={false} cluster={cluster.name} />
          ) : (
            <p>{t('feedback.notStarted')}</p>
          )}
          <FeedbackControls cluster={cluster} run={feedback} send={run} />
        </div>
      )}
    </section>
  );
}
