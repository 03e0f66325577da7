/**
 * The hot spots in a `node --cpu-prof` profile: self time per function, and
 * total time (self + callees) for the project's own functions.
 * Usage: node --import tsx tests/bench/profileSummary.ts file.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profileSummary.ts file.cpuprofile [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 25);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const where = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  const short = url.includes('node_modules')
    ? url.slice(url.lastIndexOf('node_modules/') + 13)
    : url.startsWith('/')
      ? relative(process.cwd(), url)
      : url;
  return `${n.callFrame.functionName || '(anonymous)'} ${short}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const node = byId.get(id)!;
  self.set(where(node), (self.get(where(node)) ?? 0) + dt);
  // Each function once per sample, however deep the recursion.
  const seen = new Set<string>();
  for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
    const key = where(n);
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
});

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%`;
const list = (m: Map<string, number>, keep: (k: string) => boolean) =>
  [...m]
    .filter(([k]) => keep(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${ms(v)}  ${k}`)
    .join('\n');
console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled\n\nself time\n${list(self, () => true)}`);
console.log(
  `\ntotal time, the project's own code\n${list(total, (k) => /(server|shared|tests)\//.test(k) && !k.includes('node_modules'))}`,
);
