/**
 * Adds the projector's strings (`projector.*`) to the catalogue when the
 * projector's page loads, so the participant's phone never downloads them.
 */
import { projectorEn } from './projector.en';
import { projectorSv } from './projector.sv';
import { addCatalogue } from './index';

addCatalogue({ projector: projectorSv }, { projector: projectorEn });
