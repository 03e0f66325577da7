/**
 * What a commit does beside appending its events: tokens issued and revoked, a
 * log erased. The one place that knows which events have such effects; the
 * engine's group commit asks the same function which events it may share an
 * append with others.
 */
import type { IssuedLink, LinkKind, MeetingEvent } from '../shared/protocol';
import { linkPath, roleOfLink } from '../shared/day/link';
import { eraseEvent, erasureOf, type Erasure } from '../shared/day/personalData';
import { hashToken } from './secrets';
import type { LogErasure, NewToken, TokenSelector } from './store';

/** The side effect one event asks for, before any secret is made for it. */
type SideEffect =
  | { kind: 'join'; participantId: string }
  | { kind: 'link'; link: LinkKind; clusterId?: string; rotate: boolean }
  | { kind: 'erasure'; erasure: Erasure };

/** The side effect of `event`, or null when its append writes nothing but itself. */
function sideEffectOf(event: MeetingEvent): SideEffect | null {
  if (event.type === 'participantJoined') return { kind: 'join', participantId: event.participant.id };
  if (event.type === 'linkChanged') {
    const cluster = event.clusterId ? { clusterId: event.clusterId } : {};
    return { kind: 'link', link: event.link, ...cluster, rotate: event.action === 'rotate' };
  }
  const erasure = erasureOf(event);
  return erasure ? { kind: 'erasure', erasure } : null;
}

/** An event whose append writes nothing but itself: no token issued or revoked, no log rewritten. */
export function writesOnlyEvents(event: MeetingEvent): boolean {
  return sideEffectOf(event) === null;
}

/** What a commit asks of the store beside the log, and of the ack: tokens issued and revoked, an erasure. */
export interface Effects {
  tokens: NewToken[];
  revoke: TokenSelector[];
  /** A join: the new participant's token, which only the ack carries. */
  join?: { participantId: string; token: string };
  /** A rotated link, shown once in the ack. */
  issued?: IssuedLink;
  erasure: Erasure | null;
}

/** The side effects of a command's events, from the events alone (`secret` makes each new token). */
export function effectsOf(meetingId: string, events: readonly MeetingEvent[], secret: () => string): Effects {
  const effects: Effects = { tokens: [], revoke: [], erasure: null };
  for (const event of events) {
    const effect = sideEffectOf(event);
    if (!effect) continue;
    switch (effect.kind) {
      case 'join': {
        effects.join = { participantId: effect.participantId, token: secret() };
        effects.tokens.push({
          hash: hashToken(effects.join.token),
          role: 'participant',
          participantId: effect.participantId,
        });
        break;
      }
      case 'link': {
        const cluster = effect.clusterId ? { clusterId: effect.clusterId } : {};
        const link = { role: roleOfLink(effect.link), ...cluster };
        effects.revoke.push(link);
        if (effect.rotate) {
          const token = secret();
          effects.tokens.push({ hash: hashToken(token), ...link });
          effects.issued = { link: effect.link, ...cluster, path: linkPath(effect.link, meetingId, token) };
        }
        break;
      }
      case 'erasure':
        effects.erasure ??= effect.erasure;
        break;
      default: {
        const unhandled: never = effect;
        throw new Error(`unhandled side effect ${JSON.stringify(unhandled)}`);
      }
    }
  }
  return effects;
}

/** What the store does to the log for an erasure: rewrite every row, drop the tokens of whoever is erased. */
export function logErasure(erasure: Erasure): LogErasure {
  return {
    rewrite: (event) => eraseEvent(event, erasure),
    participantTokens: erasure.kind === 'meeting' ? 'all' : [erasure.participantId],
  };
}
