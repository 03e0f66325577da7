import type { Shape } from './sv';
import type { startProgrammeSv } from './startProgramme.sv';

/** English for startProgramme.sv.ts. */
export const startProgrammeEn: Shape<typeof startProgrammeSv> = {
  start: {
    programmeHeading: 'Create a learning programme',
    programmeLead: 'A learning programme holds the year: the municipalities, the clusters, the team and the meetings.',
    programmeNameLabel: 'Name of the programme',
    programmeNameRequired: 'Enter a name for the programme.',
    createProgramme: 'Create programme',
    creatingProgramme: 'Creating…',
    openDemo: 'Open the demo programme',
    demoLead:
      'Try it with nine made-up municipalities, three clusters and six meetings. The link only shows on this computer.',
  },
};
