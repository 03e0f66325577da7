import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayStartMs, schedule } from '../../../../shared/schedule';
import { useMeetingStore } from '../../meetingStore';
import { timeOfDay } from '../../model/time';
import { useServerNow } from '../../useServerNow';
import { Motion } from '../Motion';
import { AgendaRow } from './AgendaRow';
import type { RunCommand } from './runCommand';
import { SegmentForm } from './SegmentForm';

/** The day's agenda as the facilitator runs and changes it; every change reaches every screen at once. */
export function AgendaEditor({ run }: { run: RunCommand }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const state = useMeetingStore((s) => s.state);
  const now = useServerNow(15_000);
  const rows = schedule(state, now, dayStartMs(state, now)).rows;
  const [after, setAfter] = useState<string>(state.currentSegmentId ?? state.agenda.at(-1)?.id ?? '');
  const first = state.agenda[0];

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('agenda.heading')}</h2>
      {first && first.actualStart === undefined && (
        <label className="inline-field">
          {t('facilitator.startLabel')}{' '}
          <input
            type="time"
            className="input input--inline"
            value={first.plannedStart}
            onChange={(e) =>
              e.target.value && void run({ type: 'updateSegment', segmentId: first.id, plannedStart: e.target.value })
            }
          />
        </label>
      )}
      <Motion>
        <ol className="agenda">
          {rows.map((row, i) => (
            <AgendaRow
              key={row.segment.id}
              row={row}
              index={i}
              count={rows.length}
              currentId={state.currentSegmentId}
              timeZone={state.timeZone}
              run={run}
            />
          ))}
        </ol>
      </Motion>
      <details className="card">
        <summary>{t('facilitator.addHeading')}</summary>
        <label htmlFor={`${id}-after`}>{t('facilitator.addAfter')}</label>
        <select id={`${id}-after`} className="input" value={after} onChange={(e) => setAfter(e.target.value)}>
          <option value="">{t('facilitator.addFirst')}</option>
          {state.agenda.map((s) => (
            <option key={s.id} value={s.id}>
              {timeOfDay(s.plannedStart, i18n.language)} {s.title}
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
    </section>
  );
}
