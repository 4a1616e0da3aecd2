/**
 * The baseline venue cold through the product's entry: `faultline sim --scenario baseline
 * --duration S --seed 1 --json` as the CLI's compiled bundle (dist/cli/main.mjs, what
 * packages/cli/bin/faultline.js runs when dist/ is current) or its sources under tsx
 * (FAULTLINE_CLI=tsx's path), each run a fresh process, its `main()` timed from inside (start-up
 * and module loading excluded, as bench/paired-sim.ts's figure), under V8 flag sets to compare.
 * Configurations alternate run by run, so each sees the same drift of the machine; prints each
 * run and, per configuration, the medians and ranges of × real time per wall s, per process CPU s
 * and per main-thread CPU s, with the load average. Every run must give the same trace hash.
 *
 *   npx tsx bench/cli-cold.ts [--tree DIR] [--seconds 120] [--rounds 5] [--config 'bundle|'] [--config 'bundle|node:--maglev'] [--config 'tsx|'] [--config 'bundle|v8:--always-sparkplug']
 *
 * A config is `ENTRY|FLAGS`: ENTRY bundle or tsx; FLAGS `node:…` (node's command line, e.g. the
 * semi-space sizes, which v8.setFlagsFromString cannot change after start) or `v8:…` (set with
 * v8.setFlagsFromString before the CLI is imported: what a bin could do without a second process).
 * Session 27 (BENCHMARKS.md "Session 27 cold"): the bundle is not faster than tsx here (both keep
 * names), and no flag set won clearly. Since session 35 the bin restarts `sim` under
 * packages/cli/bin/node-flags.js's flags before main() runs: `--config 'bundle|node:--v8-pool-size=0'`
 * is what `faultline sim` runs (this bench times main() alone, so it does not restart).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAverage as load, median, range } from './kit/stats.ts';

const { values } = parseArgs({
  options: {
    tree: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    seconds: { type: 'string', default: '120' },
    rounds: { type: 'string', default: '5' },
    config: { type: 'string', multiple: true, default: ['bundle|', 'tsx|'] },
  },
});
const tree = resolve(values.tree as string);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
if (!(seconds > 0) || !(rounds >= 1)) {
  console.error('cli-cold: --seconds must be > 0 and --rounds >= 1');
  process.exit(2);
}

interface Config {
  label: string;
  entry: 'bundle' | 'tsx';
  nodeFlags: string[];
  v8Flags: string;
}
const configs: Config[] = (values.config as string[]).map((label) => {
  const [entry, flags = ''] = label.split('|');
  if (entry !== 'bundle' && entry !== 'tsx') throw new Error(`cli-cold: --config ${label}: the entry is bundle or tsx`);
  const nodeFlags = flags.startsWith('node:') ? flags.slice(5).split(' ').filter(Boolean) : [];
  const v8Flags = flags.startsWith('v8:') ? flags.slice(3) : '';
  if (flags !== '' && nodeFlags.length === 0 && v8Flags === '') throw new Error(`cli-cold: --config ${label}: flags are node:… or v8:…`);
  return { label, entry, nodeFlags, v8Flags };
});

const childSource = `const [entry, tree, secs, v8Flags] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
process.chdir(tree);
if (v8Flags) (await import('node:v8')).setFlagsFromString(v8Flags);
let main;
if (entry === 'bundle') ({ main } = await import(${JSON.stringify(pathToFileURL(tree).href)} + '/dist/cli/main.mjs'));
else {
  const { register } = await import(${JSON.stringify(pathToFileURL(join(tree, 'node_modules/tsx/dist/esm/api/index.mjs')).href)});
  register();
  ({ main } = await import(${JSON.stringify(pathToFileURL(join(tree, 'packages/cli/src/main.ts')).href)}));
}
// The main thread's own CPU seconds (Linux /proc; NaN elsewhere).
const mainCpu = () => { try { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; } };
const out = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (s) => (out.push(String(s)), true);
const cpu0 = process.cpuUsage();
const main0 = mainCpu();
const t0 = performance.now();
const code = await main(['node', 'faultline', 'sim', '--scenario', 'baseline', '--duration', secs, '--seed', '1', '--json']);
const wall = (performance.now() - t0) / 1000;
const used = process.cpuUsage(cpu0);
const mainS = mainCpu() - main0;
process.stdout.write = write;
const summary = JSON.parse(out.join(''));
console.log(JSON.stringify({ code, wall: Number(secs) / wall, cpu: Number(secs) / ((used.user + used.system) / 1e6), main: Number(secs) / mainS, trace: summary.traceHash }));
`;
const dir = mkdtempSync(join(tmpdir(), 'cli-cold-'));
const script = join(dir, 'child.mjs');
writeFileSync(script, childSource);

interface Run {
  code: number;
  wall: number;
  cpu: number;
  main: number;
  trace: string;
}
function child(config: Config): Promise<Run> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [...config.nodeFlags, script, config.entry, tree, String(seconds), config.v8Flags], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').pop() as string)) : fail(new Error(`${config.label} exited ${code}`))));
  });
}

console.log(`faultline sim --scenario baseline --duration ${seconds} --seed 1 --json, main() timed in a fresh process; tree ${tree}; ${rounds} rounds, configs alternating; load ${load()}`);
const runs = new Map<string, Run[]>(configs.map((c) => [c.label, []]));
const traces = new Set<string>();
for (let round = 0; round < rounds; round++) {
  for (const config of configs) {
    const loadAt = load();
    const run = await child(config);
    if (run.code !== 0) throw new Error(`${config.label}: faultline sim exited ${run.code}`);
    traces.add(run.trace);
    (runs.get(config.label) as Run[]).push(run);
    console.log(`  round ${round + 1} '${config.label}' (load ${loadAt}): × real time per wall s ${run.wall.toFixed(1)}, per process CPU s ${run.cpu.toFixed(1)}, per main-thread CPU s ${run.main.toFixed(1)}; trace ${run.trace.slice(0, 12)}`);
  }
}
for (const [label, rs] of runs) {
  const fig = (key: 'wall' | 'cpu' | 'main') => `${median(rs.map((r) => r[key])).toFixed(1)} (${range(rs.map((r) => r[key]), 1)})`;
  console.log(`'${label}': per wall s ${fig('wall')}; per process CPU s ${fig('cpu')}; per main-thread CPU s ${fig('main')}`);
}
console.log(traces.size === 1 ? `one trace in every run: ${[...traces][0]?.slice(0, 12)}` : `TRACES DIFFER: ${[...traces].map((t) => t.slice(0, 12)).join(' ')}`);
console.log(`load at the end ${load()}`);
