/**
 * Swedish strings for messages to the room and the nudge (`room.*`, M1, M2):
 * what a phone and a supervisor's tablet show, and the message form that the
 * tablet and the console share. Loaded with their chunk, not in a phone's first load.
 */
export const roomSv = {
  heading: 'Meddelande',
  fromFacilitator: 'Från projektledaren',
  fromSupervisor: 'Från handledaren',
  hide: 'Dölj',
  hideLabel: 'Dölj meddelandet ”{text}” på den här skärmen',
  dismiss: 'Ta bort för alla',
  dismissLabel: 'Ta bort för alla: ”{text}”',
  nudge: 'Dags att ställa dig vid påståendet.',
  nudgeHint: 'Dra din markör på tavlan, eller använd piltangenterna.',
  compose: {
    heading: 'Meddelande till rummet',
    text: 'Meddelande',
    textHint: 'En rad, högst 80 tecken. Syns tills du tar bort det.',
    presets: 'Färdiga meddelanden',
    presetLabel: 'Använd ”{text}”',
    to: 'Till',
    everyone: 'Alla (mobiler, handledarnas skärmar och projektorn)',
    cluster: '{name} (klustrets mobiler och skärm)',
    send: 'Skicka',
    sent: 'Meddelandet visas nu.',
    onScreen: '{count, plural, one {# meddelande visas} other {# meddelanden visas}}',
    none: 'Inget meddelande visas.',
  },
  preset: {
    gather: 'Samling i stora salen nu',
    bus: 'Bussen går 16.15',
    coffee: 'Kaffe är serverat',
    lunch: 'Lunchen är serverad',
    back: 'Vi börjar igen om fem minuter',
    phones: 'Kom ihåg att svara på påståendet i mobilen',
  },
};

export type RoomMessages = typeof roomSv;
