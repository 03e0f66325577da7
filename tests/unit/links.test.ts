/** The console's list of links, and a replaced or revoked one saved on the device. */
import { describe, expect, it } from 'vitest';
import { linkRows, withLink } from '../../client/src/model/links';
import { linkPath } from '../../shared/day/link';
import { LINK_KINDS, type Cluster } from '../../shared/protocol';

const clusters: Cluster[] = [
  { id: 'c1', name: 'Kluster Syd', municipalityIds: ['m1'] },
  { id: 'c2', name: 'Kluster Öst', municipalityIds: ['m2'] },
];
const stored = {
  facilitatorLink: '/facilitator/M#f',
  screenLink: '/screen/M#s',
  evaluatorLink: '/team/M#e',
  supervisorLinks: [{ clusterId: 'c1', name: 'Kluster Syd', link: '/supervisor/M#k' }],
};

describe("[A7] the console's links", () => {
  it("lists the console, projector, evaluator and every cluster's supervisor; only the console's own cannot be revoked", () => {
    const rows = linkRows(clusters, stored);
    expect(rows.map((r) => [r.key, r.path, r.canRevoke])).toEqual([
      ['facilitator', '/facilitator/M#f', false],
      ['screen', '/screen/M#s', true],
      ['evaluator', '/team/M#e', true],
      ['supervisor:c1', '/supervisor/M#k', true],
      // Per's link was never shown on this device.
      ['supervisor:c2', null, true],
    ]);
  });

  it("a replaced supervisor link takes the old one's place; a revoked projector link is forgotten", () => {
    const replaced = withLink(stored, clusters, 'supervisor', 'c1', '/supervisor/M#new');
    expect(replaced.supervisorLinks).toEqual([{ clusterId: 'c1', name: 'Kluster Syd', link: '/supervisor/M#new' }]);
    expect(linkRows(clusters, withLink(stored, clusters, 'screen', undefined, null))[1]!.path).toBeNull();
    expect(linkRows(clusters, withLink(null, clusters, 'evaluator', undefined, '/team/M#e2'))[2]!.path).toBe(
      '/team/M#e2',
    );
  });

  it('each link opens its own page, with the secret in the fragment', () => {
    expect(LINK_KINDS.map((k) => linkPath(k, 'M', 'tok'))).toEqual([
      '/facilitator/M#tok',
      '/screen/M#tok',
      '/team/M#tok',
      '/supervisor/M#tok',
    ]);
  });
});
