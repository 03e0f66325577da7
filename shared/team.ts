/**
 * The project team's own rounds: each member's check-in before participants
 * arrive and check-out after they leave, and the evaluator's notes and
 * feedback. Team only (SPEC.md, V2): never sent to a participant or a screen.
 */
import { accept, assertNever, fail, type Decision, type DecideContext } from './decision';
import type { Command, MeetingState, TeamEntry } from './protocol';

type TeamCommand = Extract<Command, { type: 'enterTeamRound' | 'addTeamNote' }>;

export const MAX_TEAM_ENTRIES = 200;
export const MAX_TEAM_NOTES = 500;

export function decideTeam(state: MeetingState, command: TeamCommand, ctx: DecideContext): Decision {
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
    case 'addTeamNote':
      if (state.teamNotes.length >= MAX_TEAM_NOTES) return fail('conflict', 'too many notes on this meeting');
      return accept({
        type: 'teamNoteAdded',
        note: { id: ctx.newId(), kind: command.kind, text: command.text, at: ctx.now },
      });
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
