import type { Shape } from './sv';
import type { startSv } from './start.sv';

/** English strings for the start page and the forms; see start.sv.ts. */
export const startEn: Shape<typeof startSv> = {
  start: {
    joinHeading: 'Join a meeting',
    codeLabel: 'Code',
    codeHint: 'Six letters, for example BWK QYF',
    join: 'Continue',
    createHeading: 'Create a meeting',
    nameLabel: 'Name of the meeting',
    dateLabel: 'Date',
    municipalitiesLabel: 'Municipalities, one per line (optional)',
    create: 'Create meeting',
    creating: 'Creating…',
    createdHeading: 'The meeting is created',
    createdLead: 'Keep these links: they are secret and give access to the meeting.',
    facilitatorLink: 'Project leader link',
    screenLink: 'Projector link',
    openConsole: 'Open the project leader view',
  },
  validation: {
    codeInvalid: 'The code is six letters, for example BWK QYF.',
    nameRequired: 'Enter your name.',
    nameTooLong: 'At most 80 characters.',
    municipalityRequired: 'Choose your municipality.',
    otherMunicipalityRequired: 'Enter the name of your municipality.',
    meetingNameRequired: 'Enter a name for the meeting.',
    dateRequired: 'Choose a date.',
  },
};
