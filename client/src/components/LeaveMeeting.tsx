import { useTranslation } from '../i18n/useTranslation';
import '../i18n/erasureCatalogue';
import { forgetParticipantToken } from '../storage';
import type { MeetingActions } from '../useMeeting';
import { ConfirmAction } from './ConfirmAction';

/**
 * "Ta bort mig": the participant removes themself (PD2), in two steps. Its own
 * chunk, loaded after the phone has rendered, with its strings.
 */
export default function LeaveMeeting({
  meetingId,
  actions,
  onLeft,
}: {
  meetingId: string;
  actions: MeetingActions;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  // Once the server has it, the phone forgets the token too.
  const leave = async () => {
    const ack = await actions.send({ type: 'leave' });
    if (!ack.ok) return ack.error.code;
    forgetParticipantToken(meetingId);
    onLeft();
    return null;
  };
  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.leave.heading')}</h2>
      <ConfirmAction
        label={t('privacy.leave.button')}
        heading={t('privacy.leave.confirmHeading')}
        text={t('privacy.leave.confirmText')}
        confirmLabel={t('privacy.leave.confirm')}
        cancelLabel={t('privacy.leave.cancel')}
        busyLabel={t('privacy.leave.busy')}
        onConfirm={leave}
      />
    </section>
  );
}
