/** Adds the console's strings (`console.*`) when the console loads: phones never download them. */
import { consoleEn } from './console.en';
import { consoleSv } from './console.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { console: consoleSv }, true, false);
i18n.addResourceBundle('en', 'translation', { console: consoleEn }, true, false);
