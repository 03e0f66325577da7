/** What the bench asks of both targets: the same clients and the same commands, as the server or the relay takes them. */
import type { ClientSpec } from './clientWorker';
import type { Target } from './processes';
import type { SeededMeeting } from './seed';
import { PROTOCOL_VERSION } from '../../shared/protocol';

export const facilitatorKey = (m: number) => `f${m}`;
export const screenKey = (m: number) => `s${m}`;
export const participantKey = (m: number, i: number) => `p${m}-${i}`;

/** Each meeting's facilitator, screen and phones; the relay gets the same keys with a room instead of a token. */
export function clientsFor(
  target: Target,
  meetings: readonly SeededMeeting[],
  opts: { screen: boolean },
): ClientSpec[] {
  return meetings.flatMap((m, meeting) => {
    const room = `m${meeting}`;
    const team = (token: string) =>
      target === 'server' ? { token, protocol: PROTOCOL_VERSION } : { room, watch: true };
    const phone = (token: string) => (target === 'server' ? { token, protocol: PROTOCOL_VERSION } : { room });
    return [
      { key: facilitatorKey(meeting), meeting, auth: team(m.facilitatorToken) },
      ...(opts.screen ? [{ key: screenKey(meeting), meeting, auth: team(m.screenToken) }] : []),
      ...m.participantTokens.map((t, i) => ({ key: participantKey(meeting, i), meeting, auth: phone(t) })),
    ];
  });
}

/** The facilitator pauses and resumes a cluster's feedback timer, over and over. */
export const timerCommands = (m: SeededMeeting, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'feedbackTimer',
    clusterId: m.clusterId,
    action: i % 2 ? 'resume' : 'pause',
  }));

/** A participant moves their token and lets go, over and over. */
export const placeCommands = (m: SeededMeeting, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'place',
    statementId: m.statementId,
    x: ((i * 13) % 100) / 100,
    y: 0.5,
  }));
