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
  weakColour: 'Colour hard to see on the board ({ratio}:1, below 3:1)',
  // [T6] The console running a cluster's rounds in the supervisor's place.
  rounds: {
    heading: "Run a cluster's rounds",
    help: 'When the supervisor is late or their tablet has died: choose the cluster and run its rounds from here, with the same buttons as on the tablet.',
    pick: 'Cluster to run',
    none: 'None',
    running: 'You are running the rounds in {cluster}',
  },
  // [G5] [G7] A meeting of several days, in the agenda tab and on the console's main button.
  days: {
    startDayN: 'Start day {day}',
    endDayN: 'End day {day}',
    dayStartLabel: 'Day {day} starts',
    removeDay: 'Remove day {day}',
    addDayHeading: 'Add a day',
    addDayHint:
      'The lärträff gets one day longer: the new day gets the standard agenda, which you then change. Day 2 is the day after day 1.',
    addDay: 'Add day {day}',
    comparisonSpan: 'Compare check-in and check-out',
    comparisonSpans: {
      day: 'Each day on its own',
      meeting: 'The first check-in with the last check-out',
    },
  },
  // [M1] [M3] The console's tab for messages to the room and the projector.
  room: 'Messages and projector',
  projector: {
    heading: 'The projector',
    mode: 'The projector shows',
    auto: "The day's screen",
    blank: 'Blank screen',
    break: 'Break',
    breakText: 'Text on the break screen',
    breakDefault: 'Break – see you soon',
    showBreak: 'Show the break screen',
    join: 'Code and QR code',
    joinAuto: 'Automatic',
    joinShow: 'Show',
    joinHide: 'Hide',
    joinHelp: 'Automatic: before the start and up to the check-in.',
  },
  // [M2] Who has not placed on the open statement, and the nudge.
  unplaced: {
    heading: 'Not placed yet',
    count: '{count, plural, one {# has not placed themselves} other {# have not placed themselves}}',
    everyone: 'Everyone has placed themselves.',
    group: '{count, plural, one {{name}, # person} other {{name}, # people}}',
    nudge: 'Remind them',
    nudged: 'The reminder is shown on their phones.',
    wait: '{count, plural, one {The next reminder can be sent in # second.} other {The next reminder can be sent in # seconds.}}',
  },
};
