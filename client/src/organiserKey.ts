/**
 * The organiser key of a shared server (ORGANISER_KEY): whether the server
 * wants one, and the key this tab was given, kept for the tab only.
 */
import { useState } from 'react';
import { useConfig } from './api';

const STORAGE_KEY = 'lartraff.organiserKey';

function stored(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useOrganiserKey() {
  const required = useConfig()?.organiserKeyRequired ?? false;
  const [key, setKeyState] = useState(stored);
  const setKey = (value: string) => {
    setKeyState(value);
    try {
      sessionStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Private mode: the key lasts as long as the page.
    }
  };
  /** Headers for POST /api/meetings and /api/programmes. */
  const headers: Record<string, string> = required && key ? { 'x-organiser-key': key } : {};
  return { required, key, setKey, headers };
}
