import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useLocation } from 'wouter';
import { eorProgress } from '../../../shared/year/eor';
import { eorLink, type BoardResponse } from '../../../shared/year/eorApi';
import type { CsvRowError } from '../../../shared/year/programmeImport';
import { ConfirmAction } from '../components/ConfirmAction';
import { ErrorText } from '../components/ErrorText';
import { PageHeader } from '../components/PageHeader';
import { BoardForm } from '../components/eor/BoardForm';
import { EorCharts } from '../components/eor/EorCharts';
import { EorFigures } from '../components/eor/EorFigures';
import { HomeworkAnswers } from '../components/eor/HomeworkAnswers';
import { RowReport } from '../components/programme/CsvSection';
import { download } from '../download';
import { eorClient } from '../eorClient';
import '../i18n/eorCatalogue';
import '../i18n/programmeCatalogue';
import { boardFromDraft, draftOf, previewOf, type BoardDraft, type CellKey, type CellProblem } from '../model/eorDraft';
import { useServerUrl } from '../serverUrl';
import { CONTENT_LANG } from '../i18n/content';
import { Alert } from '../components/ui/Alert';

type Status = 'loading' | 'ready' | 'badLink' | 'network';
type Notice =
  | null
  | 'saved'
  | 'conflict'
  | 'fix'
  | { error: string }
  | { imported: number }
  | { rows: CsvRowError[]; total: number };

/** One EOR board: the municipality's own page (its secret link) or the organiser's. Figures typed, charts drawn as they are typed. */
export default function EorBoardPage({ programmeId, boardId }: { programmeId: string; boardId: string }) {
  const { t } = useTranslation();
  const base = useServerUrl() ?? '';
  const [, navigate] = useLocation();
  const [token] = useState(() => location.hash.slice(1));
  const client = useMemo(() => eorClient(base, programmeId, token), [base, programmeId, token]);
  const [status, setStatus] = useState<Status>(token ? 'loading' : 'badLink');
  const [entry, setEntry] = useState<BoardResponse | null>(null);
  const [draft, setDraft] = useState<BoardDraft | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [problems, setProblems] = useState<Map<CellKey, CellProblem>>(new Map());
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  // After a refused save, the first marked cell gets the focus (once it is marked).
  useEffect(() => {
    if (focusTick) document.querySelector<HTMLElement>('.eor-form [aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const adopt = (board: BoardResponse['board']) => {
    const d = draftOf(board);
    setDraft(d);
    setSaved(JSON.stringify(d));
    setProblems(new Map());
  };
  const load = async () => {
    const res = await client.board(boardId);
    if (res.ok) {
      setEntry(res.data);
      adopt(res.data.board);
      setStatus('ready');
    } else setStatus(res.status === 0 ? 'network' : 'badLink');
    return res.ok;
  };
  useEffect(() => {
    if (token) void load();
    // Loaded once per link; a conflict reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, boardId]);

  const dirty = !!draft && JSON.stringify(draft) !== saved;
  const preview = useMemo(() => (draft ? previewOf(draft) : null), [draft]);
  const progress = useMemo(() => (preview ? eorProgress(preview) : null), [preview]);

  if (status !== 'ready' || !entry || !draft || !preview || !progress) {
    return (
      <main className="page">
        <PageHeader title={t('eor.title')} />
        {status === 'loading' && <p>{t('eor.loading')}</p>}
        {status === 'badLink' && <ErrorText code="badLink" />}
        {status === 'network' && <ErrorText code="network" />}
      </main>
    );
  }

  const save = async () => {
    const read = boardFromDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      setNotice('fix');
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    const res = await client.save(boardId, read.board);
    setBusy(false);
    if (res.ok) {
      adopt(res.data);
      setNotice('saved');
    } else if (res.status === 409) {
      await load();
      setNotice('conflict');
    } else setNotice({ error: res.status === 0 ? 'network' : (res.error?.code ?? 'invalid') });
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const res = await client.importCsv(boardId, await file.arrayBuffer());
    input.value = '';
    setBusy(false);
    if (res.ok) {
      adopt(res.data.board);
      setNotice({ imported: res.data.imported });
    } else if (res.error?.rows) setNotice({ rows: res.error.rows, total: res.error.total ?? res.error.rows.length });
    else if (res.status === 409) {
      await load();
      setNotice('conflict');
    } else setNotice({ error: res.status === 0 ? 'network' : (res.error?.code ?? 'invalid') });
  };

  const exportCsv = async () => {
    const blob = await client.exportCsv(boardId);
    if (blob) download(blob, `eor-${entry.name}-${draft.start.slice(0, 4)}.csv`);
    else setNotice({ error: 'network' });
  };

  const editable = entry.editable;
  return (
    <main className="page eor-page">
      <PageHeader title={t('eor.boardTitle', { name: entry.name })} subtitle={entry.programmeName} />
      <section className="card eor-board" aria-labelledby="eor-sentence">
        <h2 id="eor-sentence" className="eor-board__sentence" lang={preview.sentence ? CONTENT_LANG : undefined}>
          {preview.sentence || t('eor.noSentence')}
        </h2>
        {preview.measure && <p className="muted">{t('eor.measureLine', { measure: preview.measure })}</p>}
        <EorFigures board={preview} progress={progress} />
        <EorCharts board={preview} progress={progress} idPrefix="eor-board" />
      </section>

      <section className="card" aria-labelledby="eor-edit">
        <h2 id="eor-edit">{editable ? t('eor.editHeading') : t('eor.readHeading')}</h2>
        {editable && (
          <div className="savebar">
            <p className="savebar__status" aria-live="polite">
              {dirty ? t('eor.unsaved') : t('eor.saved')}
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void save()}
              disabled={busy || !dirty}
            >
              {busy ? t('eor.saving') : t('eor.save')}
            </button>
          </div>
        )}
        <div aria-live="polite">
          {notice === 'saved' && <p className="ok">{t('eor.savedNotice')}</p>}
          {notice === 'conflict' && <Alert>{t('eor.conflict')}</Alert>}
          {notice === 'fix' && <Alert>{t('eor.fix', { n: problems.size })}</Alert>}
          {notice && typeof notice === 'object' && 'error' in notice && <ErrorText code={notice.error} />}
          {notice && typeof notice === 'object' && 'imported' in notice && (
            <p className="ok">{t('eor.csv.imported', { count: notice.imported })}</p>
          )}
          {notice && typeof notice === 'object' && 'rows' in notice && (
            <RowReport rows={notice.rows} total={notice.total} />
          )}
        </div>
        <BoardForm
          draft={draft}
          progress={progress}
          problems={problems}
          readOnly={!editable}
          onChange={(change) => {
            setDraft((d) => (d ? change(d) : d));
            setNotice(null);
          }}
        />
        <div className="controls">
          {editable && (
            <label className="button">
              {t('eor.csv.import')}
              <input
                type="file"
                accept=".csv,text/csv,text/plain"
                className="visually-hidden"
                disabled={busy || dirty}
                onChange={(e) => void upload(e)}
              />
            </label>
          )}
          <button type="button" className="button" onClick={() => void exportCsv()}>
            {t('eor.csv.export')}
          </button>
          <button type="button" className="button" onClick={() => print()}>
            {t('eor.print')}
          </button>
        </div>
        <p className="hint">{editable && dirty ? t('eor.csv.saveFirst') : t('eor.csv.columns')}</p>
      </section>

      {!entry.process && <HomeworkAnswers client={client} municipalityId={boardId} />}
      {entry.process && editable && (
        <section className="card no-print" aria-label={t('eor.remove.label')}>
          <ConfirmAction
            label={t('eor.remove.label')}
            heading={t('eor.remove.heading', { name: entry.name })}
            text={t('eor.remove.text')}
            confirmLabel={t('eor.remove.confirm')}
            cancelLabel={t('eor.remove.cancel')}
            busyLabel={t('eor.remove.busy')}
            onConfirm={async () => {
              const res = await client.removeProcess(boardId);
              if (!res.ok) return res.status === 0 ? 'network' : (res.error?.code ?? 'invalid');
              // Back to the programme's boards, where it is gone.
              navigate(eorLink(programmeId, token));
              return null;
            }}
          />
        </section>
      )}
    </main>
  );
}
