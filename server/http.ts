/** What the HTTP routes share: typed errors as JSON answers, parsing at the boundary, the bearer token, registering a route of shared/protocol/http.ts. */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import * as z from 'zod/mini';
import { describeIssues, type ErrorCode } from '../shared/protocol';
import type { AnswerOf, AnyRoute, BodyOf, FileAnswer, ParamsOf, QueryOf } from '../shared/protocol/http';

/** A JSON file's content type (an export; an answer's is set by Fastify). */
export const JSON_TYPE = 'application/json; charset=utf-8';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: object = {},
  ) {
    super(message);
  }
}

export const sendError = (reply: FastifyReply, e: HttpError) =>
  reply.code(e.status).send({ code: e.code, message: e.message, ...e.extra });

/** Parses a request part; a 400 `invalid` naming what is wrong when it does not. */
export function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'invalid', describeIssues(parsed.error));
  return parsed.data;
}

/** A route whose thrown HttpError becomes its answer. */
export const handle =
  (fn: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
  async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      return await fn(req, reply);
    } catch (e) {
      if (e instanceof HttpError) return sendError(reply, e);
      throw e;
    }
  };

const Bearer = z.string().check(z.regex(/^Bearer [A-Za-z0-9_-]{16,128}$/));

/** The secret of `Authorization: Bearer <secret>`, or a 401 saying what to send. */
export function bearer(req: FastifyRequest, what: string): string {
  const header = Bearer.safeParse(req.headers.authorization);
  if (!header.success) throw new HttpError(401, 'forbidden', `send ${what} as Authorization: Bearer <token>`);
  return header.data.slice('Bearer '.length);
}

/** What a route's handler gets: the parsed path and query, and the body parsed when it asks (after its access check). */
export interface Call<R extends AnyRoute> {
  params: ParamsOf<R>;
  query: QueryOf<R>;
  /** The JSON body, parsed by the route's schema; a 400 `invalid` when it does not. */
  body: () => BodyOf<R>;
  /** A 'csv' route's raw bytes, so the import can tell UTF-8 from Windows-1252. */
  bytes: () => Buffer;
  req: FastifyRequest;
  reply: FastifyReply;
}

/**
 * Registers a route of shared/protocol/http.ts: its method and path, its
 * parameters parsed (a path that names nothing answers 404 where the route
 * says so), its status, and a file answer saved by the browser under its name.
 */
export function serve<R extends AnyRoute>(
  app: FastifyInstance,
  route: R,
  handler: (call: Call<R>) => Promise<AnswerOf<R>>,
  options: Omit<RouteOptions, 'method' | 'url' | 'handler'> = {},
): void {
  app.route({
    ...options,
    method: route.method,
    url: route.path,
    handler: handle(async (req, reply) => {
      const path = route.params.safeParse(req.params);
      if (!path.success) {
        if (route.badPathIs404) throw new HttpError(404, 'not_found', 'no such resource');
        throw new HttpError(400, 'invalid', describeIssues(path.error));
      }
      const call: Call<R> = {
        params: path.data as ParamsOf<R>,
        query: (route.query ? parse(route.query, req.query) : undefined) as QueryOf<R>,
        body: () => (typeof route.body === 'object' && route.body ? parse(route.body, req.body) : null) as BodyOf<R>,
        bytes: () => {
          if (!Buffer.isBuffer(req.body)) throw new HttpError(400, 'invalid', 'send the CSV file itself, as text/csv');
          return req.body;
        },
        req,
        reply,
      };
      const answer = await handler(call);
      if (route.answer === 'file') {
        const file = answer as FileAnswer;
        return reply
          .type(file.type)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body);
      }
      return reply.code(route.status).send(route.status === 204 ? undefined : answer);
    }),
  });
}
