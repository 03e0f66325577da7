import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { IMPORT_KINDS, type CsvRowError, type ImportKind } from '../../../../shared/year/programmeImport';
import type { Programme } from '../../../../shared/year/programme';
import { download } from '../../download';
import { EXPORT_FILE, type ProgrammeClient } from '../../programmeClient';
import { ErrorText } from '../ErrorText';
import { Alert } from '../ui/Alert';

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; rows: CsvRowError[]; total: number }
  | { kind: 'error'; code: string };

interface CsvProps {
  client: ProgrammeClient;
  /** Unsaved changes: an import applies to the saved programme, so save first. */
  dirty: boolean;
  /** The programme as the import left it. */
  onImported: (doc: Programme) => void;
}

/** Spreadsheets in and out: one importer per kind (all or nothing, with a per-row report) and the exports. */
export function CsvSection({ client, dirty, onImported }: CsvProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="programme-csv">
      <h2 id="programme-csv">{t('programme.csv.heading')}</h2>
      <p className="hint">{t('programme.csv.lead')}</p>
      {IMPORT_KINDS.map((kind) => (
        <Importer key={kind} kind={kind} client={client} dirty={dirty} onImported={onImported} />
      ))}
      <div className="controls">
        {IMPORT_KINDS.map((kind) => (
          <Exporter key={kind} kind={kind} client={client} />
        ))}
      </div>
    </section>
  );
}

function Importer({ kind, client, dirty, onImported }: CsvProps & { kind: ImportKind }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const label =
    kind === 'municipalities' ? t('programme.csv.importMunicipalities') : t('programme.csv.importParticipants');
  const columns =
    kind === 'municipalities' ? t('programme.csv.columnsMunicipalities') : t('programme.csv.columnsParticipants');

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const res = await client.importCsv(kind, await file.arrayBuffer());
    // The same file can be chosen again once it is fixed.
    input.value = '';
    setBusy(false);
    if (res.ok) {
      onImported(res.data.programme);
      setOutcome({ kind: 'imported', count: res.data.imported });
    } else if (res.error?.rows) {
      setOutcome({ kind: 'refused', rows: res.error.rows, total: res.error.total ?? res.error.rows.length });
    } else {
      setOutcome({
        kind: 'error',
        code: res.status === 413 ? 'tooLarge' : res.status === 0 ? 'network' : (res.error?.code ?? 'invalid'),
      });
    }
  };

  return (
    <div className="importer">
      <label htmlFor={`${id}-file`}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {columns}
      </p>
      {dirty && (
        <p id={`${id}-dirty`} className="hint">
          {t('programme.saveFirst')}
        </p>
      )}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="input"
        disabled={busy || dirty}
        onChange={(e) => void upload(e)}
        aria-describedby={`${id}-hint${dirty ? ` ${id}-dirty` : ''}${outcome ? ` ${id}-outcome` : ''}`}
      />
      <div id={`${id}-outcome`} aria-live="polite">
        {busy && <p>{t('programme.csv.importing')}</p>}
        {outcome?.kind === 'imported' && <p className="ok">{t('programme.csv.imported', { count: outcome.count })}</p>}
        {outcome?.kind === 'error' &&
          (outcome.code === 'tooLarge' ? (
            <Alert>{t('programme.csv.tooLarge')}</Alert>
          ) : (
            <ErrorText code={outcome.code} />
          ))}
        {outcome?.kind === 'refused' && <RowReport rows={outcome.rows} total={outcome.total} />}
      </div>
    </div>
  );
}

/** Every bad row of a refused file: row, column, what is wrong. */
export function RowReport({ rows, total }: { rows: readonly CsvRowError[]; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert>{t('programme.csv.refused', { count: total })}</Alert>
      <table className="report">
        <caption>{t('programme.csv.refusedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programme.csv.row')}</th>
            <th scope="col">{t('programme.csv.column')}</th>
            <th scope="col">{t('programme.csv.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.row}</td>
              <td>{r.column ?? ''}</td>
              <td>
                {t(`programme.csvProblems.${r.problem}`, {
                  column: r.column ?? '',
                  value: r.value ?? '',
                  count: r.count,
                  max: r.count,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p className="hint">{t('programme.csv.moreRows', { shown: rows.length, total })}</p>}
    </>
  );
}

function Exporter({ kind, client }: { kind: ImportKind; client: ProgrammeClient }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    const blob = await client.exportCsv(kind);
    if (blob) download(blob, EXPORT_FILE[kind]);
    else setError('network');
  };
  return (
    <div>
      <button type="button" className="button" onClick={() => void run()}>
        {kind === 'municipalities' ? t('programme.csv.exportMunicipalities') : t('programme.csv.exportParticipants')}
      </button>
      <ErrorText code={error} />
    </div>
  );
}
