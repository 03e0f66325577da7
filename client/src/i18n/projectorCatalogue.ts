/**
 * Adds the projector's strings (`projector.*`) to the catalogue when the
 * projector's page loads, so the participant's phone never downloads them.
 */
import { projectorEn } from './projector.en';
import { projectorSv } from './projector.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { projector: projectorSv }, true, false);
i18n.addResourceBundle('en', 'translation', { projector: projectorEn }, true, false);
