/** Adds the team's screens' strings (staff.sv.ts) when the console, the projector, the team page or the report loads. */
import { staffEn } from './staff.en';
import { staffSv } from './staff.sv';
import { addCatalogue } from './index';

addCatalogue(staffSv, staffEn);
