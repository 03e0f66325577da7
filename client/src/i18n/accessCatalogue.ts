/** Adds the access strings (`access.*`) when the start page or the console loads: phones never download them. */
import { accessEn } from './access.en';
import { accessSv } from './access.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { access: accessSv }, true, false);
i18n.addResourceBundle('en', 'translation', { access: accessEn }, true, false);
