import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import '../../i18n/feedbackCatalogue';
import { FEEDBACK_PHASES, type FeedbackMinutes } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';

/** The meeting's phase lengths (5 / 5 / 10 / 3 by default); a change applies from the next phase started. */
export function PhaseMinutesForm({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const current = useMeetingStore((s) => s.state.feedbackMinutes);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FEEDBACK_PHASES.map((p) => [p, String(current[p])])),
  );
  const [error, setError] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minutes = Object.fromEntries(FEEDBACK_PHASES.map((p) => [p, Number(values[p])])) as FeedbackMinutes;
    const ok = FEEDBACK_PHASES.every((p) => Number.isInteger(minutes[p]) && minutes[p] >= 1 && minutes[p] <= 120);
    setError(!ok);
    if (ok) await run({ type: 'setFeedbackMinutes', minutes });
  };
  return (
    <details className="card">
      <summary>{t('feedback.minutesHeading', { ...current })}</summary>
      <form className="phase-minutes" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
        {FEEDBACK_PHASES.map((p) => (
          <label key={p}>
            {t(`feedback.phase.${p}`)}
            <input
              className="input input--inline"
              inputMode="numeric"
              value={values[p]}
              aria-invalid={error}
              onChange={(e) => setValues({ ...values, [p]: e.target.value })}
            />
          </label>
        ))}
        {error && (
          <p id={`${id}-error`} className="error">
            {t('feedback.minutesInvalid')}
          </p>
        )}
        <button type="submit" className="button">
          {t('facilitator.save')}
        </button>
      </form>
    </details>
  );
}
