/** The HTTP API: health, config for the client, and creating a meeting. */
import type { FastifyInstance } from 'fastify';
import { linkPath } from '../shared/link';
import { checkMeetingRequest } from '../shared/meeting';
import { CreateMeetingRequest, describeIssues, type CreateMeetingResponse } from '../shared/protocol';
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
  app.get('/api/health', async () => {
    const quarantined = opts.meetings.quarantined();
    return {
      ok: true,
      version: opts.version,
      ...(opts.instance ? { instance: opts.instance } : {}),
      ...(quarantined.length ? { quarantined } : {}),
    };
  });

  // The start page asks for the organiser key when the server wants one.
  app.get('/api/config', async () => ({
    version: opts.version,
    publicUrl: opts.publicUrl ?? null,
    organiserKeyRequired: Boolean(opts.organiserKey),
  }));

  app.post('/api/meetings', { preHandler: organiserOnly(opts.organiserKey) }, async (req, reply) => {
    const parsed = CreateMeetingRequest.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send({ code: 'invalid', message: describeIssues(parsed.error) });
    const problem = checkMeetingRequest(parsed.data);
    if (problem) return reply.code(400).send({ code: 'invalid', message: problem });
    return reply.code(201).send(meetingLinks(await opts.meetings.create(parsed.data)));
  });
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
