/**
 * The client's pages, as router patterns (`:name` one path segment, `:name?`
 * an optional last one). The client routes these; the server answers them
 * with the app's page and every other path with a real 404, so a browser
 * asking for `/favicon.ico` or a scanner for `/wp-login.php` gets no page
 * that pretends to be there.
 */
export const PAGES = {
  start: '/',
  join: '/join/:code?',
  participant: '/m/:meetingId',
  facilitator: '/facilitator/:meetingId',
  screen: '/screen/:meetingId',
  programme: '/programme/:programmeId/:part?',
  eor: '/eor/:programmeId/:boardId?',
  team: '/team/:meetingId',
  report: '/report/:meetingId/:print?',
  supervisor: '/supervisor/:meetingId',
} as const;

// A segment the client could route: ids, codes and words; never a file name (no dot), never empty.
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

function matches(pattern: string, segments: readonly string[]): boolean {
  const parts = pattern.split('/').filter(Boolean);
  if (segments.length > parts.length) return false;
  return parts.every((part, i) => {
    const segment = segments[i];
    if (!part.startsWith(':')) return segment === part;
    if (segment === undefined) return part.endsWith('?');
    return SEGMENT.test(segment);
  });
}

/** Whether a request path (with or without a query string) is one of the client's pages. */
export function isPagePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const trimmed = decoded.length > 1 && decoded.endsWith('/') ? decoded.slice(0, -1) : decoded;
  if (trimmed === '/') return true;
  const segments = trimmed.slice(1).split('/');
  if (!trimmed.startsWith('/') || segments.includes('')) return false;
  return Object.values(PAGES).some((pattern) => pattern !== '/' && matches(pattern, segments));
}
