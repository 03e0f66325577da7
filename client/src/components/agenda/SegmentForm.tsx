import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { SEGMENT_KINDS, type SegmentKind } from '../../../../shared/protocol';

export interface SegmentFields {
  kind: SegmentKind;
  title: string;
  plannedMinutes: number;
  room: string;
}

/** Title, kind, length and room: one form for adding a segment and for changing one. */
export function SegmentForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: SegmentFields;
  submitLabel: string;
  onSubmit(fields: SegmentFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [minutesText, setMinutesText] = useState(String(initial.plannedMinutes));
  const [errors, setErrors] = useState<{ title?: string; minutes?: string }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minutes = Number(minutesText);
    const found = {
      title: fields.title.trim() ? undefined : 'facilitator.titleRequired',
      minutes: Number.isInteger(minutes) && minutes >= 1 && minutes <= 720 ? undefined : 'facilitator.minutesInvalid',
    };
    setErrors(found);
    if (found.title || found.minutes) return;
    if (await onSubmit({ ...fields, title: fields.title.trim(), room: fields.room.trim(), plannedMinutes: minutes })) {
      if (!onCancel) {
        setFields(initial);
        setMinutesText(String(initial.plannedMinutes));
      }
    }
  };

  return (
    <form className="segment-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-title`}>{t('facilitator.titleLabel')}</label>
      <input
        id={`${id}-title`}
        className="input"
        value={fields.title}
        maxLength={80}
        onChange={(e) => setFields({ ...fields, title: e.target.value })}
        aria-invalid={!!errors.title}
        aria-describedby={errors.title ? `${id}-title-error` : undefined}
      />
      {errors.title && (
        <p id={`${id}-title-error`} className="error">
          {t(errors.title)}
        </p>
      )}
      <label htmlFor={`${id}-kind`}>{t('facilitator.kindLabel')}</label>
      <select
        id={`${id}-kind`}
        className="input"
        value={fields.kind}
        onChange={(e) => setFields({ ...fields, kind: e.target.value as SegmentKind })}
      >
        {SEGMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`segmentKind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-minutes`}>{t('facilitator.minutesLabel')}</label>
      <input
        id={`${id}-minutes`}
        className="input"
        inputMode="numeric"
        value={minutesText}
        onChange={(e) => setMinutesText(e.target.value)}
        aria-invalid={!!errors.minutes}
        aria-describedby={errors.minutes ? `${id}-minutes-error` : undefined}
      />
      {errors.minutes && (
        <p id={`${id}-minutes-error`} className="error">
          {t(errors.minutes)}
        </p>
      )}
      <label htmlFor={`${id}-room`}>{t('facilitator.roomLabel')}</label>
      <input
        id={`${id}-room`}
        className="input"
        value={fields.room}
        maxLength={80}
        onChange={(e) => setFields({ ...fields, room: e.target.value })}
      />
      <div className="segment-form__buttons">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('facilitator.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
