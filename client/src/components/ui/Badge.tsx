import type { ReactNode } from 'react';

/** A short status in a pill; the tone adds colour to words that already say it (never colour alone). */
export function Badge({
  tone = 'neutral',
  children,
  role,
}: {
  tone?: 'neutral' | 'ok' | 'warning' | 'danger';
  children: ReactNode;
  role?: 'status';
}) {
  return (
    <span className={`badge badge--${tone}`} role={role}>
      {children}
    </span>
  );
}
