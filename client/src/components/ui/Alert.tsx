import type { ReactNode } from 'react';

/** A failure the reader must know about now: in the error colour, and read out as soon as it shows. */
export function Alert({ children }: { children: ReactNode }) {
  return (
    <p className="error" role="alert">
      {children}
    </p>
  );
}
