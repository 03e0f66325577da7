/** English strings for the team's view and the notes (O1, O2): loaded with them, phones never download them. */
import type { teamViewSv } from './teamView.sv';

export const teamViewEn: typeof teamViewSv = {
  live: {
    heading: 'Now in the room',
    nothing: 'No exercise or round is running right now.',
  },
  notes: {
    count: '{count, plural, one {# note} other {# notes}}',
    segment: 'Segment',
    municipality: 'Municipality',
    noTag: 'None',
    edit: 'Edit',
    editLabel: 'Edit the note from {time}',
    save: 'Save the change',
    cancel: 'Cancel',
    edited: 'edited {time}',
    byFacilitator: 'from the console',
    delete: 'Delete',
    deleteHeading: 'Delete the note?',
    deleteText: "The note disappears from the team's view and the report. This cannot be undone.",
    deleteConfirm: 'Yes, delete it',
    deleteBusy: 'Deleting …',
    saved: 'The note has been changed.',
    deleted: 'The note has been deleted.',
    added: 'The note has been saved.',
  },
};
