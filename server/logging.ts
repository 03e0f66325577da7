/**
 * The server's pino options (SPEC.md, PD6): no personal data and no secrets in
 * the log. Requests are logged by method, path and status only; the query
 * string is cut off and headers are never serialised, so neither a bearer
 * token nor a cookie can reach it. Callers log ids and counts, never names
 * or payloads.
 */
import type { FastifyRequest } from 'fastify';

type Destination = { write(chunk: string): void };

export function loggerOptions(level: string, stream?: Destination): object {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }),
    },
    // Belt and braces: should anything log a request or a handshake whole.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'auth.token', 'token'],
      censor: '[redacted]',
    },
  };
}
