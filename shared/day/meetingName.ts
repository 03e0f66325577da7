/** A meeting's name as the phone and the browser tab show it: its own module, so the phone loads no programme code. */

/**
 * A meeting's name split where a phone or a browser tab needs it short: what
 * comes before the first ": " or " – " ("Lärträff 4" of "Lärträff 4:
 * Bakåtplanering – Lärprojekt X"), and the rest. A name without either is
 * short already.
 */
export function splitMeetingName(name: string): { short: string; rest: string } {
  const cut = /: | – /.exec(name);
  const short = cut ? name.slice(0, cut.index).trim() : '';
  if (!cut || !short) return { short: name.trim(), rest: '' };
  return { short, rest: name.slice(cut.index + cut[0].length).trim() };
}
