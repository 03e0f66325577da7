/** The simulated clients, spread over worker processes (clientWorker.ts), driven from the bench. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ClientCounts, ClientSpec, Order, Reply, Send } from './clientWorker';

interface Worker {
  child: ChildProcess;
  pending: Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>;
}

export interface Collected {
  /** Per meeting, each client's arrivals: seq, time pairs. */
  arrivals: Map<number, number[]>;
  counts: ClientCounts[];
  windowMs: number;
}

export class ClientPool {
  private readonly workers: Worker[];
  private readonly owner = new Map<string, Worker>();
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const child = fork(join(import.meta.dirname, 'clientWorker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const worker: Worker = { child, pending: new Map() };
      child.on('message', (m: { id: number; reply?: Reply; error?: string }) => {
        const waiting = worker.pending.get(m.id);
        worker.pending.delete(m.id);
        if (m.error !== undefined) waiting?.reject(new Error(m.error));
        else waiting?.resolve(m.reply!);
      });
      child.on('exit', (code) => {
        for (const w of worker.pending.values()) w.reject(new Error(`client worker exited with ${code}`));
        worker.pending.clear();
      });
      return worker;
    });
  }

  private ask(worker: Worker, order: Order): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      worker.child.send({ id, order });
    });
  }

  private all(order: Order): Promise<Reply[]> {
    return Promise.all(this.workers.map((w) => this.ask(w, order)));
  }

  /** Connects the clients, dealt round-robin over the workers; resolves with how many were refused. */
  async connect(url: string, clients: ClientSpec[]): Promise<number> {
    const shares = this.workers.map(() => [] as ClientSpec[]);
    clients.forEach((c, i) => {
      const w = i % this.workers.length;
      shares[w]!.push(c);
      this.owner.set(c.key, this.workers[w]!);
    });
    const replies = await Promise.all(
      this.workers.map((w, i) => this.ask(w, { op: 'connect', url, clients: shares[i]! })),
    );
    return replies.reduce((n, r) => n + (r.op === 'connected' ? r.failed : 0), 0);
  }

  async drive(key: string, commands: unknown[], intervalMs: number): Promise<{ sends: Send[]; refused: string[] }> {
    const reply = await this.ask(this.owner.get(key)!, { op: 'drive', key, commands, intervalMs });
    if (reply.op !== 'driven') throw new Error(`unexpected ${reply.op}`);
    return reply;
  }

  /** Each key sends its command at the same moment, from whichever worker holds it. */
  async burst(keys: string[], commands: unknown[]): Promise<{ sends: Send[]; refused: string[] }> {
    const byWorker = new Map<Worker, { keys: string[]; commands: unknown[] }>();
    keys.forEach((k, i) => {
      const w = this.owner.get(k)!;
      const share = byWorker.get(w) ?? { keys: [], commands: [] };
      share.keys.push(k);
      share.commands.push(commands[i]);
      byWorker.set(w, share);
    });
    const replies = await Promise.all([...byWorker].map(([w, share]) => this.ask(w, { op: 'burst', ...share })));
    const out = { sends: [] as Send[], refused: [] as string[] };
    for (const r of replies) {
      if (r.op !== 'driven') throw new Error(`unexpected ${r.op}`);
      out.sends.push(...r.sends);
      out.refused.push(...r.refused);
    }
    return out;
  }

  async drag(keys: string[], statementId: string, hz: number, ms: number): Promise<number> {
    const byWorker = new Map<Worker, string[]>();
    for (const k of keys) byWorker.set(this.owner.get(k)!, [...(byWorker.get(this.owner.get(k)!) ?? []), k]);
    const replies = await Promise.all(
      [...byWorker].map(([w, ks]) => this.ask(w, { op: 'drag', keys: ks, statementId, hz, ms })),
    );
    return replies.reduce((n, r) => n + (r.op === 'dragged' ? r.sent : 0), 0);
  }

  async reset(): Promise<void> {
    await this.all({ op: 'reset' });
  }

  async collect(): Promise<Collected> {
    const arrivals = new Map<number, number[]>();
    const counts: ClientCounts[] = [];
    let windowMs = 0;
    for (const r of await this.all({ op: 'collect' })) {
      if (r.op !== 'collected') continue;
      for (const [m, list] of Object.entries(r.arrivals)) {
        const into = arrivals.get(Number(m)) ?? [];
        for (const x of list) into.push(x);
        arrivals.set(Number(m), into);
      }
      counts.push(...r.counts);
      windowMs = Math.max(windowMs, r.windowMs);
    }
    return { arrivals, counts, windowMs };
  }

  /** Disconnects every client; the pool can connect again. */
  async disconnect(): Promise<void> {
    await this.all({ op: 'close' });
    this.owner.clear();
  }

  async close(): Promise<void> {
    for (const w of this.workers) {
      const exited = new Promise((r) => w.child.once('exit', r));
      if (w.child.connected) w.child.disconnect();
      await exited;
    }
  }
}
