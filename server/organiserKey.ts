/**
 * On a shared server only organisers create programmes and meetings: with
 * ORGANISER_KEY set, POST /api/meetings and POST /api/programmes need it in
 * `X-Organiser-Key`. Unset (a laptop), anyone who reaches the server may.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const ORGANISER_KEY_HEADER = 'x-organiser-key';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** A preHandler that lets a request through only with the key; none when no key is set. */
export function organiserOnly(key: string | undefined) {
  if (!key) return undefined;
  const expected = digest(key);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const given = req.headers[ORGANISER_KEY_HEADER];
    // Equal-length digests: the comparison takes as long whatever was sent.
    if (typeof given === 'string' && timingSafeEqual(digest(given), expected)) return;
    return reply.code(401).send({
      code: 'forbidden',
      message: `creating on this server needs the organiser key in ${ORGANISER_KEY_HEADER}`,
    });
  };
}
