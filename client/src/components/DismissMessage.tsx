import { useTranslation } from '../i18n/useTranslation';
import '../i18n/roomCatalogue';
import type { RunCommand } from './agenda/runCommand';

/** "Ta bort för alla": takes a message to the room off every screen (M1). */
export function DismissMessage({ message, send }: { message: { id: string; text: string }; send: RunCommand }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={t('room.dismissLabel', { text: message.text })}
      onClick={() => void send({ type: 'dismissRoomMessage', messageId: message.id })}
    >
      {t('room.dismiss')}
    </button>
  );
}
