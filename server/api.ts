/** The HTTP API: health, config for the client, and creating a meeting. */
import type { FastifyInstance } from 'fastify';
import { linkPath } from '../shared/day/link';
import { checkMeetingRequest } from '../shared/day/meeting';
import type { CreateMeetingResponse } from '../shared/protocol';
import { HTTP } from '../shared/protocol/http';
import { HttpError, serve } from './http';
import type { CreatedMeeting, Meetings } from './meetings';
import { organiserOnly } from './organiserKey';

export interface ApiOptions {
  meetings: Meetings;
  version: string;
  publicUrl?: string;
  organiserKey?: string;
  /** Which process answered, behind a load balancer. */
  instance?: string;
}

export async function registerApi(app: FastifyInstance, opts: ApiOptions): Promise<void> {
  // Malformed JSON and the like: a 400 with a message, never a 500.
  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    const code =
      status === 413 || status === 400 || status === 415 ? 'invalid' : status === 429 ? 'rate_limited' : 'conflict';
    return reply.code(status).send({ code, message: status === 500 ? 'internal error' : err.message });
  });

  // Still ok with a meeting set aside: the process serves every other meeting (R2).
  serve(app, HTTP.health, async () => {
    const quarantined = opts.meetings.quarantined();
    return {
      ok: true,
      version: opts.version,
      ...(opts.instance ? { instance: opts.instance } : {}),
      ...(quarantined.length ? { quarantined } : {}),
    };
  });

  // The start page asks for the organiser key when the server wants one.
  serve(app, HTTP.config, async () => ({
    version: opts.version,
    publicUrl: opts.publicUrl ?? null,
    organiserKeyRequired: Boolean(opts.organiserKey),
  }));

  serve(
    app,
    HTTP.createMeeting,
    async ({ body }) => {
      const request = body();
      const problem = checkMeetingRequest(request);
      if (problem) throw new HttpError(400, 'invalid', problem);
      return meetingLinks(await opts.meetings.create(request));
    },
    { preHandler: organiserOnly(opts.organiserKey) },
  );
}

/** The secrets sit in the fragment: browsers never send it to a server or a log. */
export function meetingLinks(created: CreatedMeeting): CreateMeetingResponse {
  return {
    meetingId: created.meetingId,
    code: created.code,
    facilitatorLink: linkPath('facilitator', created.meetingId, created.facilitatorToken),
    screenLink: linkPath('screen', created.meetingId, created.screenToken),
    evaluatorLink: linkPath('evaluator', created.meetingId, created.evaluatorToken),
    supervisorLinks: created.supervisorTokens.map((s) => ({
      clusterId: s.clusterId,
      name: s.name,
      link: linkPath('supervisor', created.meetingId, s.token),
    })),
  };
}
