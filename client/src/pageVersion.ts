/**
 * A page that speaks another protocol than the server (an upgrade happened
 * while it was open) reloads itself to get the server's client: once per tab,
 * so a server that keeps refusing does not make the page reload forever (S5).
 */
const RELOADED = 'lartraff.reloadedForProtocol';

/** Reloads the page unless this tab already did for the same reason; false when it may not (then say why). */
export function reloadOnce(reload: () => void = () => window.location.reload()): boolean {
  try {
    if (sessionStorage.getItem(RELOADED)) return false;
    sessionStorage.setItem(RELOADED, '1');
  } catch {
    // No session storage: a reload could not be told from the first one, so none.
    return false;
  }
  reload();
  return true;
}

/** The page and the server agree: a later upgrade may reload the page again. */
export function protocolAgrees(): void {
  try {
    sessionStorage.removeItem(RELOADED);
  } catch {
    // Nothing was kept.
  }
}
