/** Adds the team's screens' strings (staff.sv.ts) when the console, the projector, the team page or the report loads. */
import { staffEn } from './staff.en';
import { staffSv } from './staff.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', staffSv, true, false);
i18n.addResourceBundle('en', 'translation', staffEn, true, false);
