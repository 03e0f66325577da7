/**
 * The socket to the meeting: handshake with a token or a join code, resync on
 * every (re)connect and after a gap, clock sampling, commands with acks.
 */
import { io, type Socket } from 'socket.io-client';
import { bestEstimate, type ClockSample } from '../../shared/clock';
import {
  CLIENT_EVENTS,
  CommandAck,
  DragFrame,
  EventBatch,
  ErrorCode,
  Presence,
  PROTOCOL_VERSION,
  ProtocolRefusal,
  ResyncAck,
  SERVER_EVENTS,
  Welcome,
  type ClientToServerEvents,
  type Command,
  type ServerToClientEvents,
} from '../../shared/protocol';
import { receiveEvents, receiveResync, useMeetingStore } from './meetingStore';
import { protocolAgrees, reloadOnce } from './pageVersion';

type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type MeetingAuth = { token: string } | { code: string };

const ACK_TIMEOUT_MS = 10_000;

/** A fresh command id: 22 random url-safe characters (D4). */
function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
const CLOCK_SAMPLES = 5;

/** What sending gives: the server's ack, or `network` when no ack came (the command may or may not have landed). */
export type SendResult = CommandAck | { ok: false; error: { code: 'network'; message: string } };

export interface MeetingConnection {
  send(command: Command): Promise<SendResult>;
  /** Where my token is while I drag it: volatile, dropped when the network is busy. */
  drag(statementId: string, x: number, y: number): void;
  close(): void;
}

/** Connects to the meeting at `url` (default: this page's origin). */
export function connectToMeeting(auth: MeetingAuth, url?: string): MeetingConnection {
  const options = { auth: { ...auth, protocol: PROTOCOL_VERSION }, transports: ['websocket', 'polling'] };
  const socket: MeetingSocket = url ? io(url, options) : io(options);
  const store = useMeetingStore;
  let resyncing = false;
  /** Set when a gap is seen while a resync is in flight: its answer may end before the gap. */
  let again = false;
  let closed = false;

  /** The server speaks another protocol, or sent what this page cannot read: reload once, else say so (S5). */
  const outdated = () => {
    if (closed) return;
    socket.disconnect();
    if (!reloadOnce()) store.setState({ status: 'outdated', refusal: null });
  };

  const resync = async () => {
    if (resyncing) {
      again = true;
      return;
    }
    if (!socket.connected) return;
    resyncing = true;
    try {
      for (let round = 0; round < 5; round++) {
        again = false;
        const raw: unknown = await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck(CLIENT_EVENTS.resync, { fromSeq: store.getState().seq });
        const ack = ResyncAck.safeParse(raw);
        if (!ack.success) {
          // Waiting would not help: this page cannot read what the server sends.
          outdated();
          break;
        }
        const gap = receiveResync(ack.data);
        if (!gap && !again) break;
      }
    } catch {
      // Timed out: the next reconnect or gap tries again.
    } finally {
      resyncing = false;
    }
  };

  const sampleClock = async () => {
    const samples: ClockSample[] = [];
    for (let i = 0; i < CLOCK_SAMPLES && socket.connected; i++) {
      const sentAt = Date.now();
      try {
        const serverNow: unknown = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(CLIENT_EVENTS.time, sentAt);
        if (typeof serverNow === 'number') samples.push({ sentAt, receivedAt: Date.now(), serverNow });
      } catch {
        break;
      }
    }
    const best = bestEstimate(samples);
    if (best) store.setState({ offsetMs: best.offsetMs });
  };

  socket.on('connect', () => {
    store.setState({ status: 'connected', refusal: null });
    void resync().then(sampleClock);
  });
  socket.on('disconnect', (reason) => {
    if (closed) return;
    store.setState({ status: navigator.onLine ? 'reconnecting' : 'offline' });
    // The server dropped us (a revoked link, or a restart): Socket.IO would not retry by itself. Retrying
    // shows a revoked link as refused, and finds a restarted server.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    if (ProtocolRefusal.safeParse(err.data).success) return outdated();
    const code = ErrorCode.safeParse((err.data as { code?: unknown } | undefined)?.code);
    if (code.success && (code.data === 'forbidden' || code.data === 'not_found' || code.data === 'invalid')) {
      // The server said no: retrying the same credentials will not help.
      store.setState({ status: 'refused', refusal: { code: code.data, message: err.message } });
      socket.disconnect();
      return;
    }
    store.setState({ status: navigator.onLine ? 'reconnecting' : 'offline' });
  });
  socket.on(SERVER_EVENTS.welcome, (raw) => {
    const welcome = Welcome.safeParse(raw);
    if (!welcome.success || welcome.data.protocol !== PROTOCOL_VERSION) return outdated();
    protocolAgrees();
    store.setState({ meetingId: welcome.data.meetingId, actor: welcome.data.actor });
  });
  socket.on(SERVER_EVENTS.events, (raw) => {
    const batch = EventBatch.safeParse(raw);
    if (!batch.success || receiveEvents(batch.data.events)) void resync();
  });
  socket.on(SERVER_EVENTS.dragFrame, (raw) => {
    const frame = DragFrame.safeParse(raw);
    if (frame.success) store.setState({ drags: frame.data });
  });
  socket.on(SERVER_EVENTS.presence, (raw) => {
    const presence = Presence.safeParse(raw);
    if (presence.success) store.setState({ online: presence.data.online });
  });

  const onOffline = () => store.setState({ status: 'offline' });
  const onOnline = () => {
    if (!socket.connected && !closed) socket.connect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  /**
   * Commands that got no answer, by content, with the id they went out with: sent again (the person
   * presses again), they keep it, so one the server did commit is not run twice (D4).
   */
  const unanswered = new Map<string, string>();

  return {
    async send(command) {
      const key = JSON.stringify(command);
      const commandId = unanswered.get(key) ?? newCommandId();
      unanswered.delete(key);
      try {
        const raw: unknown = await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck(CLIENT_EVENTS.command, { ...command, commandId });
        const ack = CommandAck.safeParse(raw);
        if (ack.success) return ack.data;
        return { ok: false, error: { code: 'invalid', message: 'unreadable answer from the server' } };
      } catch {
        unanswered.set(key, commandId);
        return { ok: false, error: { code: 'network', message: 'no answer from the server' } };
      }
    },
    drag(statementId, x, y) {
      if (socket.connected) socket.volatile.emit(CLIENT_EVENTS.drag, { statementId, x, y });
    },
    close() {
      closed = true;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
