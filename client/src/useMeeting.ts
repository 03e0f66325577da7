/** Connects a view to its meeting for as long as it is mounted. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { connectToMeeting, type MeetingAuth, type MeetingConnection, type SendResult } from './connection';
import { resetMeetingStore } from './meetingStore';
import { useServerUrl } from './serverUrl';
import type { Command } from '../../shared/protocol';

export interface MeetingActions {
  send(command: Command): Promise<SendResult>;
  drag(statementId: string, x: number, y: number): void;
}

export function useMeetingConnection(auth: MeetingAuth | null): MeetingActions {
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
  const send = useCallback(
    (command: Command) =>
      connection.current?.send(command) ??
      Promise.resolve<SendResult>({ ok: false, error: { code: 'network', message: 'not connected' } }),
    [],
  );
  const drag = useCallback(
    (statementId: string, x: number, y: number) => connection.current?.drag(statementId, x, y),
    [],
  );
  return useMemo(() => ({ send, drag }), [send, drag]);
}
