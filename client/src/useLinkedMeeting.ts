/**
 * The views opened by a secret link, in a module of their own so a phone's
 * first load does not carry them.
 */
import { useCallback, useState } from 'react';
import { useRunCommand } from './components/agenda/runCommand';
import { useMeetingStore } from './meetingStore';
import { useMeetingConnection } from './useMeeting';

/**
 * A team view opened by a secret link (`/<view>/<id>#<secret>`): connected with
 * the secret from the fragment, commands run with one place for refusals.
 * Not the meeting state: each view subscribes to what it shows.
 */
export function useLinkedMeeting() {
  const [token, setToken] = useState(() => location.hash.slice(1));
  const { send } = useMeetingConnection(token ? { token } : null);
  const [run, error] = useRunCommand(send);
  const loaded = useMeetingStore((s) => s.loaded);
  const status = useMeetingStore((s) => s.status);
  /** This page's own link was replaced: the address bar shows the new one and the socket reconnects with it. */
  const switchLink = useCallback((path: string) => {
    history.replaceState(null, '', path);
    setToken(path.slice(path.indexOf('#') + 1));
  }, []);
  return { token, send, run, error, loaded, status, refused: !token || status === 'refused', switchLink };
}
