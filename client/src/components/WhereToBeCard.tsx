import { useTranslation } from '../i18n/useTranslation';
import type { Cluster } from '../../../shared/protocol';
import { useMeetingStore, useMeetingApartFromPlacements } from '../meetingStore';
import { roomText } from '../model/room';
import { timeOfDay } from '../model/time';
import { whereToBe } from '../model/whereToBe';

function ClusterLine({ cluster }: { cluster: Cluster }) {
  const { t } = useTranslation();
  const parts = [
    cluster.name,
    cluster.room && roomText(t, cluster.room),
    cluster.supervisor && t('agenda.withSupervisor', { name: cluster.supervisor }),
  ];
  return <>{parts.filter(Boolean).join(', ')}</>;
}

/** The phone's answer to "where do I go now?", for this participant's own cluster. */
export function WhereToBeCard() {
  const { t, i18n } = useTranslation();
  const state = useMeetingApartFromPlacements();
  const participantId = useMeetingStore((s) => s.actor?.participantId);
  const where = whereToBe(state, participantId);
  let text: React.ReactNode = null;
  switch (where.kind) {
    case 'cluster':
      text = where.cluster ? (
        <>
          {t('agenda.yourCluster', { cluster: '' })}
          <ClusterLine cluster={where.cluster} />
        </>
      ) : null;
      break;
    case 'break':
      text = where.regroup ? (
        <>
          {t('agenda.regroup', { time: timeOfDay(where.regroup.at, i18n.locale) })}
          {where.regroup.cluster && (
            <>
              : <ClusterLine cluster={where.regroup.cluster} />
            </>
          )}
        </>
      ) : null;
      break;
    case 'plenary':
      text = where.segment.room ? roomText(t, where.segment.room, 'agenda.room') : null;
      break;
    case 'teamOnly':
    case 'notStarted':
    case 'ended':
      break;
  }
  return text ? <p className="where">{text}</p> : null;
}
