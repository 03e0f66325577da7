import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { pageTitle, useDocumentTitle, useRouteFocus } from '../pageTitle';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The title bar every page shares: what this is, and the language. Pages that
 * are not live (start, programme) use it as it is, so the meeting's store
 * stays out of their chunks; meeting views add the connection (Header.tsx).
 * It also names the browser tab: `documentTitle` when the view gives one (the
 * meeting views name their state), else the heading, the subtitle and the app.
 */
export function PageHeader({
  title,
  subtitle,
  documentTitle,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  documentTitle?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = (node: ReactNode) => (typeof node === 'string' ? node : undefined);
  const appName = t('app.name');
  useDocumentTitle(documentTitle ?? pageTitle([text(title), text(subtitle), appName]));
  const heading = useRouteFocus();
  return (
    <header className="header">
      <div>
        {/* Focusable by script only: a route change moves the focus here (pageTitle.ts). */}
        <h1 className="header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="header__subtitle">{subtitle}</p>}
      </div>
      <div className="header__tools">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
