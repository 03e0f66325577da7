import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { MAX_DAYS } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { SegmentedControl } from '../ui/SegmentedControl';
import type { RunCommand } from './runCommand';

/** "Lägg till en dag" (G5): the standard day after the last, from the start the facilitator gives. */
export function AddDay({ run, day }: { run: RunCommand; day: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [start, setStart] = useState('08:00');
  if (day > MAX_DAYS) return null;
  return (
    <details className="card">
      <summary>{t('console.days.addDayHeading')}</summary>
      <p className="hint">{t('console.days.addDayHint')}</p>
      <label htmlFor={`${id}-start`}>{t('console.days.dayStartLabel', { day })}</label>
      <input
        id={`${id}-start`}
        type="time"
        className="input input--inline"
        value={start}
        onChange={(e) => setStart(e.target.value)}
      />{' '}
      <button
        type="button"
        className="button"
        disabled={!start}
        onClick={() => void run({ type: 'addDay', plannedStart: start })}
      >
        {t('console.days.addDay', { day })}
      </button>
    </details>
  );
}

/** Each day's check-in against its check-out, or the meeting's first against its last (G7). */
export function ComparisonSpanChoice({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const span = useMeetingStore((s) => s.state.comparisonSpan ?? 'day');
  return (
    <SegmentedControl
      legend={t('console.days.comparisonSpan')}
      options={(['day', 'meeting'] as const).map((value) => ({
        value,
        label: t(`console.days.comparisonSpans.${value}`),
      }))}
      value={span}
      onChange={(value) => void run({ type: 'setComparisonSpan', span: value })}
    />
  );
}
