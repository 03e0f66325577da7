import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/roomCatalogue';
import '../room.css';
import { useMeetingStore } from '../meetingStore';
import type { RunCommand } from './agenda/runCommand';
import { DismissMessage } from './DismissMessage';

/** The ready-made messages, by catalogue key (`room.preset.*`): a click puts one in the field, to edit or send. */
const PRESETS = ['gather', 'bus', 'coffee', 'lunch', 'back', 'phones'] as const;

/**
 * A message to the room (M1): a ready-made one or the sender's own words, to
 * everyone or one cluster. A supervisor's tablet (`clusterId`) writes to its
 * own cluster only; the console chooses, and lists what is on screen with a
 * button to take each down.
 */
export default function MessageComposer({ send, clusterId }: { send: RunCommand; clusterId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const clusters = useMeetingStore((s) => s.state.clusters);
  const messages = useMeetingStore((s) => s.state.roomMessages);
  const [text, setText] = useState('');
  const [to, setTo] = useState(clusterId ?? '');
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const ok = await send({ type: 'sendRoomMessage', text, ...(to ? { clusterId: to } : {}) });
    setSent(ok);
    if (ok) setText('');
  };
  const audience = (cluster: string | undefined) => {
    const name = clusters.find((c) => c.id === cluster)?.name;
    return name ? t('room.compose.cluster', { name }) : t('room.compose.everyone');
  };
  const form = (
    <form onSubmit={(e) => void submit(e)}>
      <fieldset className="room-compose__presets">
        <legend>{t('room.compose.presets')}</legend>
        {PRESETS.map((key) => {
          const preset = t(`room.preset.${key}`);
          return (
            <button
              key={key}
              type="button"
              className="button button--small"
              aria-label={t('room.compose.presetLabel', { text: preset })}
              onClick={() => {
                setText(preset);
                setSent(false);
                input.current?.focus();
              }}
            >
              {preset}
            </button>
          );
        })}
      </fieldset>
      <div className="room-compose__fields">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('room.compose.text')}</label>
          <input
            ref={input}
            id={`${id}-text`}
            value={text}
            maxLength={80}
            required
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setText(e.target.value);
              setSent(false);
            }}
          />
          <span id={`${id}-hint`} className="muted">
            {t('room.compose.textHint')}
          </span>
        </div>
        {!clusterId && clusters.length > 0 && (
          <div className="field field--narrow room-compose__to">
            <label htmlFor={`${id}-to`}>{t('room.compose.to')}</label>
            <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{audience(undefined)}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {audience(c.id)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('room.compose.send')}
      </button>
      <p role="status" className="muted">
        {sent ? t('room.compose.sent') : ''}
      </p>
    </form>
  );
  // On the tablet, the cluster room's screen: folded, so the rounds keep the room's eye.
  if (clusterId)
    return (
      <details className="card room-compose">
        <summary>{t('room.compose.heading')}</summary>
        {form}
      </details>
    );
  return (
    <section className="card room-compose" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('room.compose.heading')}</h2>
      {form}
      <p className="muted">
        {messages.length ? t('room.compose.onScreen', { count: messages.length }) : t('room.compose.none')}
      </p>
      <ul className="room-compose__shown">
        {messages.map((m) => (
          <li key={m.id}>
            <span>
              <bdi>{m.text}</bdi> <span className="muted">· {audience(m.clusterId)}</span>
            </span>
            <DismissMessage message={m} send={send} />
          </li>
        ))}
      </ul>
    </section>
  );
}
