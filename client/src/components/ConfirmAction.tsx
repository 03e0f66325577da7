import { useEffect, useId, useRef, useState } from 'react';
import { ErrorText } from './ErrorText';

export interface ConfirmActionProps {
  /** The first button; nothing happens until the second step is confirmed. */
  label: string;
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busyLabel: string;
  /** Carries the action out; resolves to an error code, or null when done. */
  onConfirm(): Promise<string | null>;
}

/**
 * An action that cannot be undone, in two steps: the button opens a short
 * explanation with "yes" and "cancel"; focus moves to the explanation and,
 * on cancel, back to the button, so the keyboard path is the mouse's.
 */
export function ConfirmAction({
  label,
  heading,
  text,
  confirmLabel,
  cancelLabel,
  busyLabel,
  onConfirm,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const id = useId();

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const failed = await onConfirm();
    setBusy(false);
    setError(failed);
  };
  return (
    <section className="confirm" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p>{text}</p>
      <ErrorText code={error} />
      <div className="controls">
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
}
