/** Clusters: 2–3 municipalities with their supervisor, working in their own room. */
import { accept, fail, type Decision, type DecideContext } from '../decision';
import type {
  Actor,
  Cluster,
  ClusterPlan,
  Command,
  MeetingState,
  Municipality,
  StateApartFromPlacements,
} from '../protocol';
import { findMunicipality } from './roster';

/** Clusters from an organiser's plan (checked by `checkMeetingRequest`); municipalities are matched by name. */
export function buildClusters(
  plans: readonly ClusterPlan[],
  municipalities: readonly Municipality[],
  newId: () => string,
): Cluster[] {
  return plans.map((plan) => ({
    id: newId(),
    name: plan.name,
    municipalityIds: plan.municipalities.flatMap((name) => findMunicipality(municipalities, name)?.id ?? []),
    ...(plan.supervisor ? { supervisor: plan.supervisor } : {}),
    ...(plan.room ? { room: plan.room } : {}),
  }));
}

export function clusterOf(state: StateApartFromPlacements, municipalityId: string): Cluster | undefined {
  return state.clusters.find((c) => c.municipalityIds.includes(municipalityId));
}

/** A room or supervisor changed on the day ("Kluster 2 is in rum C today"). */
export function decideCluster(
  state: MeetingState,
  command: Extract<Command, { type: 'updateCluster' }>,
  actor: Actor,
  _ctx: DecideContext,
): Decision {
  const cluster = state.clusters.find((c) => c.id === command.clusterId);
  if (!cluster) return fail('not_found', 'no such cluster');
  // T3: a supervisor's link is for their own cluster, its room included.
  if (actor.role === 'supervisor' && actor.clusterId !== cluster.id)
    return fail('forbidden', 'a supervisor changes only their own cluster');
  const updated: Cluster = { ...cluster };
  if (command.room === null) delete updated.room;
  else if (command.room !== undefined) updated.room = command.room;
  if (command.supervisor === null) delete updated.supervisor;
  else if (command.supervisor !== undefined) updated.supervisor = command.supervisor;
  return accept({ type: 'clusterUpdated', cluster: updated });
}
