/**
 * The other server processes (DESIGN.md, "Scale-out"): Socket.IO's Redis
 * Streams adapter carries every broadcast to the sockets of every process and
 * keeps connection-state recovery working; a small notice between processes
 * says that a meeting's log grew, so a process holding that meeting catches up.
 */
import type { createAdapter } from '@socket.io/redis-streams-adapter';
import * as z from 'zod/mini';

/** Events between server processes, never sent to a client. */
export const PEER_EVENTS = { appended: 'appended' } as const;

/** A meeting's log now ends at `seq`: its events were broadcast by the process that wrote them. */
export const AppendedNotice = z.object({
  meetingId: z.string().check(z.minLength(1), z.maxLength(64)),
  seq: z.number().check(z.int(), z.positive()),
});
export type AppendedNotice = z.infer<typeof AppendedNotice>;

/** Payloads are `unknown`: another process is a boundary too. */
export interface PeerEvents {
  [PEER_EVENTS.appended]: (notice: unknown) => void;
}

export interface Peers {
  /** Socket.IO's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * Connects to Redis and returns the Streams adapter on it. `prefix` names the
 * stream, the pub/sub channels and the session keys, so two deployments (or
 * two test runs) can share one Redis without hearing each other.
 */
export async function connectPeers(url: string, prefix = 'lartraff'): Promise<Peers> {
  // Loaded only here: a single process (the default) starts without Redis's client and the adapter.
  const [{ createAdapter }, { createClient }] = await Promise.all([
    import('@socket.io/redis-streams-adapter'),
    import('redis'),
  ]);
  const client = createClient({ url });
  // The adapter reconnects on its own; an error must not crash the process.
  client.on('error', () => undefined);
  await client.connect();
  const adapter = createAdapter(client, {
    streamName: `${prefix}:stream`,
    channelPrefix: `${prefix}:channel`,
    sessionKeyPrefix: `${prefix}:session:`,
    // Every payload is JSON: skip the adapter's search for binary data.
    onlyPlaintext: true,
  });
  return {
    adapter,
    async close() {
      await client.close().catch(() => undefined);
    },
  };
}
