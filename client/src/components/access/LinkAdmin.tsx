import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Cluster, Command, IssuedLink } from '../../../../shared/protocol';
import type { SendResult } from '../../connection';
import '../../i18n/accessCatalogue';
import { issuedKey, linkRows, withLink, type LinkRow } from '../../model/links';
import { meetingLinks, saveMeetingLinks } from '../../storage';
import { ErrorText } from '../ErrorText';

type Change = { row: LinkRow; action: 'rotate' | 'revoke' };

interface Props {
  meetingId: string;
  clusters: readonly Cluster[];
  send: (command: Command) => Promise<SendResult>;
  /** The link just replaced, shown once (kept by the page: replacing its own link reconnects the console). */
  issued: IssuedLink | null;
  onIssued: (issued: IssuedLink | null) => void;
}

/** The console's secret links: each can be replaced or revoked, after a confirm step. */
export function LinkAdmin({ meetingId, clusters, send, issued, onIssued }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Change | null>(null);
  const [revokedKey, setRevokedKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState(() => meetingLinks(meetingId));
  const label = (row: LinkRow) => t(`access.link.${row.link}`, { cluster: row.clusterName });

  const change = async ({ row, action }: Change) => {
    setConfirming(null);
    setError(null);
    const ack = await send({
      type: 'changeLink',
      link: row.link,
      action,
      ...(row.clusterId ? { clusterId: row.clusterId } : {}),
    });
    if (!ack.ok) return setError(ack.error.code);
    const path = action === 'rotate' ? (ack.issued?.path ?? null) : null;
    const next = withLink(stored, clusters, row.link, row.clusterId, path);
    saveMeetingLinks(meetingId, next);
    setStored(next);
    setRevokedKey(action === 'revoke' ? row.key : null);
    onIssued(action === 'rotate' && ack.issued ? ack.issued : null);
  };

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('access.linksHeading')}</h2>
      <p className="hint">{t('access.linksLead')}</p>
      <ul className="link-list">
        {linkRows(clusters, stored).map((row) => (
          <li key={row.key}>
            <h3>{label(row)}</h3>
            {issued && issuedKey(issued) === row.key ? (
              <p role="status">
                {t('access.newLink')} <a href={issued.path}>{location.origin + issued.path}</a>
              </p>
            ) : revokedKey === row.key ? (
              <p role="status">{t('access.revoked')}</p>
            ) : row.path ? (
              <p>
                <a href={row.path}>{location.origin + row.path}</a>
              </p>
            ) : (
              <p className="hint">{t('access.notShownHere')}</p>
            )}
            {confirming?.row.key === row.key ? (
              <div role="group" aria-label={label(row)}>
                <p>{t(confirming.action === 'rotate' ? 'access.confirmRotate' : 'access.confirmRevoke')}</p>
                <button type="button" className="button button--primary" onClick={() => void change(confirming)}>
                  {t(confirming.action === 'rotate' ? 'access.confirmRotateButton' : 'access.confirmRevokeButton')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>
                  {t('access.cancel')}
                </button>
              </div>
            ) : (
              <div className="controls">
                <button type="button" className="button" onClick={() => setConfirming({ row, action: 'rotate' })}>
                  {t('access.rotate')}
                </button>
                {row.canRevoke && (
                  <button type="button" className="button" onClick={() => setConfirming({ row, action: 'revoke' })}>
                    {t('access.revoke')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorText code={error} />
    </section>
  );
}
