/** Adds the team view's strings (`teamView.*`) when the notes or the team's view load: phones never download them. */
import { teamViewEn } from './teamView.en';
import { teamViewSv } from './teamView.sv';
import { addCatalogue } from './index';

addCatalogue({ teamView: teamViewSv }, { teamView: teamViewEn });
