/** Connects a view to its meeting for as long as it is mounted. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectToMeeting, type MeetingAuth, type MeetingConnection, type SendResult } from './connection';
import { useRunCommand } from './components/agenda/runCommand';
import { resetMeetingStore, useMeetingStore } from './meetingStore';
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
      connection.current?.send(command) ?? Promise.resolve<SendResult>({ ok: false, error: { code: 'network', message: 'not connected' } }),
    [],
  );
  const drag = useCallback((statementId: string, x: number, y: number) => connection.current?.drag(statementId, x, y), []);
  return useMemo(() => ({ send, drag }), [send, drag]);
}

/**
 * A team view opened by a secret link (`/<view>/<id>#<secret>`): connected with
 * the secret from the fragment, commands run with one place for refusals.
 */
export function useLinkedMeeting() {
  const [token, setToken] = useState(() => location.hash.slice(1));
  const { send } = useMeetingConnection(token ? { token } : null);
  const [run, error] = useRunCommand(send);
  const state = useMeetingStore((s) => s.state);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);
  /** This page's own link was replaced: the address bar shows the new one and the socket reconnects with it. */
  const switchLink = useCallback((path: string) => {
    history.replaceState(null, '', path);
    setToken(path.slice(path.indexOf('#') + 1));
  }, []);
  return { token, send, run, error, state, loaded, status, refused: !token || status === 'refused', switchLink };
}
