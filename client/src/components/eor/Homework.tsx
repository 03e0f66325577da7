import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { MAX_ANSWER_CHARS, type Answer } from '../../../../shared/year/homework';
import type { ApiResult } from '../../api';
import { Alert } from '../ui/Alert';

/**
 * A homework text being written and saved, a municipality's answer or the
 * supervisor's feedback on it: an edit after a save (or a failure) makes it
 * idle again, so the status under the form never describes an older text.
 */
export function useAnswerDraft(
  initial: string,
  save: (text: string) => Promise<ApiResult<Answer>>,
  onSaved: (a: Answer) => void,
) {
  const [text, setText] = useState(initial);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const submit = async () => {
    setState('saving');
    const res = await save(text);
    setState(res.ok ? 'saved' : 'failed');
    if (res.ok) onSaved(res.data);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  const edit = (value: string) => {
    setText(value);
    setState('idle');
  };
  return { text, state, onSubmit, edit };
}

/** The wide text area for a homework answer or its feedback, as long as the server takes. */
export function AnswerField({
  label,
  rows,
  value,
  onChange,
}: {
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field field--wide">
      <span>{label}</span>
      <textarea
        className="input"
        rows={rows}
        maxLength={MAX_ANSWER_CHARS}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** The card around the homework, for a municipality or its reviewers, with an alert when it did not load. */
export function HomeworkCard({
  headingId,
  heading,
  failed,
  children,
}: {
  headingId: string;
  heading: string;
  failed: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {failed && <Alert>{t('eor.homework.failed')}</Alert>}
      {children}
    </section>
  );
}
