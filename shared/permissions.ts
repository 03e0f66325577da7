/** Who may send which command: one table, enforced by `decide`. */
import type { CommandType, Role } from './protocol';

export const PERMISSIONS: { readonly [C in CommandType]: readonly Role[] } = {
  join: ['guest'],
  advanceAgenda: ['facilitator'],
  goToSegment: ['facilitator'],
  finishSegment: ['facilitator'],
  addSegment: ['facilitator'],
  updateSegment: ['facilitator'],
  moveSegment: ['facilitator'],
  swapSegments: ['facilitator'],
  skipSegment: ['facilitator'],
  removeSegment: ['facilitator'],
  updateCluster: ['facilitator', 'supervisor'],
  enterTeamRound: ['facilitator', 'supervisor', 'evaluator'],
  addTeamNote: ['facilitator', 'evaluator'],
  createExercise: ['facilitator'],
  mirrorExercise: ['facilitator'],
  openStatement: ['facilitator'],
  lockStatement: ['facilitator'],
  revealStatement: ['facilitator'],
  closeExercise: ['facilitator'],
  place: ['participant'],
  setFeedbackMinutes: ['facilitator'],
  // A supervisor only for their own cluster: decideFeedback checks the cluster.
  startFeedback: ['facilitator', 'supervisor'],
  feedbackTimer: ['facilitator', 'supervisor'],
  feedbackStep: ['facilitator', 'supervisor'],
  phaseDue: ['system'],
  setAutoAdvance: ['facilitator', 'supervisor'],
  arrangeFeedback: ['facilitator', 'supervisor'],
  raiseHand: ['participant'],
  takeQuestion: ['facilitator', 'supervisor'],
};

/** Every command type, in the table's order. */
export const COMMAND_TYPES = Object.keys(PERMISSIONS) as readonly CommandType[];

export function may(role: Role, command: CommandType): boolean {
  return PERMISSIONS[command].includes(role);
}

/** Roles that belong to the project team and see team-only material. */
export const TEAM_ROLES: readonly Role[] = ['facilitator', 'supervisor', 'evaluator'];

export function isTeam(role: Role): boolean {
  return TEAM_ROLES.includes(role);
}
