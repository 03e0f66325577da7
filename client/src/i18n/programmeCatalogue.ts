/**
 * Adds the programme page's strings (`programme.*`) to the catalogue when the
 * page's chunk loads, so the participant's phone never downloads them.
 */
import { programmeEn } from './programme.en';
import { programmeSv } from './programme.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { programme: programmeSv }, true, false);
i18n.addResourceBundle('en', 'translation', { programme: programmeEn }, true, false);
