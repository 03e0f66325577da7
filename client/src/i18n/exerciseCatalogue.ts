/** Adds the exercises' strings (exercise.sv.ts) when a chunk with a board, the editor or the comparison loads. */
import { exerciseEn } from './exercise.en';
import { exerciseSv } from './exercise.sv';
import { addCatalogue } from './index';

addCatalogue(exerciseSv, exerciseEn);
