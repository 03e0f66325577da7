/** Adds the evaluation's strings (`evaluation.*`) when the phone's form or the console's tab loads. */
import { evaluationEn } from './evaluation.en';
import { evaluationSv } from './evaluation.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { evaluation: evaluationSv }, true, false);
i18n.addResourceBundle('en', 'translation', { evaluation: evaluationEn }, true, false);
