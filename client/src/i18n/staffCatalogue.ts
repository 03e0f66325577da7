/**
 * Adds the strings only the team's screens show (`facilitator.*`, `team.*`,
 * `comparison.*`, `roster.*`, the exercise builder and controls, the rounds'
 * controls and timing log) when a component that shows them loads, so the
 * phone's first download does not carry them (issue 20). Each component that
 * shows one of these keys imports this module itself.
 */
import { staffEn } from './staff.en';
import { staffSv } from './staff.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', staffSv);
i18n.addResourceBundle('en', 'translation', staffEn);
