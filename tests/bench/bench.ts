/**
 * `npm run bench [-- --help] [--quick] [--runs N] [--only 1,3] [--profile] [--strict] [--tmpdir DIR]
 * [--participants N] [--meetings N]`:
 * the real server and a bare Socket.IO relay, each its own process, under
 * the same simulated clients (worker processes). Prints a markdown table of
 * medians over the runs and writes everything to bench-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { routeSize } from '../../scripts/bundleSize.mjs';
import { buildClient } from '../support/bundle';
import { capacity } from './capacity';
import { ClientPool } from './clientPool';
import { oneMeeting } from './oneMeeting';
import { coldStart, restore } from './startup';
import { median } from './stats';

export interface Size {
  participants: number;
  commands: number;
  intervalMs: number;
  movers: number;
  dragMs: number;
  meetings: number;
  perMeeting: number;
  capacityCommands: number;
  restoreEvents: number;
  /** Wait after connecting, for the joins' presence messages (one a second per meeting) to pass. */
  settleMs: number;
}

const FULL: Size = {
  participants: 300,
  commands: 60,
  intervalMs: 200,
  movers: 30,
  dragMs: 5000,
  meetings: 40,
  perMeeting: 50,
  capacityCommands: 20,
  restoreEvents: 10_000,
  settleMs: 2000,
};
const QUICK: Size = {
  participants: 100,
  commands: 10,
  intervalMs: 200,
  movers: 30,
  dragMs: 1500,
  meetings: 10,
  perMeeting: 20,
  capacityCommands: 6,
  restoreEvents: 2_000,
  settleMs: 1200,
};

export interface Row {
  scenario: string;
  measure: string;
  unit: string;
  server: number;
  relay?: number;
  /** `ratio`: server / relay; `below`: the limit itself fails (`<` rather than `<=`). */
  budget?: { on: 'server' | 'ratio'; max: number; below?: boolean };
}

export interface BenchContext {
  quick: boolean;
  run: number;
  tmp: string;
  pool: ClientPool;
  size: Size;
  /** Options for `start` that put the process under --cpu-prof when --profile is on. */
  profile(name: string): { profileDir?: string; profileName?: string };
  /** Runs `fn` once per bench, whatever the number of runs (seeding). */
  once<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

const root = join(import.meta.dirname, '..', '..');
const USAGE = `npm run bench [-- --quick] [--runs N] [--only 1,3] [--profile] [--strict] [--tmpdir DIR]
  [--participants N] [--meetings N]
--only picks scenarios: 1 one meeting (its rows 2, the drags, and 7, the check-in burst, come with it),
3 many meetings, 4 cold start, 5 restart, 6 the phone's JavaScript.
--strict exits 1 when a budget does not hold. Results: bench-results/.`;
const options = {
  quick: { type: 'boolean', default: false },
  runs: { type: 'string' },
  only: { type: 'string' },
  profile: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  tmpdir: { type: 'string' },
  // The capacity search (docs/BENCH.md): scenario 1 with more phones, scenario 3 with more meetings.
  participants: { type: 'string' },
  meetings: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
let parsed;
try {
  parsed = parseArgs({ options });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const args = parsed.values;
const quick = args.quick!;
const runs = Number(args.runs ?? (quick ? 1 : 3));
const only = args.only ? new Set(args.only.split(',').map(Number)) : undefined;
const wanted = (n: number) => !only || only.has(n);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(root, 'bench-results');
const profileDir = join(resultsDir, `profiles-${stamp}`);

const scenarios: [number, (ctx: BenchContext) => Promise<Row[]>][] = [
  [1, oneMeeting],
  [3, capacity],
  [4, coldStart],
  [5, restore],
];

async function bundle(tmp: string): Promise<Row[]> {
  const out = join(tmp, 'client');
  await buildClient(out);
  const { firstLoad, withLazy } = routeSize('src/views/ParticipantPage.tsx', out);
  const s = '6. participant route JavaScript';
  return [
    {
      scenario: s,
      measure: 'first load, gzip',
      unit: 'KB',
      server: firstLoad / 1024,
      budget: { on: 'server', max: 110 },
    },
    { scenario: s, measure: 'with lazy chunks, gzip', unit: 'KB', server: withLazy / 1024 },
  ];
}

function holds(row: Row): boolean | undefined {
  if (!row.budget) return undefined;
  const value = row.budget.on === 'ratio' ? row.server / row.relay! : row.server;
  return row.budget.below ? value < row.budget.max : value <= row.budget.max;
}

const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n)
    ? ''
    : Math.abs(n) >= 100
      ? n.toFixed(0)
      : Math.abs(n) >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

function table(rows: Row[]): string {
  const lines = [
    '| scenario | measure | server | relay | server/relay | budget | holds |',
    '|---|---|--:|--:|--:|---|---|',
  ];
  let last = '';
  for (const r of rows) {
    const budget = r.budget
      ? `${r.budget.on === 'ratio' ? 'ratio ' : ''}${r.budget.below ? '<' : '≤'} ${r.budget.max}${r.budget.on === 'ratio' ? '×' : ` ${r.unit}`}`
      : '';
    const ok = holds(r);
    const unit = r.unit ? ` ${r.unit}` : '';
    lines.push(
      `| ${r.scenario === last ? '' : r.scenario} | ${r.measure} | ${fmt(r.server)}${unit} | ${r.relay === undefined ? '' : fmt(r.relay) + unit} | ${r.relay ? fmt(r.server / r.relay) : ''} | ${budget} | ${ok === undefined ? '' : ok ? 'yes' : '**no**'} |`,
    );
    last = r.scenario;
  }
  return lines.join('\n');
}

/** Medians per measure over the runs, in the order the first run gave them. */
function medians(samples: Row[][]): Row[] {
  const first = samples[0] ?? [];
  return first.map((row, i) => {
    const same = samples.map((rows) => rows[i]!).filter((r) => r.measure === row.measure);
    const relay = same.map((r) => r.relay).filter((v): v is number => v !== undefined);
    return { ...row, server: median(same.map((r) => r.server)), relay: relay.length ? median(relay) : undefined };
  });
}

// --tmpdir /dev/shm puts the SQLite files in memory: the same run without the disk's fsync, to see what it costs.
const tmp = mkdtempSync(join(args.tmpdir ?? tmpdir(), 'lartraff-bench-'));
const pool = new ClientPool(quick ? 2 : 4);
const onceCache = new Map<string, Promise<unknown>>();
const loadBefore = loadavg();
const t0 = performance.now();
const samples: Row[][] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const ctx: BenchContext = {
      quick,
      run,
      tmp,
      pool,
      size: {
        ...(quick ? QUICK : FULL),
        ...(args.participants ? { participants: Number(args.participants) } : {}),
        ...(args.meetings ? { meetings: Number(args.meetings) } : {}),
      },
      profile: (name) => (args.profile && run === 1 ? { profileDir, profileName: name } : {}),
      once: <T>(key: string, fn: () => Promise<T>) => {
        if (!onceCache.has(key)) onceCache.set(key, fn());
        return onceCache.get(key) as Promise<T>;
      },
    };
    const timed = async (n: number, scenario: (ctx: BenchContext) => Promise<Row[]>) => {
      const ts = performance.now();
      const rows = await scenario(ctx);
      console.error(`run ${run}/${runs}: scenario ${n} took ${((performance.now() - ts) / 1000).toFixed(1)} s`);
      return rows;
    };
    const chosen = scenarios.filter(([n]) => wanted(n));
    // The quick smoke run starts the two restarts (4, 5) side by side to stay under a minute; a real run measures one thing at a time.
    const alongside = quick ? chosen.filter(([n]) => n === 4 || n === 5) : [];
    const rows: Row[] = [];
    for (const [n, scenario] of chosen.filter((c) => !alongside.includes(c))) rows.push(...(await timed(n, scenario)));
    for (const r of await Promise.all(alongside.map(([n, scenario]) => timed(n, scenario)))) rows.push(...r);
    samples.push(rows);
  }
  const rows = medians(samples);
  if (wanted(6)) rows.push(...(await bundle(tmp)));
  rows.sort((a, b) => a.scenario.localeCompare(b.scenario, 'en', { numeric: true }));

  const meta = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
    node: process.version,
    cpus: cpus().length,
    quick,
    runs,
    tmp,
    loadBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAfter: loadavg().map((l) => Number(l.toFixed(2))),
    seconds: Math.round((performance.now() - t0) / 1000),
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-${stamp}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, JSON.stringify({ meta, rows: rows.map((r) => ({ ...r, holds: holds(r) })), samples }, null, 2));
  console.log(`\n${table(rows)}\n`);
  console.log(
    `Medians of ${runs} run(s)${quick ? ', quick sizes (budgets not enforced)' : ''}; ${meta.cpus} cores, load ${meta.loadBefore.join(' ')} before, ${meta.loadAfter.join(' ')} after; ${meta.seconds} s. ${file}`,
  );
  if (args.profile) console.log(`CPU profiles: ${profileDir}`);
  if (args.strict && !quick && rows.some((r) => holds(r) === false)) process.exitCode = 1;
} finally {
  await pool.close();
  rmSync(tmp, { recursive: true, force: true });
}
