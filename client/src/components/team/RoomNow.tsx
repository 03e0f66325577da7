import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/teamViewCatalogue';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../../meetingStore';
import { consoleFocus } from '../../model/consoleFocus';
import { ExerciseWatch } from '../console/RunView';
import { ClusterOverview } from '../feedback/ClusterOverview';

/**
 * The evaluator following the day as it happens: what the console's "Just nu"
 * shows, without its controls. The open statement's live board, the comparison
 * after the check-out, the clusters' rounds during cluster work.
 */
export function RoomNow() {
  const { t } = useTranslation();
  const id = useId();
  const focus = useMeetingStore(useShallow((s) => consoleFocus(s.state)));
  return (
    <section className="room-now" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('teamView.live.heading')}</h2>
      {focus.kind === 'exercise' && <ExerciseWatch exercise={focus.exercise} titled />}
      {focus.kind === 'clusters' && <ClusterOverview titled={false} />}
      {focus.kind === 'arrival' && <p className="muted">{t('teamView.live.nothing')}</p>}
    </section>
  );
}
