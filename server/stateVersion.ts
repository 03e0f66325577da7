/**
 * The version of the code that folds a meeting's log into its state (D6): the
 * built server has it from the build, a server run from its sources hashes
 * shared/ when it starts.
 */
import { join } from 'node:path';
import { stateVersionOf } from '../scripts/stateVersion.mjs';

declare const __STATE_VERSION__: string | undefined;

export const STATE_VERSION: string =
  typeof __STATE_VERSION__ === 'string' ? __STATE_VERSION__ : stateVersionOf(join(import.meta.dirname, '..', 'shared'));
