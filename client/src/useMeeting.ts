/** Connects a view to its meeting for as long as it is mounted. */
import { useCallback, useEffect, useRef } from 'react';
import { connectToMeeting, type MeetingAuth, type MeetingConnection, type SendResult } from './connection';
import { resetMeetingStore } from './meetingStore';
import { useServerUrl } from './serverUrl';
import type { Command } from '../../shared/protocol';

export function useMeetingConnection(auth: MeetingAuth | null): (command: Command) => Promise<SendResult> {
  const connection = useRef<MeetingConnection | null>(null);
  const url = useServerUrl();
  const key = auth ? ('token' in auth ? `t:${auth.token}` : `c:${auth.code}`) : '';
  useEffect(() => {
    if (!auth) return;
    resetMeetingStore();
    const conn = connectToMeeting(auth, url);
    connection.current = conn;
    return () => {
      conn.close();
      connection.current = null;
    };
    // The key says everything about `auth`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, url]);
  return useCallback(
    (command: Command) =>
      connection.current?.send(command) ?? Promise.resolve<SendResult>({ ok: false, error: { code: 'network', message: 'not connected' } }),
    [],
  );
}
