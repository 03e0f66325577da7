import { useTranslation } from '../i18n/useTranslation';
import { pageTitle } from '../pageTitle';
import { Header } from './Header';
import { ErrorText } from './ErrorText';

/** What a secret link that is missing, wrong or revoked shows instead of the view. */
export function BadLink({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <Header
        title={title}
        documentTitle={pageTitle([t('pageTitle.badLink'), title, t('app.name')])}
        connected={false}
      />
      <ErrorText code="badLink" />
    </main>
  );
}
