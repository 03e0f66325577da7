/**
 * A meeting's secret links: where each opens, and the facilitator replacing
 * or revoking one. The tokens themselves are the server's (issued and
 * hashed there); the log only says that a link changed.
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Command, LinkKind, MeetingState, Role } from '../protocol';

/** The page a link opens, by kind. */
const PAGES: Record<LinkKind, string> = {
  facilitator: 'facilitator',
  screen: 'screen',
  evaluator: 'team',
  supervisor: 'supervisor',
};

/** `/<page>/<meeting>#<secret>`: the secret in the fragment, which browsers never send to a server or a log. */
export function linkPath(kind: LinkKind, meetingId: string, token: string): string {
  return `/${PAGES[kind]}/${meetingId}#${token}`;
}

/** The role a link of this kind opens the meeting as. */
export const roleOfLink = (kind: LinkKind): Role => kind;

export function decideLink(
  state: MeetingState,
  command: Extract<Command, { type: 'changeLink' }>,
  ctx: DecideContext,
): Decision {
  if (command.link === 'supervisor') {
    if (!command.clusterId) return fail('invalid', "a supervisor's link names its cluster");
    if (!state.clusters.some((c) => c.id === command.clusterId)) return fail('not_found', 'no such cluster');
  } else if (command.clusterId !== undefined) {
    return fail('invalid', `a ${command.link} link has no cluster`);
  }
  // Revoking the console's own link without a new one would lock the meeting for good.
  if (command.link === 'facilitator' && command.action === 'revoke')
    return fail('invalid', "the facilitator's link can be replaced, not revoked");
  return accept({
    type: 'linkChanged',
    link: command.link,
    action: command.action,
    at: ctx.now,
    ...(command.clusterId ? { clusterId: command.clusterId } : {}),
  });
}
