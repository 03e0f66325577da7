/**
 * What each screen may see of the meeting (SPEC.md, V1, V2, PD7): the server
 * shapes every snapshot with this. Apart from shared/day/meeting.ts so that a
 * phone, which only folds what it is sent, never downloads the pseudonyms'
 * hashing.
 */
import { exerciseFor, placementFor } from './anonymousExercise';
import { evaluationFor } from './evaluation';
import { isHidden } from './exercise';
import { canSee, viewerOf } from './meeting';
import { isTeam, seesTeamRounds } from '../permissions';
import type { Actor, MeetingState } from '../protocol';

/**
 * The meeting as `actor` may see it (SPEC.md, V1, V2, PD7). A guest (holding only
 * the join code) sees what the join form needs, not who is there; only the
 * console and the evaluator see the team's rounds and notes; outside the team
 * an anonymous exercise's placements are by pseudonym.
 */
export function viewFor(state: MeetingState, actor: Actor): MeetingState {
  // The team holds the evaluation's answers, never who gave them (EV2); a tablet neither (V5).
  if (seesTeamRounds(actor.role)) return { ...state, evaluation: evaluationFor(state.evaluation, undefined, true) };
  if (isTeam(actor.role))
    return { ...state, teamEntries: [], teamNotes: [], evaluation: evaluationFor(state.evaluation, undefined) };
  const viewer = viewerOf(state, actor);
  const placements = state.placements
    .filter((p) => !isHidden(state, p.statementId) || p.participantId === actor.participantId)
    .map((p) => placementFor(state, p, actor));
  const feedbackRuns = state.feedbackRuns.filter((r) => canSee({ cluster: r.clusterId }, viewer));
  const questionLog = state.questionLog.filter((q) => canSee({ cluster: q.clusterId }, viewer));
  const roomMessages = state.roomMessages.filter((m) => !m.clusterId || canSee({ cluster: m.clusterId }, viewer));
  const outside = {
    ...state,
    teamEntries: [],
    teamNotes: [],
    timingLog: [],
    exercises: state.exercises.map((e) => exerciseFor(e, actor)),
    placements,
    feedbackRuns,
    questionLog,
    roomMessages,
    evaluation: evaluationFor(state.evaluation, actor.participantId),
  };
  return actor.role === 'guest' ? { ...outside, participants: [], placements: [], roomMessages: [] } : outside;
}
