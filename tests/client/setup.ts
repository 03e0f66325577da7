import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage, setLanguage } from '../../client/src/i18n';
import { resetMeetingStore } from '../../client/src/meetingStore';

// The app downloads English on demand; tests switch languages synchronously, so it is in from the start.
await loadLanguage('en');
// findBy… waits for a real server's answer: 1 s (the default) is too short on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  resetMeetingStore();
  localStorage.clear();
  setLanguage('sv');
});
