/** Latency figures from what the senders and the clients recorded. */
import type { Collected } from './clientPool';
import type { Send } from './clientWorker';

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  /** p99 over commands of the time until the last client had it. */
  lastP99: number;
  /** Send to ack: the server acks after the commit (with its fsync), the relay at once. */
  ackP50: number;
  ackP99: number;
  deliveries: number;
  /** Deliveries expected (commands × clients in their meeting) that never came. */
  missing: number;
}

/** Send-to-arrival latency of every delivery of every acked command, in ms. */
export function latency(sends: readonly Send[], collected: Collected, clientsPerMeeting: number): Latency {
  const sentAt = new Map<string, number>();
  for (const s of sends) sentAt.set(`${s.meeting}:${s.seq}`, s.sentAt);
  const all: number[] = [];
  const last = new Map<string, number>();
  for (const [meeting, list] of collected.arrivals) {
    for (let i = 0; i < list.length; i += 2) {
      const key = `${meeting}:${list[i]}`;
      const t0 = sentAt.get(key);
      if (t0 === undefined) continue;
      const ms = list[i + 1]! - t0;
      all.push(ms);
      last.set(key, Math.max(last.get(key) ?? 0, ms));
    }
  }
  all.sort((a, b) => a - b);
  const acks = sends.map((s) => s.ackedAt - s.sentAt).sort((a, b) => a - b);
  return {
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    lastP99: percentile(
      [...last.values()].sort((a, b) => a - b),
      99,
    ),
    deliveries: all.length,
    missing: sends.length * clientsPerMeeting - all.length,
  };
}

export interface Settle {
  /** From the first send of the burst to the moment the last client had the last of its events. */
  settleMs: number;
  ackP99: number;
  missing: number;
}

/** How long a burst of commands took to reach every client: the room has settled when the last one has all of them. */
export function settle(sends: readonly Send[], collected: Collected, clientsPerMeeting: number): Settle {
  const wanted = new Set(sends.map((s) => `${s.meeting}:${s.seq}`));
  const start = Math.min(...sends.map((s) => s.sentAt));
  let last = start;
  let deliveries = 0;
  for (const [meeting, list] of collected.arrivals) {
    for (let i = 0; i < list.length; i += 2) {
      if (!wanted.has(`${meeting}:${list[i]}`)) continue;
      deliveries++;
      last = Math.max(last, list[i + 1]!);
    }
  }
  const acks = sends.map((s) => s.ackedAt - s.sentAt).sort((a, b) => a - b);
  return {
    settleMs: last - start,
    ackP99: percentile(acks, 99),
    missing: sends.length * clientsPerMeeting - deliveries,
  };
}
