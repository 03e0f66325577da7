/**
 * What the facilitator puts on the projector (SPEC.md, M3): the day's own
 * scene, a blank screen or a break with their own text, and whether the join
 * code and QR show.
 */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type { Command, ProjectorScreen } from '../protocol';

/** Before the facilitator chooses: the day's scene, with the code where it puts it. */
export const AUTO_SCREEN: ProjectorScreen = { mode: 'auto', join: 'auto' };

export function decideProjectorScreen(
  command: Extract<Command, { type: 'setProjectorScreen' }>,
  ctx: DecideContext,
): Decision {
  if (command.mode === 'break' && command.text === undefined) return fail('invalid', 'a break screen needs its text');
  const screen: ProjectorScreen = {
    mode: command.mode,
    join: command.join,
    ...(command.text !== undefined ? { text: command.text } : {}),
  };
  return accept({ type: 'projectorScreenSet', screen, at: ctx.now });
}
