/** The roster grouped by municipality, in the order municipalities joined. */
import type { MeetingState, Municipality, Participant } from '../../../shared/protocol';

export interface RosterGroup {
  municipality: Municipality;
  participants: (Participant & { online: boolean })[];
}

export function rosterGroups(state: MeetingState, online: readonly string[]): RosterGroup[] {
  const isOnline = new Set(online);
  return state.municipalities
    .map((municipality) => ({
      municipality,
      participants: state.participants
        .filter((p) => p.municipalityId === municipality.id)
        .map((p) => ({ ...p, online: isOnline.has(p.id) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    }))
    .filter((g) => g.participants.length > 0);
}

/** Initials for a token or chip: "Anna Svensson" → "AS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}
