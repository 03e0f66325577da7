/** Adds the start page's and the forms' strings (start.sv.ts) when their chunks load. */
import { startEn } from './start.en';
import { startSv } from './start.sv';
import { addCatalogue } from './index';

addCatalogue(startSv, startEn);
