import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import type { FeedbackRun } from '../../../../shared/protocol';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../../meetingStore';
import { floorOf } from '../../model/feedback';
import { FeedbackTimer } from './FeedbackTimer';

/**
 * Who has the floor and the time left: what every screen of the cluster shows.
 * The change of speaker is announced; where several clusters are on one screen,
 * `cluster` names whose change it is (heard, not shown: the card's heading shows it).
 */
export function FeedbackRunView({
  run,
  chimeOn,
  vibrate = false,
  large = false,
  labelled = false,
  cluster,
}: {
  run: FeedbackRun;
  chimeOn: boolean;
  vibrate?: boolean;
  large?: boolean;
  /** The phase as the countdown's label, where the segment's countdown is near too (phone, tablet). */
  labelled?: boolean;
  cluster?: string;
}) {
  const { t } = useTranslation();
  // Who has the floor, not the meeting: a latecomer or a message does not redraw every cluster's timer.
  const floor = useMeetingStore(useShallow((s) => floorOf(s.state, run)));
  return (
    <div className={large ? 'feedback-run feedback-run--large' : 'feedback-run'}>
      <p className="feedback-run__floor" aria-live="polite">
        {cluster && <span className="visually-hidden">{cluster}: </span>}
        {floor.kind === 'done' ? (
          t('feedback.floor.done')
        ) : (
          <>
            <span className="swatch" style={{ background: floor.municipality.colour }} aria-hidden="true" />
            {t(`feedback.floor.${floor.kind}`, { municipality: floor.municipality.name })}
          </>
        )}
      </p>
      {floor.kind !== 'done' && (
        <>
          {!labelled && <p className="muted">{t(`feedback.phase.${run.phase}`)}</p>}
          <FeedbackTimer
            label={labelled ? t('feedback.phaseLabel', { phase: t(`feedback.phase.${run.phase}`) }) : undefined}
            timer={run.timer}
            phaseKey={`${run.index}-${run.phase}`}
            chimeOn={chimeOn}
            vibrate={vibrate}
            large={large}
          />
        </>
      )}
    </div>
  );
}
