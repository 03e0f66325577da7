/** Adds the exercises' strings (exercise.sv.ts) when a chunk with a board, the editor or the comparison loads. */
import { exerciseEn } from './exercise.en';
import { exerciseSv } from './exercise.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', exerciseSv, true, false);
i18n.addResourceBundle('en', 'translation', exerciseEn, true, false);
