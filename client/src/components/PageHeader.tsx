import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The title bar every page shares: what this is, and the language. Pages that
 * are not live (start, programme) use it as it is, so the meeting's store
 * stays out of their chunks; meeting views add the connection (Header.tsx).
 */
export function PageHeader({
  title,
  subtitle,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="header">
      <div>
        <h1 className="header__title">{title}</h1>
        {subtitle && <p className="header__subtitle">{subtitle}</p>}
      </div>
      <div className="header__tools">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
