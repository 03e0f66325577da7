/**
 * Swedish strings for personal data (`privacy.*` but `privacy.numbered`):
 * anonymous mode, removing oneself, erasure. Added by erasureCatalogue.ts
 * with the chunks that show them, so they stay out of the phone's first load.
 */
export const erasureSv = {
  anonymousJoin: 'Lärträffen är anonym: du syns som ett nummer från din kommun, inte med namn.',
  leave: {
    heading: 'Personuppgifter',
    button: 'Ta bort mig från lärträffen',
    confirmHeading: 'Ta bort dig?',
    confirmText:
      'Ditt namn, dina placeringar och dina frågor tas bort från lärträffen. Telefonen glömmer att du var med.',
    confirm: 'Ja, ta bort mig',
    cancel: 'Avbryt',
    busy: 'Tar bort…',
    done: 'Du är borttagen från lärträffen. Inget om dig finns kvar.',
  },
  anonymous: {
    heading: 'Anonymt läge',
    label: 'Anonym lärträff: deltagarna anger bara kommun',
    hint: 'Inga namn sparas, projektorn och exporterna visar inga namn. Kan bara slås på innan någon har gått med.',
    locked: 'Deltagare har redan gått med med namn, så anonymt läge kan inte slås på nu.',
  },
  erase: {
    heading: 'Personuppgifter',
    meetingText:
      'Radera namnen på deltagarna, teamets in- och utcheckning och anteckningar, frågorna i återkopplingen och handledarnas namn. Placeringarna finns kvar utan namn, per kommun. Det går inte att ångra.',
    programmeText:
      'Radera deltagarlistan (namn, e-post, titel) och personuppgifterna i varje lärträff som har startats. Teamet och kommunerna finns kvar. Det går inte att ångra.',
    button: 'Radera personuppgifter…',
    confirmHeading: 'Radera personuppgifterna?',
    confirm: 'Ja, radera',
    cancel: 'Avbryt',
    busy: 'Raderar…',
    meetingDone: 'Personuppgifterna är raderade. Lärträffen är anonym från och med nu.',
    programmeDone:
      '{count, plural, one {Personuppgifterna är raderade (# lärträff).} other {Personuppgifterna är raderade (# lärträffar).}}',
  },
};
