import type { ReactNode } from 'react';
import { ConnectionBadge } from './ConnectionBadge';
import { PageHeader } from './PageHeader';

/** The bar on every meeting view: what this is, the connection, the language. */
export function Header({
  title,
  subtitle,
  documentTitle,
  connected = true,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  /** The browser tab's title; the meeting views name their state in it (useMeetingTitle). */
  documentTitle?: string;
  connected?: boolean;
}) {
  return (
    <PageHeader title={title} subtitle={subtitle} documentTitle={documentTitle}>
      {connected && <ConnectionBadge />}
    </PageHeader>
  );
}
