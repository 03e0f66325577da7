import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/feedbackCatalogue';
import { useMeetingApartFromPlacements } from '../../meetingStore';
import { clockText } from '../../model/time';

const minutes = (ms: number) => (ms / 60_000).toFixed(1).replace('.', ',');

/** Planned vs actual per phase and municipality: the feedback rounds' timing log. */
export function TimingLog() {
  const { t, i18n } = useTranslation();
  const state = useMeetingApartFromPlacements();
  if (!state.timingLog.length) return null;
  const name = (id: string, list: readonly { id: string; name: string }[]) =>
    list.find((x) => x.id === id)?.name ?? '?';
  return (
    <details className="card">
      <summary>{t('feedback.timingLog', { count: state.timingLog.length })}</summary>
      <table className="comparison__table">
        <thead>
          <tr>
            <th scope="col">{t('feedback.cluster')}</th>
            <th scope="col">{t('feedback.municipality')}</th>
            <th scope="col">{t('feedback.phaseColumn')}</th>
            <th scope="col">{t('feedback.started')}</th>
            <th scope="col">{t('feedback.planned')}</th>
            <th scope="col">{t('feedback.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {state.timingLog.map((e) => {
            const over = e.endedAt - e.startedAt - e.plannedMs;
            return (
              <tr key={`${e.clusterId}-${e.municipalityId}-${e.phase}-${e.startedAt}`}>
                <td>{name(e.clusterId, state.clusters)}</td>
                <td>{name(e.municipalityId, state.municipalities)}</td>
                <td>{t(`feedback.phase.${e.phase}`)}</td>
                <td>{clockText(e.startedAt, i18n.locale, state.timeZone)}</td>
                <td>{minutes(e.plannedMs)} min</td>
                <td className={over > 0 ? 'timing--over' : undefined}>{minutes(e.endedAt - e.startedAt)} min</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
