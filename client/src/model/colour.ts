import { weakOnBoard } from '../../../shared/contrast';

/** A weak colour's contrast against the board, written for the warning ("1,4"); null when the colour is fine (W9). */
export function weakColourRatio(colour: string, language: string): string | null {
  const ratio = weakOnBoard(colour);
  // Rounded down: 2.96 is not "3,0:1", which would read as enough.
  return ratio === null ? null : (Math.floor(ratio * 10) / 10).toLocaleString(language, { minimumFractionDigits: 1 });
}
