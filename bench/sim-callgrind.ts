/**
 * The simulator's runs in CPU instructions (valgrind's callgrind), before and after: the paired
 * CPU-second figures (bench/paired-sim.ts) move by ±30 % with the other core's load, so a 5–10 %
 * change of code cannot be resolved by them; an instruction count does not depend on the
 * neighbours (bench/codec-callgrind.ts' method). It does not count cache misses: a figure to
 * compare code by, not a rate.
 *
 * Each tree runs two children under callgrind (node --single-threaded: no concurrent compiler or
 * GC threads): the paired bench's warm-up (seed 2, `--warmup` virtual s, default 3) alone, and the warm-up then the
 * timed run (seed 1, `--seconds` virtual s); the difference is the timed run's instructions
 * (start-up, module loading and warm-up cancel out), printed per block (consensus) or per virtual
 * second (venue), with the trace hashes, which must agree for a behaviour-preserving change.
 *
 *   npx tsx bench/sim-callgrind.ts --before DIR [--after DIR] [--what consensus|venue] [--seconds S] [--warmup S]
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
    warmup: { type: 'string', default: '3' },
  },
});
if (!values.before || !['consensus', 'venue'].includes(values.what as string)) {
  console.error('usage: npx tsx bench/sim-callgrind.ts --before DIR [--after DIR] [--what consensus|venue] [--seconds S]');
  process.exit(2);
}
const what = values.what as 'consensus' | 'venue';
const seconds = Number(values.seconds ?? (what === 'consensus' ? 5 : 10));

function childSource(tree: string): string {
  const dir = resolve(tree);
  const run = simRunSource(dir, what);
  return `${run}
run(2, ${Number(values.warmup) * 1e6});
if (process.env.SIM_TIMED === '1') {
  const summary = run(1, ${seconds * 1e6});
  console.log(JSON.stringify({ blocks: summary.height ?? summary.blocks ?? 0, trace: summary.traceHash }));
} else console.log('{}');
`;
}

function instructions(tree: string, script: string, timed: boolean): Promise<{ count: number; out: { blocks?: number; trace?: string } }> {
  return new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--import', 'tsx', script], {
      cwd: tree,
      env: { ...process.env, SIM_TIMED: timed ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      const collected = /Collected : (\d+)/.exec(err);
      if (code === 0 && collected) done({ count: Number(collected[1]), out: JSON.parse(out.trim().split('\n').pop() as string) });
      else fail(new Error(`callgrind in ${tree}: exit ${code}\n${err.slice(-2000)}`));
    });
  });
}

const trees = { before: resolve(values.before), after: resolve(values.after as string) };
const scripts = Object.fromEntries(Object.entries(trees).map(([name, tree]) => {
  const path = join(tree, `.sim-callgrind-${process.pid}.mts`); // inside the tree: its node_modules resolve
  writeFileSync(path, childSource(tree));
  return [name, path];
})) as Record<'before' | 'after', string>;
try {
  console.log(`sim-callgrind: ${what}, ${seconds} virtual s after a ${values.warmup} s warm-up; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const started = Date.now();
  const [b0, b1, a0, a1] = await Promise.all([
    instructions(trees.before, scripts.before, false),
    instructions(trees.before, scripts.before, true),
    instructions(trees.after, scripts.after, false),
    instructions(trees.after, scripts.after, true),
  ]);
  const per = (timed: typeof b1, base: typeof b0) => (timed.count - base.count) / (what === 'consensus' ? (timed.out.blocks as number) : seconds);
  const before = per(b1, b0);
  const after = per(a1, a0);
  const unit = what === 'consensus' ? 'block' : 'virtual s';
  if (b1.out.trace !== a1.out.trace) console.log(`TRACE HASHES DIFFER: ${b1.out.trace} / ${a1.out.trace}`);
  console.log(`instructions per ${unit}: before ${before.toFixed(0)} (${trees.before}), after ${after.toFixed(0)} (${trees.after}), after/before ${(after / before).toFixed(3)}; blocks ${b1.out.blocks}/${a1.out.blocks}; trace ${String(a1.out.trace).slice(0, 12)}; ${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  for (const path of Object.values(scripts)) rmSync(path, { force: true });
}
