/**
 * [L5] What people type (statements, cards, exercise and agenda titles,
 * questions, notes, EOR sentences) is in the meeting's language, Swedish,
 * whatever language the device shows the app in. It is marked `lang="sv"`
 * where it is shown, so an English screen reader reads it as Swedish
 * (WCAG 3.1.2). Names of people and places are proper names and are not marked.
 */
export const CONTENT_LANG = 'sv';
