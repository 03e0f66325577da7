/**
 * Adds the personal-data strings (erasure.sv.ts) when a chunk that shows them
 * loads: the console's, the start page's, the join page's, the programme
 * page's, the phone's "remove me".
 */
import { erasureEn } from './erasure.en';
import { erasureSv } from './erasure.sv';
import { addCatalogue } from './index';

addCatalogue({ privacy: erasureSv }, { privacy: erasureEn });
