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
  // [T6] The console running a cluster's rounds in the supervisor's place.
  rounds: {
    heading: "Run a cluster's rounds",
    help: 'When the supervisor is late or their tablet has died: choose the cluster and run its rounds from here, with the same buttons as on the tablet.',
    pick: 'Cluster to run',
    none: 'None',
    running: 'You are running the rounds in {{cluster}}',
  },
};
