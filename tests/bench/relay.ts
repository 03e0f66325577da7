/**
 * The baseline: a bare Socket.IO server that only rebroadcasts. No auth, no
 * parsing, no disk: what any fan-out over Socket.IO costs, so the real
 * server's figures can be read as a ratio taken on the same machine at the
 * same moment. Speaks just enough of the app's event names for the same
 * simulated clients to drive it.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { MAX_PAYLOAD_BYTES } from '../../shared/protocol';

// Anything but Socket.IO's path gets a plain answer, so the bench sees the relay is up.
const http = createServer((_req, res) => res.end('relay'));
const io = new Server(http, { serveClient: false, maxHttpBufferSize: MAX_PAYLOAD_BYTES });
const seqs = new Map<string, number>();

io.on('connection', (socket) => {
  const { room, watch } = socket.handshake.auth as { room?: unknown; watch?: unknown };
  if (typeof room !== 'string') {
    socket.disconnect(true);
    return;
  }
  void socket.join(room);
  // The console and the projector: the app sends drag frames only to them.
  if (watch === true) void socket.join(`${room}:watch`);
  socket.emit('welcome', {});
  socket.on('command', (command: unknown, ack: unknown) => {
    const seq = (seqs.get(room) ?? 0) + 1;
    seqs.set(room, seq);
    io.to(room).emit('events', { events: [{ seq, event: command }] });
    if (typeof ack === 'function') ack({ ok: true, seq });
  });
  socket.on('drag', (drag: unknown) => {
    io.to(`${room}:watch`).volatile.emit('dragFrame', drag);
  });
});

http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(JSON.stringify({ msg: 'relay listening' })));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void io.close();
    process.exit(0);
  });
}
