/** Swedish strings for the team's view and the notes (O1, O2): loaded with them, phones never download them. */
export const teamViewSv = {
  live: {
    heading: 'Just nu i rummet',
    nothing: 'Ingen övning eller runda pågår just nu.',
  },
  notes: {
    count: '{count, plural, one {# anteckning} other {# anteckningar}}',
    segment: 'Programpunkt',
    municipality: 'Kommun',
    noTag: 'Ingen',
    edit: 'Ändra',
    editLabel: 'Ändra anteckningen från {time}',
    save: 'Spara ändringen',
    cancel: 'Avbryt',
    edited: 'ändrad {time}',
    byFacilitator: 'från konsolen',
    delete: 'Ta bort',
    deleteHeading: 'Ta bort anteckningen?',
    deleteText: 'Anteckningen försvinner från teamets vy och rapporten. Det går inte att ångra.',
    deleteConfirm: 'Ja, ta bort den',
    deleteBusy: 'Tar bort …',
    saved: 'Anteckningen är ändrad.',
    deleted: 'Anteckningen är borttagen.',
    added: 'Anteckningen är sparad.',
  },
};
