/** Adds the evaluation's strings (`evaluation.*`) when the phone's form or the console's tab loads. */
import { evaluationEn } from './evaluation.en';
import { evaluationSv } from './evaluation.sv';
import { addCatalogue } from './index';

addCatalogue({ evaluation: evaluationSv }, { evaluation: evaluationEn });
