import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { dateText } from '../../model/time';
import { nearestCard } from '../../../../shared/day/placement';
import type { Standing, StatementProgression } from '../../../../shared/year/progression';
import type { ProgrammeClient } from '../../programmeClient';
import { CONTENT_LANG } from '../../i18n/content';
import { Alert } from '../ui/Alert';

export function standingText(statement: StatementProgression, s: Standing): string {
  if (s.meanScore !== null) return String(Math.round(s.meanScore));
  return nearestCard(statement.board, s.centroid).card.label;
}

/** A statement asked at several lärträffar: where the group and each municipality stood each time. */
export function ProgressionSection({ client }: { client: ProgrammeClient }) {
  const { t } = useTranslation();
  const [statements, setStatements] = useState<StatementProgression[] | null>(null);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    const res = await client.progression();
    setFailed(!res.ok);
    if (res.ok) setStatements(res.data.statements);
  };
  useEffect(() => {
    void load();
    // Loaded once per page; the button reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  return (
    <section className="card" aria-labelledby="programme-progression">
      <h2 id="programme-progression">{t('programme.progression.heading')}</h2>
      <p className="muted">{t('programme.progression.lead')}</p>
      {failed && <Alert>{t('programme.progression.failed')}</Alert>}
      {statements?.length === 0 && <p>{t('programme.progression.none')}</p>}
      {statements?.map((statement) => (
        <ProgressionTable key={statement.text} statement={statement} />
      ))}
      <button type="button" className="button" onClick={() => void load()}>
        {t('programme.progression.reload')}
      </button>
    </section>
  );
}

/** Where the group and each municipality stood on one statement at each lärträff. */
export function ProgressionTable({ statement }: { statement: StatementProgression }) {
  const { t, i18n } = useTranslation();
  const municipalities = [...new Set(statement.points.flatMap((p) => p.byMunicipality.map((m) => m.municipality)))];
  return (
    <table className="comparison__table progression">
      <caption>
        <span lang={CONTENT_LANG}>{statement.text}</span>
        <span className="muted">
          {' '}
          · {t(statement.board.kind === 'line' ? 'programme.progression.scoreNote' : 'programme.progression.cardNote')}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('programme.progression.meeting')}</th>
          <th scope="col">{t('programme.progression.group')}</th>
          {municipalities.map((m) => (
            <th key={m} scope="col">
              {m}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {statement.points.map((p) => (
          <tr key={`${p.meetingId}-${p.exerciseKind}`}>
            <th scope="row">
              {dateText(p.date, i18n.locale)} {t(`programme.progression.${p.exerciseKind}`)}
            </th>
            <td>
              {standingText(statement, p.group)} <span className="muted">(n={p.group.n})</span>
            </td>
            {municipalities.map((m) => {
              const s = p.byMunicipality.find((x) => x.municipality === m)?.standing;
              return <td key={m}>{s ? standingText(statement, s) : '–'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
