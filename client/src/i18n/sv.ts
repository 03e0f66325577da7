/**
 * Swedish: the default language, with en.ts beside it. Every phone downloads
 * this file, so it holds what the phone's first screen shows and what every
 * view shares; a view's own strings ride in its chunk (the *Catalogue.ts
 * modules: exercise, feedback, staff, start, console, report...).
 */
import { SEGMENT_KIND_SV } from '../../../shared/day/segmentKindNames';

export const sv = {
  // The rest of `privacy.*` comes with the chunks that need it (erasureCatalogue.ts).
  privacy: { numbered: 'Deltagare {n}' },
  app: { name: 'Lärträff', tagline: 'Realtidsstöd för lärträffar: agenda, incheckning och EOR-återkoppling.' },
  // The browser tab's title (pageTitle.ts): the view's state, the meeting, the view.
  pageTitle: {
    between: 'Mellan programpunkterna',
    ended: 'Dagen är slut',
    teamPreparing: 'Teamet förbereder',
    screen: 'projektor',
    facilitator: 'projektledare',
    supervisor: 'handledare',
    team: 'teamet',
    badLink: 'Länken gäller inte',
    notJoined: 'Inte med',
  },
  language: { label: 'Språk', sv: 'Svenska', en: 'English' },
  connection: {
    connecting: 'Ansluter…',
    connected: 'Ansluten',
    reconnecting: 'Återansluter…',
    offline: 'Offline – vi återansluter när nätet är tillbaka',
    refused: 'Kunde inte ansluta',
    outdated: 'Lärträff har uppdaterats och den här sidan kan inte följa mötet längre. Ladda om sidan.',
    reload: 'Ladda om',
  },
  errors: {
    invalid: 'Något i det du skickade stämde inte.',
    forbidden: 'Du har inte behörighet till det här.',
    not_found: 'Hittades inte.',
    conflict: 'Någon hann före – vyn är uppdaterad, försök igen.',
    rate_limited: 'För många försök. Vänta en stund.',
    network: 'Ingen kontakt med servern. Försök igen.',
    badLink: 'Länken gäller inte (längre). Be projektledaren om en ny.',
    noCode: 'Ingen lärträff har den koden. Kontrollera koden.',
  },
  join: {
    heading: 'Gå med i {meeting}',
    loading: 'Hämtar lärträffen…',
    nameLabel: 'Ditt namn',
    nameHint: 'Så som du vill synas för gruppen',
    municipalityLabel: 'Kommun',
    chooseMunicipality: 'Välj kommun',
    otherMunicipality: 'Annan kommun…',
    otherMunicipalityLabel: 'Namn på kommunen',
    submit: 'Gå med',
    joining: 'Går med…',
    errorSummary: 'Rätta det som är markerat:',
  },
  agenda: {
    heading: 'Dagens program',
    now: 'Nu',
    next: 'Sedan',
    notStarted: 'Lärträffen har inte börjat än.',
    ended: 'Dagen är slut. Tack för i dag!',
    between: 'Strax fortsätter vi.',
    planned: 'Planerat {start}, {minutes} min',
    startedAt: 'Startade {time}',
    room: 'Rum: {room}',
    done: 'Klar',
    upcoming: 'Kommande',
    current: 'Pågår',
    skipped: 'Hoppas över',
    clock: 'Klockan',
    plannedEnd: 'Planerat slut {time}',
    projectedEnd: 'Beräknat slut {time}',
    onTime: 'Enligt plan',
    behind: '{minutes} min efter',
    ahead: '{minutes} min före',
    timeLeft: '{time} kvar',
    segmentLabel: 'Programpunkt: {title}',
    overtime: '{time} över tiden',
    actual: 'Faktiskt {start}–{end}',
    teamPreparing: 'Teamet förbereder dagen.',
    roomDayOver: 'Dagen är slut för i dag. Tack för att ni var med – vi ses på nästa lärträff!',
    regroup: 'Återsamling {time} i kommunklustren',
    yourCluster: 'Ditt kluster: {cluster}',
    inRoom: 'rum {room}',
    withSupervisor: 'handledare {name}',
    plenaryHere: 'Alla samlas i stora salen.',
    dayOfDays: 'Dag {day} av {days}',
    dayOver: 'Dag {day} är slut. Tack för i dag – vi ses i morgon!',
  },
  segmentKind: SEGMENT_KIND_SV,
  participant: {
    hello: 'Hej {name}!',
    from: '{municipality}',
    notJoined: 'Du har inte gått med i den här lärträffen på den här enheten.',
    joinAgain: 'Gå med',
  },
  screen: {
    joinPrompt: 'Gå med: {url}',
  },
  // The rest of `exercise.*` and of `feedback.*` comes with the boards and the rounds (exerciseCatalogue.ts, feedbackCatalogue.ts).
  exercise: {
    statementOf: 'påstående {n} av {total}',
  },
  feedback: {
    floor: {
      presenting: '{municipality} presenterar',
      supervisor: 'Handledaren ger {municipality} återkoppling',
      peers: 'Frågor till {municipality}',
      reply: '{municipality} svarar',
      done: 'Alla kommuner har redovisat.',
    },
  },
};

/** The shape both catalogues share; a missing key in en.ts is a type error. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof sv>;
