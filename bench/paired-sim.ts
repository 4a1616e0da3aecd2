/**
 * Before/after on a loaded machine: the same simulation run from two checkouts at the same time,
 * pair after pair, so both see the same load (one bench invocation alternating them saw loads
 * that moved by more than the difference). Each child runs the simulation from its own tree's
 * sources, a short warm-up first, and reports the CPU seconds of the timed run alone (user +
 * system of its process) and the trace hash, which must agree between the trees for a
 * behaviour-preserving change. Prints each pair, the per-pair ratio and medians, with the load.
 *
 *   npx tsx bench/paired-sim.ts --before DIR [--after DIR] [--what consensus|venue] [--seconds S] [--pairs N] [--warmup S]
 *
 * --warmup: the warm-up's virtual seconds (default 3, seed 2). 3 s reach no block (a consensus
 * run's first commit is at ~3.5 s; the venue trades later still), so by default the timed run
 * also pays for V8 compiling the block path (its compiler threads count in the process's CPU
 * time: ~30 % of the consensus figure, ~40 % of the venue's, session 23); --warmup 20 measures
 * warm code.
 *
 * consensus: 4 validators, empty blocks, dYdX timeouts with a 10 ms commit wait (the consensus
 * bench's empty-block run), seed 1; figure: blocks per CPU second. venue: the baseline scenario,
 * seed 1; figure: virtual seconds per CPU second.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { simRunSource } from './kit/sim-run.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    what: { type: 'string', default: 'consensus' },
    seconds: { type: 'string' },
    pairs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
  },
});
if (!values.before || !['consensus', 'venue'].includes(values.what as string)) {
  console.error('usage: npx tsx bench/paired-sim.ts --before DIR [--after DIR] [--what consensus|venue] [--seconds S] [--pairs N]');
  process.exit(2);
}
const what = values.what as 'consensus' | 'venue';
const seconds = Number(values.seconds ?? (what === 'consensus' ? 20 : 60));

/** The child's source for one tree: imports that tree's packages by absolute path. */
function childSource(tree: string): string {
  const dir = resolve(tree);
  const figure = what === 'consensus' ? 'const figure = (s, cpu) => s.height / cpu;' : `const figure = (s, cpu) => ${seconds} / cpu;`;
  const timed = `${simRunSource(dir, what)}\n${figure}`;
  return `${timed}
const { readFileSync } = await import('node:fs');
// The main thread's own CPU seconds (Linux /proc; NaN elsewhere): the rest of the process's is V8's compiler and GC threads.
const mainCpu = () => { try { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; } };
run(2, ${Number(values.warmup) * 1e6});
const started = process.cpuUsage();
const mainStarted = mainCpu();
const summary = run(1, ${seconds * 1e6});
const used = process.cpuUsage(started);
const main = mainCpu() - mainStarted;
const cpu = (used.user + used.system) / 1e6;
console.log(JSON.stringify({ cpu, figure: figure(summary, cpu), mainFigure: figure(summary, main), trace: summary.traceHash }));
`;
}

const dir = mkdtempSync(join(tmpdir(), 'paired-sim-'));
const scripts = { before: join(dir, 'before.mts'), after: join(dir, 'after.mts') };
writeFileSync(scripts.before, childSource(values.before));
writeFileSync(scripts.after, childSource(values.after as string));

function child(script: string): Promise<{ cpu: number; figure: number; mainFigure: number; trace: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').pop() as string)) : fail(new Error(`${script} exited ${code}`))));
  });
}

const unit = what === 'consensus' ? 'blocks per CPU s' : 'virtual s per CPU s';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const rows: Array<{ load: string; before: number; after: number; ratio: number }> = [];
console.log(`${what}, ${seconds} virtual s after a ${values.warmup} s warm-up, seed 1; before ${values.before}, after ${values.after}; ${unit}`);
for (let pair = 0; pair < Number(values.pairs); pair++) {
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const [before, after] = await Promise.all([child(scripts.before), child(scripts.after)]);
  if (before.trace !== after.trace) console.log(`  pair ${pair + 1}: TRACE HASHES DIFFER: ${before.trace.slice(0, 16)} / ${after.trace.slice(0, 16)}`);
  rows.push({ load, before: before.figure, after: after.figure, ratio: after.figure / before.figure });
  console.log(`  pair ${pair + 1} (load ${load}): before ${before.figure.toFixed(1)}, after ${after.figure.toFixed(1)}, after/before ${(after.figure / before.figure).toFixed(2)}; per main-thread CPU s ${before.mainFigure.toFixed(1)} / ${after.mainFigure.toFixed(1)}; trace ${after.trace.slice(0, 12)}`);
}
const b = rows.map((r) => r.before);
const a = rows.map((r) => r.after);
const ratios = rows.map((r) => r.ratio);
console.log(`median before ${median(b).toFixed(1)} (${range(b)}), after ${median(a).toFixed(1)} (${range(a)}); after/before per pair ${median(ratios).toFixed(2)} (${range(ratios)}); load at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
