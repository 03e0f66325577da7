/** framer-motion's animation features, loaded after first paint so the phone's first download stays small. */
export { domAnimation as default } from 'framer-motion';
