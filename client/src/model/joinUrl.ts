/**
 * The address phones use to join. A laptop showing http://localhost cannot
 * be reached from a phone, so then the server's LAN address is used.
 */
export function joinUrl(origin: string, publicUrl: string | null, code: string): string {
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);
  const base = (local && publicUrl ? publicUrl : origin).replace(/\/$/, '');
  return `${base}/join/${code}`;
}
