/**
 * The organiser key of a shared server (ORGANISER_KEY): whether the server
 * wants one, and the key this tab was given, kept for the tab only.
 */
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import { useServerUrl } from './serverUrl';

const Config = z.object({ organiserKeyRequired: z.optional(z.boolean()) });
const STORAGE_KEY = 'lartraff.organiserKey';

function stored(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useOrganiserKey() {
  const base = useServerUrl() ?? '';
  const [required, setRequired] = useState(false);
  const [key, setKeyState] = useState(stored);
  useEffect(() => {
    let live = true;
    fetch(`${base}/api/config`)
      .then((r) => r.json())
      .then((body: unknown) => {
        const parsed = Config.safeParse(body);
        if (live && parsed.success) setRequired(parsed.data.organiserKeyRequired ?? false);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [base]);
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
