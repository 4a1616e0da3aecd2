/**
 * The instructions of one simulator run alone — not of the process around it — before and after.
 * Session 32's cuts were each ~1 % of the cold venue run and invisible in every wall or CPU figure,
 * and a callgrind count of the whole process (bench/sim-callgrind.ts, /tmp/venue3x/cg.sh) moved by
 * ±1–2 % with tsx's import and start-up alone. Here each tree's run is bundled by esbuild (the options
 * of dist/: keepNames as tsx, no tsx at run time), and run under callgrind with instrumentation off
 * from the start: the child switches it on just before the run and off just after
 * (`callgrind_control -i on|off <its pid>`, synchronously), so the count is the run's code,
 * V8's compiles and GC during it, and nothing else. node runs with --single-threaded --predictable
 * --hash-seed=1 --random-seed=1: no compiler or GC threads, no timers deciding GC or tier-up, so the
 * same tree gives (nearly) the same count every time; `--runs N` repeats each tree (alternating) to
 * show the spread before a difference is read.
 *
 * The run is bench/kit/sim-run.ts' (the paired bench's): cold by default (`--warmup 0`: the first
 * run of a fresh process, issue 15 item 3's figure); `--warmup S` runs S virtual s of seed 2 first,
 * outside the count, and `--warmup-runs N` N such warm-ups (seeds 2, 3, …: paired-sim's steady
 * figure is `--warmup 30 --warmup-runs 2`, a process's third simulation). Prints each run's instructions, per virtual s (venue) or per block
 * (consensus), the trace hash (it must agree between the trees for a behaviour-preserving change),
 * medians and ranges, with the load average.
 *
 * Three figures, because --single-threaded puts TurboFan's compiles on the main thread: the run
 * (everything), TurboFan's jobs (the inclusive count of PipelineCompilationJob::ExecuteJobImpl, the
 * phase a normal run executes on a background thread: about half of a cold venue run's count), and
 * the rest — what the main thread of a normal run executes (its GC helpers' share aside). A cut of
 * code shows in the rest; a cut of what TurboFan compiles shows in the jobs, and pays on the wall
 * clock only when the second core is busy. Instructions are not time: SHA-256 runs here without the
 * CPU's SHA extensions (valgrind does not offer them), ~29 instructions a byte, so the trace hash's
 * ~16.5 MB a run weigh ~5 % here and far less natively. `--keep DIR` keeps each run's callgrind.out
 * file (JIT frames are addresses: for totals and the runtime's C++ functions, not the JS ones).
 * `--before-env KEY=VALUE` (repeatable) sets variables in the before's runs only: with `--before`
 * the after tree, a one-tree A/B of an env switch.
 *
 * `--by-function N` names the JIT's addresses too (bench/kit/callgrind-functions.ts: node writes
 * /tmp/perf-PID.map under --perf-basic-prof --interpreted-frames-native-stack) and prints the N
 * functions with the most self instructions per block or virtual s in either tree, before and after
 * side by side: how a cut is chosen and then judged function by function. The two flags make node log
 * every code object it creates, so the totals of a --by-function run are not comparable with a run
 * without it (compare its trees with each other).
 *
 * `--real-gc` (session 35) drops --predictable-gc-schedule (keeps --predictable): the heap then
 * grows as in a normal run, and with it V8's allocation-site pretenuring decides as in a normal
 * run — decisions ("maybe tenure", then "tenure") that throw away the optimized code that inlined
 * a literal whose objects outlive scavenges. Under the fixed schedule no such decision was taken in
 * a cold consensus run, so the recompiles they cause in every real one (applyOneRule three times,
 * eight functions thrown away; session 35 sim) were not counted. (Without --predictable as well,
 * GC heuristics that read the clock made the same tree's count move by 2.5 % between runs.)
 *
 *   npx tsx bench/sim-count.ts --before DIR [--after DIR] [--what venue|consensus] [--seconds S] [--warmup S] [--warmup-runs N] [--runs N] [--keep DIR] [--before-env KEY=VALUE] [--by-function N] [--real-gc]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
// dist/'s plugin: each source keeps its own import.meta.url, so code that finds files beside itself still does.
import { sourceUrls } from '../packages/cli/src/live/service-build.ts';
import { simRunSource, type SimWhat } from './kit/sim-run.ts';
import { envPairs } from './kit/env-pairs.ts';
import { selfByFunction } from './kit/callgrind-functions.ts';
import { loadAverage as load, median } from './kit/stats.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    what: { type: 'string', default: 'venue' },
    seconds: { type: 'string' },
    warmup: { type: 'string', default: '0' },
    'warmup-runs': { type: 'string', default: '1' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'string' },
    'before-env': { type: 'string', multiple: true, default: [] },
    'by-function': { type: 'string' },
    'real-gc': { type: 'boolean', default: false },
  },
});
const usage = 'usage: npx tsx bench/sim-count.ts --before DIR [--after DIR] [--what venue|consensus] [--seconds S] [--warmup S] [--warmup-runs N] [--runs N] [--keep DIR] [--before-env KEY=VALUE] [--by-function N] [--real-gc]';
const topN = values['by-function'] === undefined ? 0 : Number(values['by-function']);
const warmupRuns = Number(values['warmup-runs']);
if (!values.before || !['consensus', 'venue'].includes(values.what as string) || !(Number(values.runs) >= 1) || !(topN >= 0) || !Number.isSafeInteger(warmupRuns) || warmupRuns < 1) {
  console.error(usage);
  process.exit(2);
}
const what = values.what as SimWhat;
const seconds = Number(values.seconds ?? (what === 'consensus' ? 20 : 120));
const warmup = Number(values.warmup);
const beforeEnv = envPairs('sim-count', values['before-env'] as string[]);

/** The child: the tree's run between two synchronous switches of callgrind's instrumentation. */
function driverSource(dir: string): string {
  return `import { execFileSync } from 'node:child_process';
${simRunSource(dir, what)}
${warmup > 0 ? Array.from({ length: warmupRuns }, (_, i) => `run(${2 + i}, ${warmup * 1e6});`).join('\n') : ''}
const instrument = (state) => execFileSync('callgrind_control', ['-i', state, String(process.pid)], { stdio: 'ignore' });
instrument('on');
const summary = run(1, ${seconds * 1e6});
instrument('off');
console.log(JSON.stringify({ blocks: summary.height ?? summary.blocks ?? 0, trace: summary.traceHash, pid: process.pid }));
`;
}

async function bundle(tree: string, out: string): Promise<void> {
  await build({
    stdin: { contents: driverSource(tree), resolveDir: tree, sourcefile: 'sim-count-driver.mjs', loader: 'js' },
    absWorkingDir: tree,
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    banner: { js: `import { createRequire as __simCountRequire } from 'node:module'; const require = __simCountRequire(${JSON.stringify(pathToFileURL(out).href)});` },
    plugins: [sourceUrls],
    logLevel: 'silent',
  });
}

interface Count {
  instructions: number;
  /** Of them, TurboFan's compile jobs (their execute phase): on a background thread in a normal run. */
  turbofan: number;
  blocks: number;
  trace: string;
  /** Self instructions by function (with --by-function). */
  functions?: Map<string, number>;
}

/** The inclusive instructions of TurboFan's job execution in a callgrind file (0 when it never ran). */
function turbofanJobs(outFile: string): number {
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', outFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const line = annotated.split('\n').find((l) => l.includes('PipelineCompilationJob::ExecuteJobImpl'));
  return line ? Number((/^\s*([\d,]+)/.exec(line)?.[1] ?? '0').replaceAll(',', '')) : 0;
}

function count(tree: string, script: string, env: Record<string, string>, outFile: string): Promise<Count> {
  return new Promise((done, fail) => {
    const child = spawn(
      'valgrind',
      [
        '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${outFile}`, process.execPath,
        '--single-threaded', '--predictable', ...(values['real-gc'] ? [] : ['--predictable-gc-schedule']), '--hash-seed=1', '--random-seed=1',
        ...(topN > 0 ? ['--perf-basic-prof', '--interpreted-frames-native-stack'] : []),
        script,
      ],
      { cwd: tree, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      const collected = /Collected : (\d+)/.exec(err);
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && collected && last.startsWith('{')) {
        const parsed = JSON.parse(last) as { blocks: number; trace: string; pid: number };
        let functions: Map<string, number> | undefined;
        if (topN > 0) {
          const mapFile = `/tmp/perf-${parsed.pid}.map`;
          functions = selfByFunction(outFile, mapFile, script);
          if (keep) renameSync(mapFile, outFile.replace(/\.out$/, '.perf.map'));
          else rmSync(mapFile, { force: true });
        }
        done({ instructions: Number(collected[1]), turbofan: turbofanJobs(outFile), blocks: parsed.blocks, trace: String(parsed.trace), functions });
      } else fail(new Error(`callgrind in ${tree}: exit ${code}\n${err.slice(-2000)}\n${out.slice(-1000)}`));
    });
  });
}

/** The top functions by self instructions per block (or virtual s), the median run of each tree, side by side. */
function printFunctions(results: Record<'before' | 'after', Count[]>, unit: string): void {
  const per = (c: Count) => (what === 'consensus' ? c.blocks : seconds);
  const medianOf = (side: 'before' | 'after', name: string) => median(results[side].map((c) => (c.functions?.get(name) ?? 0) / per(c)));
  const names = new Set([...results.before, ...results.after].flatMap((c) => [...(c.functions?.keys() ?? [])]));
  const rows = [...names].map((name) => ({ name, before: medianOf('before', name), after: medianOf('after', name) }));
  rows.sort((a, b) => Math.max(b.before, b.after) - Math.max(a.before, a.after));
  const total = (side: 'before' | 'after') => median(results[side].map((c) => c.instructions / per(c)));
  console.log(`self instructions per ${unit}, top ${topN} (before | after | after − before; share of the run's instructions):`);
  for (const r of rows.slice(0, topN)) {
    const share = (x: number, side: 'before' | 'after') => ((x / total(side)) * 100).toFixed(2);
    console.log(
      `  ${r.before.toFixed(0).padStart(10)} ${share(r.before, 'before').padStart(5)} % | ${r.after.toFixed(0).padStart(10)} ${share(r.after, 'after').padStart(5)} % | ${(r.after - r.before).toFixed(0).padStart(9)}  ${r.name}`,
    );
  }
}

const trees = { before: resolve(values.before), after: resolve(values.after as string) };
const scratch = mkdtempSync(join(tmpdir(), 'sim-count-'));
const keep = values.keep ? resolve(values.keep) : undefined;
if (keep) mkdirSync(keep, { recursive: true });
try {
  const scripts = { before: join(scratch, 'before.mjs'), after: join(scratch, 'after.mjs') };
  await bundle(trees.before, scripts.before);
  await bundle(trees.after, scripts.after);
  const unit = what === 'consensus' ? 'block' : 'virtual s';
  console.log(`sim-count: ${what}, ${seconds} virtual s, ${warmup > 0 ? (warmupRuns > 1 ? `after ${warmupRuns} warm-ups of ${warmup} s (seeds 2–${1 + warmupRuns}, not counted)` : `after a ${warmup} s warm-up (not counted)`) : 'cold'}${values['real-gc'] ? ", the heap's own growth (--real-gc)" : ''}; ${values.runs} runs a tree, alternating; load ${load()}`);
  const results: Record<'before' | 'after', Count[]> = { before: [], after: [] };
  const runs = Number(values.runs);
  for (let i = 0; i < runs; i++) {
    const order = (i % 2 === 0 ? ['before', 'after'] : ['after', 'before']) as ('before' | 'after')[];
    for (const side of order) {
      const outFile = join(keep ?? scratch, `callgrind.${side}.${i + 1}.out`);
      const c = await count(trees[side], scripts[side], side === 'before' ? beforeEnv : {}, outFile);
      results[side].push(c);
      const per = c.instructions / (what === 'consensus' ? c.blocks : seconds);
      console.log(
        `  ${side} ${i + 1}: ${c.instructions.toLocaleString('en-US')} instructions (${per.toFixed(0)} per ${unit}); TurboFan's jobs ${c.turbofan.toLocaleString('en-US')}, ` +
          `the rest ${(c.instructions - c.turbofan).toLocaleString('en-US')}; blocks ${c.blocks}; trace ${c.trace.slice(0, 12)}; load ${load()}`,
      );
    }
  }
  const traces = new Set([...results.before, ...results.after].map((c) => c.trace));
  if (traces.size > 1) console.log(`TRACE HASHES DIFFER: ${[...traces].map((t) => t.slice(0, 12)).join(' / ')}`);
  const figures: [string, (c: Count) => number][] = [
    ['the run', (c) => c.instructions],
    ["TurboFan's jobs", (c) => c.turbofan],
    ['the rest (the main thread of a normal run)', (c) => c.instructions - c.turbofan],
  ];
  const range = (xs: number[]) => `${Math.min(...xs).toLocaleString('en-US')}–${Math.max(...xs).toLocaleString('en-US')}`;
  const spread = (xs: number[]) => (((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100).toFixed(3);
  for (const [name, of] of figures) {
    const b = results.before.map(of);
    const a = results.after.map(of);
    console.log(
      `${name}: before ${median(b).toLocaleString('en-US')} (${range(b)}; spread ${spread(b)} %), after ${median(a).toLocaleString('en-US')} (${range(a)}; spread ${spread(a)} %); ` +
        `after/before ${(median(a) / median(b)).toFixed(4)} (${(((median(a) - median(b)) / median(b)) * 100).toFixed(2)} %)`,
    );
  }
  if (topN > 0) printFunctions(results, unit);
  console.log(`before ${trees.before}${Object.keys(beforeEnv).length ? ` [${(values['before-env'] as string[]).join(' ')}]` : ''}, after ${trees.after}; trace ${[...traces].map((t) => t.slice(0, 12)).join(' / ')}; load ${load()}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
