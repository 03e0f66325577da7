import type { ReactNode } from 'react';
import { ConnectionBadge } from './ConnectionBadge';
import { PageHeader } from './PageHeader';

/** The bar on every meeting view: what this is, the connection, the language. */
export function Header({
  title,
  subtitle,
  connected = true,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  connected?: boolean;
}) {
  return (
    <PageHeader title={title} subtitle={subtitle}>
      {connected && <ConnectionBadge />}
    </PageHeader>
  );
}
