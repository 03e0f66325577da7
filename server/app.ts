/**
 * The app factory: Fastify with Socket.IO on its HTTP server. Every side
 * effect (store, clock, ids, logger) comes in, so tests build the real server
 * with a fake clock and a temp database.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Server } from 'socket.io';
import * as z from 'zod/mini';
// One locale, not `z.locales`: that namespace would bundle zod's ~50 languages (250 KB) into the server (issue 20).
import en from 'zod/v4/locales/en.js';
import { MAX_PAYLOAD_BYTES } from '../shared/protocol';
import { isPagePath } from '../shared/routes';
import { registerApi } from './api';
import { registerEor } from './year/eor';
import { registerEorLinks } from './year/eorLinks';
import type { EorStore } from './year/eorStore';
import { registerExports } from './exports';
import { registerHomework } from './year/homework';
import { authError, Gateway, type MeetingServer } from './gateway';
import { originAllowed, restrictOrigins } from './origin';
import { Meetings, SNAPSHOT_EVERY } from './meetings';
import { STATE_VERSION } from './stateVersion';
import type { Peers } from './peers';
import { registerProgrammes } from './year/programmes';
import type { Clock, Ids } from './secrets';
import type { ProgrammeStore } from './year/programmeStore';
import { DEFAULT_LIMITS, RateLimits, type LimitRules } from './rateLimits';
import { Retention } from './retention';
import type { MeetingStore } from './store';

export interface AppOptions {
  store: MeetingStore;
  /** Programmes (set-up, CSV, the demo); omitted, the app serves meetings only. */
  programmes?: ProgrammeStore;
  /** The programmes' EOR boards, links and homework; served with the programmes. */
  eor?: EorStore;
  clock: Clock;
  ids: Ids;
  /** pino options or false; tokens never appear in what is logged. */
  logger?: boolean | object;
  /** The built client to serve (dist/client); omitted in API-only tests. */
  clientDir?: string;
  /** The address phones should use (for QR codes), when the browser's own is localhost. */
  publicUrl?: string;
  version?: string;
  /** Origins besides the server's own that may open sockets and send POST/PUT/DELETE (PUBLIC_URL, ALLOWED_ORIGINS). */
  allowedOrigins?: ReadonlySet<string>;
  /** With a key, only organisers holding it create programmes and meetings (ORGANISER_KEY). */
  organiserKey?: string;
  /** A name for this process that /api/health reports (INSTANCE), to see which one a load balancer picked. */
  instance?: string;
  /** Per-socket and per-IP limits; tests lower them to see them bite. */
  limits?: Partial<LimitRules>;
  /** HTTP requests per minute per IP. */
  httpPerMinute?: number;
  /**
   * How many proxies (nginx) stand in front: per-address limits then count the
   * address they forward, not theirs. 0 (the default) trusts no header.
   */
  trustProxy?: number;
  /** A meeting's state is saved every this many events, so a restart replays only the rest (D6); tests lower it. */
  snapshotEvery?: number;
  /** Several processes serve the same meetings: the Redis adapter (see `connectPeers`); closed with the app. */
  peers?: Peers;
  /** The protocol the sockets speak (S5); PROTOCOL_VERSION unless a test stands up an upgraded server. */
  protocol?: number;
  /** Personal data of meetings dated more than this many days ago is erased at start-up and daily (PD5); unset, kept until erased by hand. */
  retentionDays?: number;
}

export interface App {
  app: FastifyInstance;
  io: MeetingServer;
  meetings: Meetings;
}

// zod/mini ships no messages by default; the server's `invalid` errors should read well.
z.config(en());

export async function buildApp(opts: AppOptions): Promise<App> {
  const hops = opts.trustProxy ?? 0;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: MAX_PAYLOAD_BYTES,
    // A URL Fastify cannot route (bad percent-encoding, a bad content type header): typed like every other refusal.
    frameworkErrors: (err: Error, _req: FastifyRequest, reply: FastifyReply) =>
      void reply.code(400).send({ code: 'invalid', message: err.message }),
    // The nearest `trustProxy` hops are ours: proxy-addr's count rule, which Fastify's types only take as a function.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
  });
  const shared = opts.peers !== undefined;
  const io: MeetingServer = new Server(app.server, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    serveClient: false,
    ...(opts.peers
      ? {
          adapter: opts.peers.adapter,
          // The Streams adapter keeps sessions in Redis: a phone back within two minutes gets what it missed, on any
          // process. The handshake is checked again (a revoked link stays out); the client's own resync still runs.
          connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
        }
      : {}),
  });

  const origins = opts.allowedOrigins ?? new Set<string>();
  // Before the gateway's own check: a page on another site never gets as far as its credentials.
  io.use((socket, next) => {
    const { origin, host } = socket.handshake.headers;
    if (originAllowed(origin, host, origins)) return next();
    next(authError('forbidden', 'this page may not connect to the meeting (origin not allowed)'));
  });
  restrictOrigins(app, origins);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    // HSTS only where the server is reached over https; on a laptop's http it would be ignored anyway.
    hsts: opts.publicUrl?.startsWith('https:') ? undefined : false,
  });

  const meetings = new Meetings(opts.store, opts.clock, opts.ids, {
    shared,
    snapshots: { version: STATE_VERSION, every: opts.snapshotEvery ?? SNAPSHOT_EVERY },
    onSetAside: (meetingId, reason) =>
      app.log.error({ meetingId, reason }, 'meeting set aside: its log does not parse'),
  });
  const limits = new RateLimits({
    ...DEFAULT_LIMITS,
    ...(opts.httpPerMinute ? { http: { points: opts.httpPerMinute, duration: 60 } } : {}),
    ...opts.limits,
  });
  const gateway: Gateway = new Gateway({
    io,
    meetings,
    store: opts.store,
    clock: opts.clock,
    log: app.log,
    limits,
    shared,
    trustProxy: opts.trustProxy,
    protocol: opts.protocol,
  });
  meetings.sendTo(gateway);
  // The API only: a page load fetches a dozen static files. A load balancer's health check is never limited:
  // a 429 would take a healthy process out.
  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (!path.startsWith('/api/') || path === '/api/health') return;
    if (await limits.take('http', req.ip)) return;
    return reply.code(429).send({ code: 'rate_limited', message: 'too many requests; slow down' });
  });
  // What the API answers holds names, e-mail addresses or secret links: no browser or proxy keeps a copy.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // Sockets hold the HTTP server open: drop them before Fastify closes it.
  app.addHook('preClose', async () => {
    retention?.close();
    meetings.close();
    gateway.close();
    io.local.disconnectSockets(true);
    io.engine.close();
  });
  app.addHook('onClose', async () => {
    await opts.store.close();
    // The adapter's own Redis connections close with the namespace; then ours.
    if (opts.peers) {
      await io.of('/').adapter.close();
      await opts.peers.close();
    }
  });

  await registerApi(app, {
    meetings,
    version: opts.version ?? '0.0.0',
    publicUrl: opts.publicUrl,
    organiserKey: opts.organiserKey,
    instance: opts.instance,
  });
  registerExports(app, {
    meetings,
    store: opts.store,
    clock: opts.clock,
    ...(opts.programmes && opts.eor ? { boards: { programmes: opts.programmes, eor: opts.eor } } : {}),
  });
  if (opts.programmes)
    await registerProgrammes(app, {
      programmes: opts.programmes,
      meetings,
      clock: opts.clock,
      ids: opts.ids,
      organiserKey: opts.organiserKey,
    });
  if (opts.programmes && opts.eor) {
    const eorOptions = {
      programmes: opts.programmes,
      eor: opts.eor,
      meetings,
      store: opts.store,
      clock: opts.clock,
      ids: opts.ids,
    };
    await registerEor(app, eorOptions);
    registerEorLinks(app, eorOptions);
    registerHomework(app, eorOptions);
  }
  const retention = opts.retentionDays
    ? new Retention({
        meetings,
        programmes: opts.programmes,
        clock: opts.clock,
        days: opts.retentionDays,
        log: app.log,
      })
    : undefined;
  await retention?.start();

  const clientDir = opts.clientDir;
  const withClient = clientDir !== undefined && existsSync(join(clientDir, 'index.html'));
  if (withClient) await app.register(fastifyStatic, { root: clientDir, wildcard: false });
  // The client's pages get the app shell; every other path is a real 404 (typed, with or without the client), so
  // `/favicon.ico`, a missing script or a scanner's `/wp-login.php` never gets a page that pretends to be there.
  app.setNotFoundHandler((req, reply) => {
    if (withClient && (req.method === 'GET' || req.method === 'HEAD') && isPagePath(req.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]!.slice(0, 200)}` });
  });
  return { app, io, meetings };
}

/** A Host header as it may appear in a policy: host and port, nothing that could end a directive. */
const PLAIN_HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

/**
 * What the built client needs and nothing more: its own scripts and styles,
 * QR codes as data: images, and websockets back to the address it was
 * loaded from. No inline scripts, no other site, no framing.
 */
function contentSecurityPolicy() {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': [
      "'self'",
      (req: { headers: { host?: string } }) => {
        const host = req.headers.host ?? '';
        return PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
      },
    ],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}
