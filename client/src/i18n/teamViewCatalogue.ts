/** Adds the team view's strings (`teamView.*`) when the notes or the team's view load: phones never download them. */
import { teamViewEn } from './teamView.en';
import { teamViewSv } from './teamView.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { teamView: teamViewSv }, true, false);
i18n.addResourceBundle('en', 'translation', { teamView: teamViewEn }, true, false);
