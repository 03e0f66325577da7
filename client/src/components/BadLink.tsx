import { Header } from './Header';
import { ErrorText } from './ErrorText';

/** What a secret link that is missing, wrong or revoked shows instead of the view. */
export function BadLink({ title }: { title: string }) {
  return (
    <main className="page">
      <Header title={title} connected={false} />
      <ErrorText code="badLink" />
    </main>
  );
}
