import { useTranslation } from '../../i18n/useTranslation';
import { ErrorText } from '../ErrorText';
import { Alert } from '../ui/Alert';

/** What the last save (or start) told the organiser. */
export type Notice = null | 'saved' | 'conflict' | 'alreadyStarted' | { problems: number } | { error: string };

/** Saved or not, the save button, and what went wrong: always in view at the top of the programme. */
export function SaveBar({
  dirty,
  saving,
  notice,
  onSave,
}: {
  dirty: boolean;
  saving: boolean;
  notice: Notice;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="savebar">
      <p className="savebar__status" aria-live="polite">
        {dirty ? t('programme.unsaved') : t('programme.saved')}
      </p>
      <button type="button" className="button button--primary" onClick={onSave} disabled={saving || !dirty}>
        {saving ? t('programme.saving') : t('programme.save')}
      </button>
      {notice === 'conflict' && <Alert>{t('programme.conflict')}</Alert>}
      {notice === 'alreadyStarted' && <Alert>{t('programme.meetings.alreadyStarted')}</Alert>}
      {notice && typeof notice === 'object' && 'problems' in notice && (
        <Alert>{t('programme.fixProblems', { n: notice.problems })}</Alert>
      )}
      {notice && typeof notice === 'object' && 'error' in notice && <ErrorText code={notice.error} />}
    </div>
  );
}
