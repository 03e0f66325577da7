/**
 * Adds the EOR pages' strings (`eor.*`) to the catalogue when a page that
 * shows a board loads, so the participant's phone never downloads them.
 */
import { eorEn } from './eor.en';
import { eorSv } from './eor.sv';
import { addCatalogue } from './index';

addCatalogue({ eor: eorSv }, { eor: eorEn });
