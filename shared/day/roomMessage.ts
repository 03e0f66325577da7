/**
 * Messages to the room (SPEC.md, M1): the facilitator's to everyone or to one
 * cluster, a supervisor's to their own cluster. One message per audience is on
 * screen at a time (a new one replaces it) until its sender dismisses it.
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Actor, Command, MeetingState, RoomMessage, StateApartFromPlacements } from '../protocol';

export function decideRoomMessage(
  state: MeetingState,
  command: Extract<Command, { type: 'sendRoomMessage' | 'dismissRoomMessage' }>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  if (command.type === 'sendRoomMessage') {
    // A supervisor speaks to their own cluster's room (T3): naming none means theirs.
    const clusterId = actor.role === 'supervisor' ? (command.clusterId ?? actor.clusterId) : command.clusterId;
    if (actor.role === 'supervisor' && clusterId !== actor.clusterId)
      return fail('forbidden', 'a supervisor sends messages to their own cluster only');
    if (clusterId !== undefined && !state.clusters.some((c) => c.id === clusterId))
      return fail('not_found', 'no such cluster');
    return accept({
      type: 'roomMessageSent',
      message: {
        id: ctx.newId(),
        text: command.text,
        ...(clusterId !== undefined ? { clusterId } : {}),
        from: actor.role === 'supervisor' ? 'supervisor' : 'facilitator',
        at: ctx.now,
      },
    });
  }
  const message = state.roomMessages.find((m) => m.id === command.messageId);
  if (!message) return fail('not_found', 'no such message on screen');
  if (actor.role === 'supervisor' && message.clusterId !== actor.clusterId)
    return fail('forbidden', "a supervisor dismisses their own cluster's messages only");
  return accept({
    type: 'roomMessageDismissed',
    messageId: message.id,
    ...(message.clusterId !== undefined ? { clusterId: message.clusterId } : {}),
    at: ctx.now,
  });
}

/** The messages after a new one: it replaces the one to the same audience. */
export function withMessage(messages: readonly RoomMessage[], message: RoomMessage): RoomMessage[] {
  return [...messages.filter((m) => m.clusterId !== message.clusterId), message];
}

/** What a screen shows: the message to everyone, and with `clusterId` that cluster's too (the newest first). */
export function messagesFor(state: StateApartFromPlacements, clusterId: string | undefined): RoomMessage[] {
  return state.roomMessages
    .filter((m) => m.clusterId === undefined || (clusterId !== undefined && m.clusterId === clusterId))
    .sort((a, b) => b.at - a.at);
}
