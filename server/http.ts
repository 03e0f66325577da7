/** What the HTTP routes share: typed errors as JSON answers, parsing at the boundary, the bearer token. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { describeIssues, type ErrorCode } from '../shared/protocol';

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
