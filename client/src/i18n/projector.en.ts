/** English strings of the projector (`projector.*`); see projector.sv.ts. */
import type { ProjectorMessages } from './projector.sv';

export const projectorEn: ProjectorMessages = {
  joinHeading: 'Join the meeting',
  goTo: 'Go to',
  typeCode: 'and type the code',
  orScan: 'or scan the QR code with your phone’s camera',
  joinStrip: 'Join: {url}',
  codeLabel: 'Code',
  startsAt: 'We start at {time}.',
  joined: '{n} joined',
  hiddenNote: 'The placements are shown to everyone when the project leader reveals them.',
  hiddenBoard: 'The placements are hidden for now',
  backAt: 'Back at {time}',
  backInClusters: 'Back at {time} in the cluster rooms',
  backTo: 'Back at {time}: {title}',
  page: 'Statement {n} of {total}',
  previous: 'Previous statement',
  next: 'Next statement',
  pause: 'Stay on this statement',
  play: 'Page automatically',
  figuresOnly: 'The charts are on the supervisor’s screen.',
};
