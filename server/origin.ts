/**
 * Which web pages may talk to the server. A browser names the page's origin
 * in `Origin` on websocket handshakes and on POST/PUT/DELETE; a page on
 * another site (a cross-site websocket or form) is refused. Allowed: the
 * server's own origin as the request reached it (its `Host`, so a laptop on
 * hotel wifi works at whatever address the phones use), `PUBLIC_URL`, and
 * `ALLOWED_ORIGINS`. A request without `Origin` is not from another site's
 * page (curl, a script, a same-origin GET) and is let through: a secret or a
 * code still decides what it may do.
 */
import type { FastifyInstance } from 'fastify';

/** The origins configured besides the server's own: PUBLIC_URL and a comma-separated ALLOWED_ORIGINS. */
export function configuredOrigins(...lists: (string | undefined)[]): Set<string> {
  const origins = new Set<string>();
  for (const entry of lists.flatMap((l) => (l ?? '').split(','))) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    try {
      origins.add(new URL(trimmed).origin);
    } catch {
      throw new Error(`not an origin: ${trimmed} (expected e.g. https://lartraff.example.se)`);
    }
  }
  return origins;
}

/** Whether a request with this `Origin` and `Host` header comes from a page the server serves or trusts. */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" (a sandboxed frame, a file) or garbage.
    return false;
  }
  if (allowed.has(url.origin)) return true;
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host.toLowerCase()
  );
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses state-changing HTTP requests from other sites' pages with a typed 403. */
export function restrictOrigins(app: FastifyInstance, allowed: ReadonlySet<string>): void {
  app.addHook('onRequest', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (originAllowed(req.headers.origin, req.headers.host, allowed)) return;
    return reply.code(403).send({
      code: 'forbidden',
      message: `requests from ${String(req.headers.origin).slice(0, 100)} are not allowed here`,
    });
  });
}
