import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { eorProgress } from '../../../../shared/year/eor';
import type { BoardResponse } from '../../../../shared/year/eorApi';
import { meetingBoard } from '../../eorClient';
import '../../i18n/eorCatalogue';
import { useServerUrl } from '../../serverUrl';
import { EorCharts } from './EorCharts';
import { EorFigures } from './EorFigures';
import { CONTENT_LANG } from '../../i18n/content';

const RETRY_MS = 3_000;

/**
 * A meeting's municipality's EOR board, read with the meeting link's secret:
 * its sentence, where it stands and the charts. On the projector and the
 * supervisor's tablet while it presents; in the day's report under its own
 * `title`. A municipality without a board says so in one line; a board that
 * could not be fetched (the connection dropped) is fetched again every 3 s.
 * On the screens it is fetched again every `refreshMs`, so it stays current.
 */
export default function PresentingBoard({
  meetingId,
  municipalityId,
  name,
  token,
  title,
  refreshMs,
  charts = true,
}: {
  meetingId: string;
  municipalityId: string;
  name: string;
  token: string;
  title?: string;
  /** Fetched again this often while shown: a figure typed in during the presentation reaches the screen. */
  refreshMs?: number;
  /** The charts too (off on the projector when several municipalities present at once: the figures are what fits). */
  charts?: boolean;
}) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [entry, setEntry] = useState<BoardResponse | null | 'none' | 'retrying'>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setEntry(null);
    // A refresh that fails keeps the board shown; only a first fetch that fails says it is retrying.
    const load = () =>
      void meetingBoard(base, meetingId, municipalityId, token).then((res) => {
        if (!live) return;
        // Only the server's "no board" is an answer; the hotel wifi dropping (or a 5xx) is tried again.
        if (res.ok || res.status === 404 || res.status === 403) {
          // An unchanged board (same version) keeps the shown one: the charts are not drawn again every refresh.
          const next = res.ok ? res.data : 'none';
          setEntry((shown) =>
            typeof shown === 'object' && shown && typeof next === 'object' && shown.board.version === next.board.version
              ? shown
              : next,
          );
          if (res.ok && refreshMs) timer = setTimeout(load, refreshMs);
        } else {
          setEntry((shown) => (shown && typeof shown === 'object' ? shown : 'retrying'));
          timer = setTimeout(load, RETRY_MS);
        }
      });
    load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [base, meetingId, municipalityId, token, refreshMs]);
  if (entry === null) return null;
  if (entry === 'none') return <p className="muted">{t('eor.screen.noBoard', { name })}</p>;
  if (entry === 'retrying')
    return (
      <p className="muted" role="status">
        {t('eor.screen.retrying', { name })}
      </p>
    );
  const progress = eorProgress(entry.board);
  return (
    <section className="screen-eor" aria-labelledby={`screen-eor-${municipalityId}`}>
      <h3 id={`screen-eor-${municipalityId}`}>{title ?? t('eor.screen.presenting', { name })}</h3>
      <p className="eor-board__sentence" lang={entry.board.sentence ? CONTENT_LANG : undefined}>
        {entry.board.sentence || t('eor.noSentence')}
      </p>
      <EorFigures board={entry.board} progress={progress} />
      {charts && <EorCharts board={entry.board} progress={progress} idPrefix={`screen-eor-${municipalityId}`} />}
    </section>
  );
}
