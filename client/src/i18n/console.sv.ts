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
  weakColour: 'Färgen syns svagt mot tavlan ({{ratio}}:1, under 3:1)',
  // [T6] The console running a cluster's rounds in the supervisor's place.
  rounds: {
    heading: 'Kör ett klusters rundor',
    help: 'När handledaren är sen eller surfplattan har dött: välj klustret och kör dess rundor härifrån, med samma knappar som på surfplattan.',
    pick: 'Kluster att köra',
    none: 'Inget',
    running: 'Du kör rundorna i {{cluster}}',
  },
};
