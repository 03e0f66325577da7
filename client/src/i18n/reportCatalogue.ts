/**
 * Adds the report's strings (`report.*`) to the catalogue when a report or
 * print view loads, so the participant's phone never downloads them.
 */
import { reportEn } from './report.en';
import { reportSv } from './report.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { report: reportSv }, true, false);
i18n.addResourceBundle('en', 'translation', { report: reportEn }, true, false);
