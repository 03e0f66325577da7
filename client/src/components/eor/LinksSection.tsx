import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Programme } from '../../../../shared/year/programme';
import type { EorClient } from '../../eorClient';
import { programmeClient } from '../../programmeClient';
import { Alert } from '../ui/Alert';

/**
 * The organiser hands out the lesser links: each municipality's own (its board
 * and homework) and each cluster supervisor's. Shown once, as the meeting
 * links are; a new one replaces the old.
 */
export function LinksSection({
  client,
  base,
  programmeId,
  token,
}: {
  client: EorClient;
  base: string;
  programmeId: string;
  token: string;
}) {
  const { t } = useTranslation();
  const programmes = useMemo(() => programmeClient(base, programmeId, token), [base, programmeId, token]);
  const [doc, setDoc] = useState<Programme | null>(null);
  const [links, setLinks] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void programmes.load().then((res) => res.ok && setDoc(res.data));
  }, [programmes]);
  if (!doc) return null;

  const issue = async (key: string, make: () => ReturnType<EorClient['municipalityLink']>) => {
    const res = await make();
    setFailed(!res.ok);
    if (res.ok) setLinks((all) => ({ ...all, [key]: `${location.origin}${res.data.link}` }));
  };
  const row = (key: string, name: string, make: () => ReturnType<EorClient['municipalityLink']>) => (
    <li key={key} className="eor-links__item">
      <span className="eor-links__name">{name}</span>
      {links[key] ? (
        <a href={links[key]} className="eor-links__link">
          {links[key]}
        </a>
      ) : (
        <button type="button" className="button button--small" onClick={() => void issue(key, make)}>
          {t('eor.links.issue', { name })}
        </button>
      )}
    </li>
  );
  return (
    <section className="card" aria-labelledby="eor-links">
      <h2 id="eor-links">{t('eor.links.heading')}</h2>
      <p className="hint">{t('eor.links.lead')}</p>
      {failed && <Alert>{t('eor.links.failed')}</Alert>}
      <h3>{t('eor.links.municipalities')}</h3>
      <ul className="eor-links">
        {doc.municipalities.map((m) => row(m.id, m.name, () => client.municipalityLink(m.id)))}
      </ul>
      <h3>{t('eor.links.supervisors')}</h3>
      <ul className="eor-links">
        {doc.clusters.map((c) => {
          const supervisor = doc.team.find((p) => p.id === c.supervisorId)?.name;
          return row(c.id, supervisor ? `${c.name} (${supervisor})` : c.name, () => client.supervisorLink(c.id));
        })}
      </ul>
    </section>
  );
}
