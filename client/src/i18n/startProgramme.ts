/**
 * The start page's few programme strings (`start.*`), in both languages. Not
 * in sv.ts/en.ts, which every phone downloads: they ride in the start page's
 * own chunk and are merged into the catalogue when it loads.
 */
import { addCatalogue } from './index';
import type { Shape } from './sv';

const sv = {
  programmeHeading: 'Skapa ett lärprojekt',
  programmeLead: 'Ett lärprojekt samlar året: kommunerna, klustren, teamet och lärträffarna.',
  programmeNameLabel: 'Namn på lärprojektet',
  programmeNameRequired: 'Skriv ett namn på lärprojektet.',
  createProgramme: 'Skapa lärprojekt',
  creatingProgramme: 'Skapar…',
  openDemo: 'Öppna demoprogrammet',
  demoLead: 'Prova med nio påhittade kommuner, tre kluster och sex lärträffar. Länken visas bara på den här datorn.',
};

const en: Shape<typeof sv> = {
  programmeHeading: 'Create a learning programme',
  programmeLead: 'A learning programme holds the year: the municipalities, the clusters, the team and the meetings.',
  programmeNameLabel: 'Name of the programme',
  programmeNameRequired: 'Enter a name for the programme.',
  createProgramme: 'Create programme',
  creatingProgramme: 'Creating…',
  openDemo: 'Open the demo programme',
  demoLead:
    'Try it with nine made-up municipalities, three clusters and six meetings. The link only shows on this computer.',
};

addCatalogue({ start: sv }, { start: en });
