/**
 * Swedish strings of the day's evaluation (`evaluation.*`, EV1, EV2): the
 * phone's form and the console's tab. Loaded with their chunks, not in a
 * phone's first load; the report's own strings are in report.sv.ts.
 */
export const evaluationSv = {
  heading: 'Dagens utvärdering',
  phone: {
    lead: 'Anonymt: svaren visar bara din kommun, aldrig ditt namn. Du svarar en gång.',
    ends: '1 = {low}, 5 = {high}',
    freeTextHint: 'Frivilligt. Skriv inga namn.',
    send: 'Skicka svaren',
    incomplete: 'Välj en siffra på varje fråga innan du skickar.',
    thanks: 'Tack! Dina svar är inskickade.',
  },
  console: {
    lead: 'Frågorna visas i mobilerna när du öppnar utvärderingen, till exempel under utcheckningen. Svaren är anonyma.',
    questions: 'Frågor med skala 1–5',
    question: 'Fråga {n}',
    text: 'Frågans text',
    low: '1 betyder',
    high: '5 betyder',
    add: 'Lägg till en fråga',
    remove: 'Ta bort fråga {n}',
    freeText: 'Fritextrad (frivillig att svara på)',
    freeTextHint: 'Lämna tom om ni inte vill ha någon fritextrad.',
    save: 'Spara frågorna',
    saved: 'Frågorna är sparade.',
    locked: 'Frågorna kan inte ändras när någon har svarat.',
    open: 'Öppna utvärderingen i mobilerna',
    reopen: 'Öppna igen',
    close: 'Stäng utvärderingen',
    status: {
      draft: 'Inte öppnad än.',
      open: 'Öppen i mobilerna.',
      closed: 'Stängd.',
    },
    answered: '{count, plural, one {# av {total} har svarat.} other {# av {total} har svarat.}}',
    results: 'Resultaten finns i rapporten (teamets version visar kommunerna och fritextsvaren).',
  },
};

export type EvaluationMessages = typeof evaluationSv;
