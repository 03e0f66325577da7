/** Adds the console's strings (`console.*`) when the console loads: phones never download them. */
import { consoleEn } from './console.en';
import { consoleSv } from './console.sv';
import { addCatalogue } from './index';

addCatalogue({ console: consoleSv }, { console: consoleEn });
