/** Adds the access strings (`access.*`) when the start page or the console loads: phones never download them. */
import { accessEn } from './access.en';
import { accessSv } from './access.sv';
import { addCatalogue } from './index';

addCatalogue({ access: accessSv }, { access: accessEn });
