/**
 * The start page's few programme strings (`start.*`). Not in sv.ts, which
 * every phone downloads: they ride in the start page's own chunk
 * (startProgrammeCatalogue.ts).
 */
export const startProgrammeSv = {
  start: {
    programmeHeading: 'Skapa ett lärprojekt',
    programmeLead: 'Ett lärprojekt samlar året: kommunerna, klustren, teamet och lärträffarna.',
    programmeNameLabel: 'Namn på lärprojektet',
    programmeNameRequired: 'Skriv ett namn på lärprojektet.',
    createProgramme: 'Skapa lärprojekt',
    creatingProgramme: 'Skapar…',
    openDemo: 'Öppna demoprogrammet',
    demoLead: 'Prova med nio påhittade kommuner, tre kluster och sex lärträffar. Länken visas bara på den här datorn.',
  },
};
