/**
 * Adds the programme page's strings (`programme.*`) to the catalogue when the
 * page's chunk loads, so the participant's phone never downloads them.
 */
import { programmeEn } from './programme.en';
import { programmeSv } from './programme.sv';
import { addCatalogue } from './index';

addCatalogue({ programme: programmeSv }, { programme: programmeEn });
