/** The console's list of secret links: which there are, what this device knows of them, and a replaced one saved. */
import type { Cluster, IssuedLink, LinkKind } from '../../../shared/protocol';
import { assertNever } from '../../../shared/decision';
import type { MeetingLinks } from '../storage';

export interface LinkRow {
  /** Stable per link: `screen`, `supervisor:<clusterId>`. */
  key: string;
  link: LinkKind;
  clusterId?: string;
  clusterName?: string;
  /** The link's path with its secret, when this device was shown it. */
  path: string | null;
  /** The console's own link is replaced, never revoked (that would lock the meeting). */
  canRevoke: boolean;
}

export const linkKey = (link: LinkKind, clusterId?: string) => (clusterId ? `${link}:${clusterId}` : link);

export function linkRows(clusters: readonly Cluster[], stored: MeetingLinks | null): LinkRow[] {
  const rows: LinkRow[] = [
    { key: 'facilitator', link: 'facilitator', path: stored?.facilitatorLink || null, canRevoke: false },
    { key: 'screen', link: 'screen', path: stored?.screenLink || null, canRevoke: true },
    { key: 'evaluator', link: 'evaluator', path: stored?.evaluatorLink || null, canRevoke: true },
  ];
  for (const c of clusters) {
    const path = stored?.supervisorLinks?.find((s) => s.clusterId === c.id)?.link ?? null;
    rows.push({
      key: linkKey('supervisor', c.id),
      link: 'supervisor',
      clusterId: c.id,
      clusterName: c.name,
      path,
      canRevoke: true,
    });
  }
  return rows;
}

/** The stored links with a replaced (`path`) or revoked (null) one put in. */
export function withLink(
  stored: MeetingLinks | null,
  clusters: readonly Cluster[],
  link: LinkKind,
  clusterId: string | undefined,
  path: string | null,
): MeetingLinks {
  const base: MeetingLinks = stored ?? { facilitatorLink: '', screenLink: '' };
  switch (link) {
    case 'facilitator':
      return { ...base, facilitatorLink: path ?? '' };
    case 'screen':
      return { ...base, screenLink: path ?? '' };
    case 'evaluator':
      return path ? { ...base, evaluatorLink: path } : (({ evaluatorLink: _gone, ...rest }) => rest)(base);
    case 'supervisor': {
      const others = (base.supervisorLinks ?? []).filter((s) => s.clusterId !== clusterId);
      const name = clusters.find((c) => c.id === clusterId)?.name ?? '';
      return { ...base, supervisorLinks: path && clusterId ? [...others, { clusterId, name, link: path }] : others };
    }
    default:
      return assertNever(link);
  }
}

/** The issued link as the row it replaces. */
export const issuedKey = (issued: IssuedLink) => linkKey(issued.link, issued.clusterId);
