import type { RoomMessages } from './room.sv';

/** English strings for messages to the room and the nudge (`room.*`). */
export const roomEn: RoomMessages = {
  heading: 'Message',
  fromFacilitator: 'From the project leader',
  fromSupervisor: 'From the supervisor',
  hide: 'Hide',
  hideLabel: 'Hide the message “{text}” on this screen',
  dismiss: 'Remove for everyone',
  dismissLabel: 'Remove for everyone: “{text}”',
  nudge: 'Time to take your place on the statement.',
  nudgeHint: 'Drag your marker on the board, or use the arrow keys.',
  compose: {
    heading: 'Message to the room',
    text: 'Message',
    textHint: 'One line, at most 80 characters. Shown until you remove it.',
    presets: 'Ready-made messages',
    presetLabel: 'Use “{text}”',
    to: 'To',
    everyone: 'Everyone (phones, supervisors’ screens and the projector)',
    cluster: '{name} (the cluster’s phones and screen)',
    send: 'Send',
    sent: 'The message is shown now.',
    onScreen: '{count, plural, one {# message shown} other {# messages shown}}',
    none: 'No message is shown.',
  },
  preset: {
    gather: 'Gather in the main hall now',
    bus: 'The bus leaves at 16:15',
    coffee: 'Coffee is served',
    lunch: 'Lunch is served',
    back: 'We start again in five minutes',
    phones: 'Remember to answer the statement on your phone',
  },
};
