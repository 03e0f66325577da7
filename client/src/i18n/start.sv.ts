/**
 * Swedish strings for the start page and the forms that ask for a code or a
 * name (`start.*`, `validation.*`). Added by startCatalogue.ts with the
 * start and join pages' chunks, not in the phone's first load.
 */
export const startSv = {
  start: {
    joinHeading: 'Gå med i en lärträff',
    codeLabel: 'Kod',
    codeHint: 'Sex bokstäver, till exempel BWK QYF',
    join: 'Fortsätt',
    createHeading: 'Skapa en lärträff',
    nameLabel: 'Namn på lärträffen',
    dateLabel: 'Datum',
    municipalitiesLabel: 'Kommuner, en per rad (valfritt)',
    create: 'Skapa lärträff',
    creating: 'Skapar…',
    createdHeading: 'Lärträffen är skapad',
    createdLead: 'Spara länkarna: de är hemliga och ger tillgång till lärträffen.',
    facilitatorLink: 'Projektledarens länk',
    screenLink: 'Projektorns länk',
    openConsole: 'Öppna projektledarvyn',
  },
  validation: {
    codeInvalid: 'Koden är sex bokstäver, till exempel BWK QYF.',
    nameRequired: 'Skriv ditt namn.',
    nameTooLong: 'Högst 80 tecken.',
    municipalityRequired: 'Välj din kommun.',
    otherMunicipalityRequired: 'Skriv namnet på din kommun.',
    meetingNameRequired: 'Skriv ett namn på lärträffen.',
    dateRequired: 'Välj ett datum.',
  },
};
