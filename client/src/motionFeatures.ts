/**
 * framer-motion's features, loaded after first paint so the phone's first
 * download stays small. domMax: layout animations (the agenda reordering) and
 * drag (the statement board).
 */
export { domMax as default } from 'framer-motion';
