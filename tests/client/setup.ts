import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setLanguage } from '../../client/src/i18n';
import { resetMeetingStore } from '../../client/src/meetingStore';

afterEach(() => {
  cleanup();
  resetMeetingStore();
  localStorage.clear();
  setLanguage('sv');
});
