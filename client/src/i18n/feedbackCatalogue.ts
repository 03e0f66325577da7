/** Adds the feedback rounds' strings (feedback.sv.ts) when a chunk that runs or shows them loads. */
import { feedbackEn } from './feedback.en';
import { feedbackSv } from './feedback.sv';
import { addCatalogue } from './index';

addCatalogue(feedbackSv, feedbackEn);
