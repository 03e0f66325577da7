/** English strings for the console's parts (its tabs): phones never download them. */
import type { consoleSv } from './console.sv';

export const consoleEn: typeof consoleSv = {
  parts: 'Parts of the console',
  run: 'Now',
  agenda: 'Agenda',
  exercises: 'Exercises',
  people: 'Participants',
  clusters: 'Clusters',
  team: 'Team',
  links: 'Links and report',
  weakColour: 'Colour hard to see on the board ({{ratio}}:1, below 3:1)',
};
