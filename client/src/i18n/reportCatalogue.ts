/**
 * Adds the report's strings (`report.*`) to the catalogue when a report or
 * print view loads, so the participant's phone never downloads them.
 */
import { reportEn } from './report.en';
import { reportSv } from './report.sv';
import { addCatalogue } from './index';

addCatalogue({ report: reportSv }, { report: reportEn });
