import type { EvaluationMessages } from './evaluation.sv';

/** English strings of the day's evaluation (`evaluation.*`); see evaluation.sv.ts. */
export const evaluationEn: EvaluationMessages = {
  heading: "The day's evaluation",
  phone: {
    lead: 'Anonymous: your answers show only your municipality, never your name. You answer once.',
    ends: '1 = {low}, 5 = {high}',
    freeTextHint: 'Optional. Please write no names.',
    send: 'Send my answers',
    incomplete: 'Choose a number for every question before you send.',
    thanks: 'Thank you! Your answers are in.',
  },
  console: {
    lead: 'The questions show on the phones when you open the evaluation, for instance during the check-out. Answers are anonymous.',
    questions: 'Questions on a 1–5 scale',
    question: 'Question {n}',
    text: 'The question',
    low: '1 means',
    high: '5 means',
    add: 'Add a question',
    remove: 'Remove question {n}',
    freeText: 'Free-text line (optional to answer)',
    freeTextHint: 'Leave it empty for no free-text line.',
    save: 'Save the questions',
    saved: 'The questions are saved.',
    locked: 'The questions cannot change once someone has answered.',
    open: 'Open the evaluation on the phones',
    reopen: 'Open again',
    close: 'Close the evaluation',
    status: {
      draft: 'Not opened yet.',
      open: 'Open on the phones.',
      closed: 'Closed.',
    },
    answered: '{count, plural, one {# of {total} has answered.} other {# of {total} have answered.}}',
    results: "The results are in the report (the team's version shows the municipalities and the free text).",
  },
};
