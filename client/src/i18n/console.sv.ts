/** Swedish strings for the console's parts (its tabs): phones never download them. */
export const consoleSv = {
  parts: 'Konsolens delar',
  run: 'Just nu',
  agenda: 'Agenda',
  exercises: 'Övningar',
  people: 'Deltagare',
  clusters: 'Kluster',
  team: 'Teamet',
  links: 'Länkar och rapport',
  weakColour: 'Färgen syns svagt mot tavlan ({ratio}:1, under 3:1)',
  // [T6] The console running a cluster's rounds in the supervisor's place.
  rounds: {
    heading: 'Kör ett klusters rundor',
    help: 'När handledaren är sen eller surfplattan har dött: välj klustret och kör dess rundor härifrån, med samma knappar som på surfplattan.',
    pick: 'Kluster att köra',
    none: 'Inget',
    running: 'Du kör rundorna i {cluster}',
  },
  // [G5] [G7] A meeting of several days, in the agenda tab and on the console's main button.
  days: {
    startDayN: 'Starta dag {day}',
    endDayN: 'Avsluta dag {day}',
    dayStartLabel: 'Dag {day} börjar',
    removeDay: 'Ta bort dag {day}',
    addDayHeading: 'Lägg till en dag',
    addDayHint:
      'Lärträffen blir en dag längre: den nya dagen får standardprogrammet, som du sedan ändrar. Dag 2 är dagen efter dag 1.',
    addDay: 'Lägg till dag {day}',
    comparisonSpan: 'Jämför in- och utcheckning',
    comparisonSpans: {
      day: 'Varje dag för sig',
      meeting: 'Första incheckningen med sista utcheckningen',
    },
  },
  // [M1] [M3] The console's tab for messages to the room and the projector.
  room: 'Meddelanden och projektor',
  projector: {
    heading: 'Projektorn',
    mode: 'Projektorn visar',
    auto: 'Dagens skärm',
    blank: 'Tom skärm',
    break: 'Paus',
    breakText: 'Text på pausskärmen',
    breakDefault: 'Paus – vi ses snart',
    showBreak: 'Visa pausskärmen',
    join: 'Kod och QR-kod',
    joinAuto: 'Automatiskt',
    joinShow: 'Visa',
    joinHide: 'Dölj',
    joinHelp: 'Automatiskt: före starten och fram till incheckningen.',
  },
  // [M2] Who has not placed on the open statement, and the nudge.
  unplaced: {
    heading: 'Inte placerade än',
    count: '{count, plural, one {# har inte placerat sig} other {# har inte placerat sig}}',
    everyone: 'Alla har placerat sig.',
    group: '{count, plural, one {{name}, # person} other {{name}, # personer}}',
    nudge: 'Påminn dem',
    nudged: 'Påminnelsen visas på deras mobiler.',
    wait: '{count, plural, one {Nästa påminnelse går att skicka om # sekund.} other {Nästa påminnelse går att skicka om # sekunder.}}',
  },
};
