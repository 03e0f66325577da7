/** Who is in the meeting: municipalities (colour-coded) and participants. */
import type { Municipality } from '../protocol';

/**
 * Municipality colours: distinct hues, each dark enough for white text at
 * WCAG AA (>= 4.5:1). Colour is never the only cue: names are always shown.
 */
export const MUNICIPALITY_COLOURS = [
  '#1f5fa8',
  '#b3261e',
  '#1e7d32',
  '#7b3fa0',
  '#9a5200',
  '#00717a',
  '#6d4c41',
  '#ad1457',
  '#3c4a57',
  '#556200',
  '#283593',
  '#7a5a00',
] as const;

export function colourFor(index: number): string {
  return MUNICIPALITY_COLOURS[index % MUNICIPALITY_COLOURS.length]!;
}

/** The one normalisation of a name for comparing: trimmed, inner spaces collapsed, lower case in Swedish. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/** Name comparison that forgives case and stray spaces ("trelleborg " is Trelleborg). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function findMunicipality(list: readonly Municipality[], name: string): Municipality | undefined {
  return list.find((m) => sameName(m.name, name));
}
