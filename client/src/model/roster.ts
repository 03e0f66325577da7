/** The roster grouped by municipality, in the order municipalities joined. */
import type { MeetingState, Municipality, Participant } from '../../../shared/protocol';
import { participantNumber } from './participant';

export { shownName } from './participant';

export interface RosterGroup {
  municipality: Municipality;
  participants: (Participant & { online: boolean })[];
}

export function rosterGroups(
  state: Pick<MeetingState, 'municipalities' | 'participants'>,
  online: readonly string[],
): RosterGroup[] {
  const byNameThenNumber = (a: Participant, b: Participant) =>
    (a.name ?? '').localeCompare(b.name ?? '', 'sv') || participantNumber(state, a) - participantNumber(state, b);
  const isOnline = new Set(online);
  return state.municipalities
    .map((municipality) => ({
      municipality,
      participants: state.participants
        .filter((p) => p.municipalityId === municipality.id)
        .map((p) => ({ ...p, online: isOnline.has(p.id) }))
        .sort(byNameThenNumber),
    }))
    .filter((g) => g.participants.length > 0);
}

/** Initials for a token or chip: "Anna Svensson" → "AS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** Short municipality mark for anonymous tokens: "Kungsbacka" → "KU". */
export const municipalityMark = (name: string) => name.slice(0, 2).toUpperCase();

/**
 * What a token on a board reads: the person's initials, or on an anonymous exercise (or a nameless person,
 * or one the room knows only by pseudonym, PD7) the municipality's mark.
 */
export function tokenText(
  person: Participant | undefined,
  municipality: Municipality | undefined,
  anonymous: boolean,
): string {
  return anonymous || !person?.name ? municipalityMark(municipality?.name ?? '?') : initials(person.name);
}

/** A token on a board: a participant, or outside the team in an anonymous exercise a pseudonym with a municipality. */
export interface TokenOwner {
  participantId: string;
  municipalityId?: string | undefined;
}

/** Who a token is and where they are from; undefined for a token nobody can place (its person left). */
export function ownerOf(
  state: Pick<MeetingState, 'participants'>,
  token: TokenOwner,
): { person: Participant | undefined; municipalityId: string } | undefined {
  const person = state.participants.find((p) => p.id === token.participantId);
  const municipalityId = person?.municipalityId ?? token.municipalityId;
  return municipalityId ? { person, municipalityId } : undefined;
}

export interface LegendEntry {
  municipality: Municipality;
  /** The token texts of this municipality's people on the board, each once, sorted. */
  marks: string[];
}

/**
 * The key under a board: each municipality with someone on it, its colour and
 * its people's token texts, so the colour is never the only way to tell whose
 * token it is (WCAG 1.4.1).
 */
export function boardLegend(
  state: Pick<MeetingState, 'participants' | 'municipalities'>,
  tokens: Iterable<TokenOwner>,
  anonymous: boolean,
): LegendEntry[] {
  const owners = [...tokens].flatMap((t) => ownerOf(state, t) ?? []);
  return state.municipalities
    .map((municipality) => ({
      municipality,
      marks: [
        ...new Set(
          owners
            .filter((o) => o.municipalityId === municipality.id)
            .map((o) => tokenText(o.person, municipality, anonymous)),
        ),
      ].sort((a, b) => a.localeCompare(b, 'sv')),
    }))
    .filter((entry) => entry.marks.length > 0);
}
