/** Adds the feedback rounds' strings (feedback.sv.ts) when a chunk that runs or shows them loads. */
import { feedbackEn } from './feedback.en';
import { feedbackSv } from './feedback.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', feedbackSv, true, false);
i18n.addResourceBundle('en', 'translation', feedbackEn, true, false);
