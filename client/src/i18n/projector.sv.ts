/**
 * Swedish strings of the projector (`projector.*`): worded for a room read
 * from the back row, never "du". Loaded with the projector's chunk
 * (projectorCatalogue.ts), never with a participant's phone.
 */
export const projectorSv = {
  joinHeading: 'Gå med i lärträffen',
  goTo: 'Gå till',
  typeCode: 'och skriv koden',
  orScan: 'eller skanna QR-koden med mobilens kamera',
  joinStrip: 'Gå med: {url}',
  codeLabel: 'Kod',
  startsAt: 'Vi börjar {time}.',
  joined: '{n} har gått med',
  hiddenNote: 'Placeringarna visas för alla när projektledaren visar dem.',
  hiddenBoard: 'Placeringarna är dolda tills vidare',
  backAt: 'Vi ses {time}',
  backInClusters: 'Vi ses {time} i kommunklustren',
  backTo: 'Vi ses {time}: {title}',
  page: 'Påstående {n} av {total}',
  previous: 'Föregående påstående',
  next: 'Nästa påstående',
  pause: 'Stanna på det här påståendet',
  play: 'Bläddra automatiskt',
  figuresOnly: 'Diagrammen visas på handledarens skärm.',
};

export type ProjectorMessages = typeof projectorSv;
