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
};
