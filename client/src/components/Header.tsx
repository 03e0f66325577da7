import type { ReactNode } from 'react';
import { ConnectionBadge } from './ConnectionBadge';
import { LanguageSwitch } from './LanguageSwitch';

/** The bar on every meeting view: what this is, the connection, the language. */
export function Header({ title, subtitle, connected = true }: { title: ReactNode; subtitle?: ReactNode; connected?: boolean }) {
  return (
    <header className="header">
      <div>
        <h1 className="header__title">{title}</h1>
        {subtitle && <p className="header__subtitle">{subtitle}</p>}
      </div>
      <div className="header__tools">
        {connected && <ConnectionBadge />}
        <LanguageSwitch />
      </div>
    </header>
  );
}
