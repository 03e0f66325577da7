/**
 * The project team's own rounds: each member's check-in before participants
 * arrive and check-out after they leave, and the evaluator's notes and
 * feedback. Team only (SPEC.md, V2): never sent to a participant or a screen.
 * A note is its author's to change (O1) and may name the segment and the
 * municipality it is about (O2).
 */
import { accept, assertNever, fail, type Decision, type DecideContext } from '../decision';
import type { Actor, Command, MeetingState, Role, TeamEntry, TeamNote } from '../protocol';

type TeamCommand = Extract<Command, { type: 'enterTeamRound' | 'addTeamNote' | 'editTeamNote' | 'deleteTeamNote' }>;

export const MAX_TEAM_ENTRIES = 200;
export const MAX_TEAM_NOTES = 500;

/** Who wrote a note; notes from before authorship are the evaluator's (O1). */
export const authorOf = (note: TeamNote): Role => note.by ?? 'evaluator';

/** O1: the author edits their note; the facilitator does not rewrite someone else's words. */
export const mayEditNote = (note: TeamNote, role: Role | undefined): boolean => role === authorOf(note);

/** O1: the author deletes their note, and the facilitator any note (the meeting's record is theirs). */
export const mayDeleteNote = (note: TeamNote, role: Role | undefined): boolean =>
  role === authorOf(note) || role === 'facilitator';

/** A tag that names nothing in the meeting is refused (O2); null and absent are no tag. */
function badTag(state: MeetingState, segmentId?: string | null, municipalityId?: string | null): string | null {
  if (segmentId && !state.agenda.some((s) => s.id === segmentId)) return 'no such segment';
  if (municipalityId && !state.municipalities.some((m) => m.id === municipalityId)) return 'no such municipality';
  return null;
}

export function decideTeam(state: MeetingState, command: TeamCommand, actor: Actor, ctx: DecideContext): Decision {
  switch (command.type) {
    case 'enterTeamRound': {
      const { entryId, round, name, feeling, focus } = command;
      if (entryId !== undefined && !state.teamEntries.some((e) => e.id === entryId))
        return fail('not_found', 'no such entry');
      if (entryId === undefined && state.teamEntries.length >= MAX_TEAM_ENTRIES)
        return fail('conflict', 'the team round is full');
      const entry: TeamEntry = { id: entryId ?? ctx.newId(), round, name, feeling, focus, at: ctx.now };
      return accept({ type: 'teamRoundEntered', entry });
    }
    case 'addTeamNote': {
      if (state.teamNotes.length >= MAX_TEAM_NOTES) return fail('conflict', 'too many notes on this meeting');
      const bad = badTag(state, command.segmentId, command.municipalityId);
      if (bad) return fail('not_found', bad);
      const by = actor.role === 'facilitator' ? 'facilitator' : 'evaluator';
      return accept({
        type: 'teamNoteAdded',
        note: {
          id: ctx.newId(),
          kind: command.kind,
          text: command.text,
          at: ctx.now,
          by,
          ...(command.segmentId ? { segmentId: command.segmentId } : {}),
          ...(command.municipalityId ? { municipalityId: command.municipalityId } : {}),
        },
      });
    }
    case 'editTeamNote': {
      const note = state.teamNotes.find((n) => n.id === command.noteId);
      if (!note) return fail('not_found', 'no such note');
      if (!mayEditNote(note, actor.role)) return fail('forbidden', "only a note's author changes it");
      const bad = badTag(state, command.segmentId, command.municipalityId);
      if (bad) return fail('not_found', bad);
      const { segmentId: _s, municipalityId: _m, editedAt: _e, ...rest } = note;
      const segmentId = command.segmentId === undefined ? note.segmentId : command.segmentId;
      const municipalityId = command.municipalityId === undefined ? note.municipalityId : command.municipalityId;
      const edited: TeamNote = {
        ...rest,
        kind: command.kind ?? note.kind,
        text: command.text ?? note.text,
        ...(segmentId ? { segmentId } : {}),
        ...(municipalityId ? { municipalityId } : {}),
      };
      const same =
        edited.kind === note.kind &&
        edited.text === note.text &&
        edited.segmentId === note.segmentId &&
        edited.municipalityId === note.municipalityId;
      if (same) return fail('conflict', 'the note already says that');
      return accept({ type: 'teamNoteEdited', note: { ...edited, editedAt: ctx.now } });
    }
    case 'deleteTeamNote': {
      const note = state.teamNotes.find((n) => n.id === command.noteId);
      if (!note) return fail('not_found', 'no such note');
      if (!mayDeleteNote(note, actor.role))
        return fail('forbidden', "only a note's author or the facilitator takes it out");
      return accept({ type: 'teamNoteDeleted', noteId: note.id, at: ctx.now });
    }
    default:
      return assertNever(command);
  }
}

/** Adds an entry, or replaces the one with the same id (a team member correcting theirs). */
export function withEntry(entries: readonly TeamEntry[], entry: TeamEntry): TeamEntry[] {
  return entries.some((e) => e.id === entry.id)
    ? entries.map((e) => (e.id === entry.id ? entry : e))
    : [...entries, entry];
}

/** The notes with `note` in place of the one with its id (a note that is gone stays gone). */
export function withNote(notes: readonly TeamNote[], note: TeamNote): TeamNote[] {
  return notes.map((n) => (n.id === note.id ? note : n));
}
