import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eorProgress } from '../../../../shared/eor';
import type { BoardResponse } from '../../../../shared/eorApi';
import { meetingBoard } from '../../eorClient';
import '../../i18n/eorCatalogue';
import { useServerUrl } from '../../serverUrl';
import { EorCharts } from './EorCharts';
import { EorFigures } from './EorFigures';

/**
 * A meeting's municipality's EOR board, read with the meeting link's secret:
 * its sentence, where it stands and the charts. On the projector and the
 * supervisor's tablet while it presents; in the day's report under its own
 * `title`. A municipality without a board says so in one line.
 */
export default function PresentingBoard({ meetingId, municipalityId, name, token, title }: { meetingId: string; municipalityId: string; name: string; token: string; title?: string }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [entry, setEntry] = useState<BoardResponse | null | 'none'>(null);
  useEffect(() => {
    let live = true;
    setEntry(null);
    void meetingBoard(base, meetingId, municipalityId, token).then((res) => live && setEntry(res.ok ? res.data : 'none'));
    return () => {
      live = false;
    };
  }, [base, meetingId, municipalityId, token]);
  if (entry === null) return null;
  if (entry === 'none') return <p className="muted">{t('eor.screen.noBoard', { name })}</p>;
  const progress = eorProgress(entry.board);
  return (
    <section className="screen-eor" aria-labelledby={`screen-eor-${municipalityId}`}>
      <h3 id={`screen-eor-${municipalityId}`}>{title ?? t('eor.screen.presenting', { name })}</h3>
      <p className="eor-board__sentence">{entry.board.sentence || t('eor.noSentence')}</p>
      <EorFigures board={entry.board} progress={progress} />
      <EorCharts board={entry.board} progress={progress} idPrefix={`screen-eor-${municipalityId}`} />
    </section>
  );
}
