import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { dayCount, dayOf } from '../../../../shared/day/days';
import { daySlice, dayStartMs, schedule } from '../../../../shared/day/schedule';
import { useMeetingApartFromPlacements } from '../../meetingStore';
import { dateText, timeOfDay } from '../../model/time';
import { useServerNow } from '../../useServerNow';
import { Motion } from '../Motion';
import { AddDay, ComparisonSpanChoice } from './AgendaDays';
import { AgendaRow } from './AgendaRow';
import type { RunCommand } from './runCommand';
import { SegmentForm } from './SegmentForm';

/**
 * The agenda as the facilitator runs and changes it; every change reaches
 * every screen at once. A meeting of several days shows it day by day, each
 * with its own start (G5); a one-day meeting shows no days.
 */
export function AgendaEditor({ run }: { run: RunCommand }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const state = useMeetingApartFromPlacements();
  const now = useServerNow(15_000);
  const [after, setAfter] = useState<string>(state.currentSegmentId ?? state.agenda.at(-1)?.id ?? '');
  const days = dayCount(state.agenda);
  const lng = i18n.locale;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('agenda.heading')}</h2>
      {Array.from({ length: days }, (_, i) => {
        const day = daySlice(state, i + 1, now);
        const rows = schedule(day, now, dayStartMs(day, now)).rows;
        const first = day.agenda[0];
        const begun = day.agenda.some((s) => s.actualStart !== undefined);
        return (
          <div key={i} className={days > 1 ? 'agenda-day' : undefined}>
            {days > 1 && (
              <div className="agenda-day__head">
                <h3>
                  {t('agenda.dayOfDays', { day: i + 1, days })} · {dateText(day.date, lng)}
                </h3>
                {!begun && (
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => void run({ type: 'removeDay', day: i + 1 })}
                  >
                    {t('console.days.removeDay', { day: i + 1 })}
                  </button>
                )}
              </div>
            )}
            {first && first.actualStart === undefined && (
              <label className="inline-field">
                {days > 1 ? t('console.days.dayStartLabel', { day: i + 1 }) : t('facilitator.startLabel')}{' '}
                <input
                  type="time"
                  className="input input--inline"
                  value={first.plannedStart}
                  onChange={(e) =>
                    e.target.value &&
                    void run({ type: 'updateSegment', segmentId: first.id, plannedStart: e.target.value })
                  }
                />
              </label>
            )}
            <Motion>
              <ol className="agenda">
                {rows.map((row, k) => (
                  <AgendaRow
                    key={row.segment.id}
                    row={row}
                    index={state.agenda.indexOf(row.segment)}
                    first={k === 0}
                    last={k === rows.length - 1}
                    currentId={state.currentSegmentId}
                    timeZone={state.timeZone}
                    run={run}
                  />
                ))}
              </ol>
            </Motion>
          </div>
        );
      })}
      <details className="card">
        <summary>{t('facilitator.addHeading')}</summary>
        <label htmlFor={`${id}-after`}>{t('facilitator.addAfter')}</label>
        <select id={`${id}-after`} className="input" value={after} onChange={(e) => setAfter(e.target.value)}>
          <option value="">{t('facilitator.addFirst')}</option>
          {state.agenda.map((s) => (
            <option key={s.id} value={s.id}>
              {days > 1 && `${t('agenda.dayOfDays', { day: dayOf(s), days })} · `}
              {timeOfDay(s.plannedStart, lng)} {s.title}
            </option>
          ))}
        </select>
        <SegmentForm
          initial={{ kind: 'custom', title: '', plannedMinutes: 15, room: '' }}
          submitLabel={t('facilitator.add')}
          onSubmit={(f) =>
            run({
              type: 'addSegment',
              afterSegmentId: after || null,
              kind: f.kind,
              title: f.title,
              plannedMinutes: f.plannedMinutes,
              ...(f.room ? { room: f.room } : {}),
            })
          }
        />
      </details>
      <AddDay run={run} day={days + 1} />
      {days > 1 && <ComparisonSpanChoice run={run} />}
    </section>
  );
}
