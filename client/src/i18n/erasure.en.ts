/** English strings for personal data; see erasure.sv.ts. */
import type { erasureSv } from './erasure.sv';
import type { Shape } from './sv';

export const erasureEn: Shape<typeof erasureSv> = {
  anonymousJoin: 'This meeting is anonymous: you appear as a number from your municipality, not by name.',
  leave: {
    heading: 'Personal data',
    button: 'Remove me from this meeting',
    confirmHeading: 'Remove yourself?',
    confirmText:
      'Your name, your placements and your questions are removed from the meeting. This phone forgets that you took part.',
    confirm: 'Yes, remove me',
    cancel: 'Cancel',
    busy: 'Removing…',
    done: 'You have been removed from the meeting. Nothing about you is left.',
  },
  anonymous: {
    heading: 'Anonymous mode',
    label: 'Anonymous meeting: participants give their municipality only',
    hint: 'No names are stored; the projector and the exports show none. Can only be turned on before anyone has joined.',
    locked: 'Participants have already joined with their names, so anonymous mode cannot be turned on now.',
  },
  erase: {
    heading: 'Personal data',
    meetingText:
      "Erase the participants' names, the team's check-in, check-out and notes, the questions from the feedback rounds and the supervisors' names. The placements stay, without names, per municipality. This cannot be undone.",
    programmeText:
      'Erase the participant list (names, e-mail addresses, titles) and the personal data of every meeting that has been started. The team and the municipalities stay. This cannot be undone.',
    button: 'Erase personal data…',
    confirmHeading: 'Erase the personal data?',
    confirm: 'Yes, erase',
    cancel: 'Cancel',
    busy: 'Erasing…',
    meetingDone: 'The personal data has been erased. The meeting is anonymous from now on.',
    programmeDone:
      '{count, plural, one {The personal data has been erased (# meeting).} other {The personal data has been erased (# meetings).}}',
  },
};
