/** "rum B", but "Rum 2" as it is when the room's own name already says so (not "rum Rum 2"). */
export function roomText(
  t: (key: string, values: { room: string }) => string,
  room: string,
  key = 'agenda.inRoom',
): string {
  return /^(rum|room|sal)\b/i.test(room.trim()) ? room.trim() : t(key, { room });
}
