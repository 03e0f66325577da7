/** Adds the start page's programme strings (startProgramme.sv.ts) when its chunk loads. */
import { startProgrammeEn } from './startProgramme.en';
import { startProgrammeSv } from './startProgramme.sv';
import { addCatalogue } from './index';

addCatalogue(startProgrammeSv, startProgrammeEn);
