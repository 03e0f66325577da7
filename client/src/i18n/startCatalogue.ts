/** Adds the start page's and the forms' strings (start.sv.ts) when their chunks load. */
import { startEn } from './start.en';
import { startSv } from './start.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', startSv, true, false);
i18n.addResourceBundle('en', 'translation', startEn, true, false);
