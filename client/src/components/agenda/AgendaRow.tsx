import { m } from 'framer-motion';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import type { ScheduleRow } from '../../../../shared/day/schedule';
import { showsKind } from '../../model/agenda';
import { clockText, timeOfDay } from '../../model/time';
import type { RunCommand } from './runCommand';
import { SegmentForm } from './SegmentForm';
import { CONTENT_LANG } from '../../i18n/content';

interface AgendaRowProps {
  row: ScheduleRow;
  /** Its place on the whole agenda (the days one after the other). */
  index: number;
  /** First or last of its day: it moves within its day (G5). */
  first: boolean;
  last: boolean;
  currentId: string | null;
  /** The meeting's: actual times on its clocks (T5). */
  timeZone: string;
  run: RunCommand;
}

/** One agenda item: planned and actual times, and what the facilitator can do with it now. */
export function AgendaRow({ row, index, first, last, currentId, timeZone, run }: AgendaRowProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { segment: s, status } = row;
  const kind = t(`segmentKind.${s.kind}`);
  const ran = s.actualStart !== undefined;
  const lng = i18n.locale;
  // The accessible name starts with the visible text (WCAG 2.5.3) and says which item it acts on.
  const label = (action: string) => ({ 'aria-label': `${action}: ${s.title}` });

  return (
    <m.li
      layout="position"
      className={`agenda__item agenda__item--${status}`}
      aria-current={status === 'current' ? 'step' : undefined}
    >
      <span className="agenda__time">{timeOfDay(s.plannedStart, lng)}</span>
      <span className="agenda__title">
        <span lang={CONTENT_LANG}>{s.title}</span>
        <span className="muted">
          {showsKind(s.title, kind) && <> · {kind}</>} · {s.plannedMinutes} min
          {s.room && <> · {t('agenda.room', { room: s.room })}</>}
        </span>
      </span>
      <span className="agenda__status">
        {t(`agenda.${status}`)}
        {s.actualStart !== undefined && (
          <>
            {' '}
            ·{' '}
            {t('agenda.actual', {
              start: clockText(s.actualStart, lng, timeZone),
              end: s.actualEnd !== undefined ? clockText(s.actualEnd, lng, timeZone) : '…',
            })}
          </>
        )}
      </span>
      <div className="agenda__actions" role="group" aria-label={t('facilitator.segmentActions', { title: s.title })}>
        {status !== 'current' && !s.skipped && (
          <button
            type="button"
            className="button button--small"
            onClick={() => run({ type: 'goToSegment', fromSegmentId: currentId, segmentId: s.id })}
            {...label(t('facilitator.goHere'))}
          >
            {t('facilitator.goHere')}
          </button>
        )}
        {!ran && (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={first}
              onClick={() => run({ type: 'moveSegment', segmentId: s.id, toIndex: index - 1 })}
              {...label(t('facilitator.moveUp'))}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={last}
              onClick={() => run({ type: 'moveSegment', segmentId: s.id, toIndex: index + 1 })}
              {...label(t('facilitator.moveDown'))}
            >
              ↓
            </button>
          </>
        )}
        {(!ran || status === 'current') && (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={s.plannedMinutes <= 5}
              onClick={() => run({ type: 'updateSegment', segmentId: s.id, plannedMinutes: s.plannedMinutes - 5 })}
              {...label(t('facilitator.shorter'))}
            >
              {t('facilitator.shorter')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => run({ type: 'updateSegment', segmentId: s.id, plannedMinutes: s.plannedMinutes + 5 })}
              {...label(t('facilitator.longer'))}
            >
              {t('facilitator.longer')}
            </button>
          </>
        )}
        {!ran && (
          <button
            type="button"
            className="button button--small"
            onClick={() => run({ type: 'skipSegment', segmentId: s.id, skipped: !s.skipped })}
            {...label(t(s.skipped ? 'facilitator.unskip' : 'facilitator.skip'))}
          >
            {t(s.skipped ? 'facilitator.unskip' : 'facilitator.skip')}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          {...label(t('facilitator.edit'))}
        >
          {t('facilitator.edit')}
        </button>
        {!ran && (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => run({ type: 'removeSegment', segmentId: s.id })}
            {...label(t('facilitator.remove'))}
          >
            {t('facilitator.remove')}
          </button>
        )}
      </div>
      {editing && (
        <div className="agenda__edit">
          <SegmentForm
            initial={{ kind: s.kind, title: s.title, plannedMinutes: s.plannedMinutes, room: s.room ?? '' }}
            submitLabel={t('facilitator.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (f) => {
              const ok = await run({
                type: 'updateSegment',
                segmentId: s.id,
                kind: f.kind,
                title: f.title,
                plannedMinutes: f.plannedMinutes,
                room: f.room || null,
              });
              if (ok) setEditing(false);
              return ok;
            }}
          />
        </div>
      )}
    </m.li>
  );
}
