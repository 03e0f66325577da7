import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage, setLanguage } from '../../client/src/i18n';
import { resetMeetingStore } from '../../client/src/meetingStore';

// The app downloads English on demand; tests switch languages synchronously, so it is in from the start.
await loadLanguage('en');

afterEach(() => {
  cleanup();
  resetMeetingStore();
  localStorage.clear();
  setLanguage('sv');
});
