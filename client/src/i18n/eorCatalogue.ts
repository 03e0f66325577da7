/**
 * Adds the EOR pages' strings (`eor.*`) to the catalogue when a page that
 * shows a board loads, so the participant's phone never downloads them.
 */
import { eorEn } from './eor.en';
import { eorSv } from './eor.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { eor: eorSv }, true, false);
i18n.addResourceBundle('en', 'translation', { eor: eorEn }, true, false);
