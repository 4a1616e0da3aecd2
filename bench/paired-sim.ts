/**
 * Before/after on a loaded machine: the same simulation run from two checkouts at the same time,
 * pair after pair, so both see the same load (one bench invocation alternating them saw loads
 * that moved by more than the difference). Each child runs the simulation from its own tree's
 * sources, a short warm-up first, and reports the CPU seconds of the timed run alone (user +
 * system of its process), its main thread's CPU seconds, its wall seconds, and the trace hash,
 * which must agree between the trees for a behaviour-preserving change. Prints each pair, the
 * per-pair ratio and medians of every figure, with the load average.
 *
 *   npx tsx bench/paired-sim.ts --before DIR [--after DIR] [--what consensus|venue|campaign] [--seconds S] [--pairs N] [--warmup S] [--warmup-runs N] [--sequential] [--runs N] [--before-env KEY=VALUE] [--before-node-flags FLAGS] [--after-node-flags FLAGS]
 *
 * Node flags (session 35): each tree's children start under the node flags that tree's `faultline
 * sim` (consensus, venue) or `faultline check` (campaign) restarts under (packages/cli/bin/node-flags.js:
 * `--v8-pool-size=0`; none for a tree without that file), printed in the header: the figure is the product's.
 * `--before DIR_OF_AFTER --before-env FAULTLINE_NODE_FLAGS=0` is the one-tree A/B of the flags.
 * `--before-node-flags '…'` / `--after-node-flags '…'` (session 38) add node or V8 flags (space-separated)
 * after a tree's own, for a one-tree A/B of a flag the CLI does not set yet (e.g. `--before /work/main
 * --after-node-flags=--max-inlined-bytecode-size-cumulative=460`; with `=`, as parseArgs takes a value
 * that starts with a dash): what a flag would give `faultline sim` is measured before the CLI sets it.
 *
 * Signing thread (session 26): with FAULTLINE_SIM_SIGNING=worker, runConsensus and runVenue sign
 * votes and proposals on a worker thread (runtime sim/signer.ts; the default is the main thread:
 * the thread was slower per wall s in every measure of session 26). A tree running the thread
 * prints, per pair, its timed run's counts: signatures made there and here, and the first reads
 * of a signature that had to wait for it. `--before DIR_OF_AFTER --before-env
 * FAULTLINE_SIM_SIGNING=main` with FAULTLINE_SIM_SIGNING=worker in the environment is the one-tree
 * A/B (the same code, one thread against two). Since session 27 the thread is one per process,
 * kept from the warm-up to the timed run, and FAULTLINE_SIM_SIGNER_SPIN_US / FAULTLINE_SIM_SIGNER_NAP_US
 * (default 0 each) make its worker poll or nap between jobs instead of sleeping until woken.
 * FAULTLINE_SIM_SIGNER_STEAL=1 (session 29, default 0): a read of a signature the worker has not
 * taken yet signs it on the main thread instead of waiting ("taken back by their reader").
 *
 * Three figures each, all printed (none replaces another):
 * - per process CPU s: user + system of the child process, V8's compiler and GC threads included;
 * - per main-thread CPU s: the simulation's own thread (Linux /proc; NaN elsewhere);
 * - per wall s: the timed run's elapsed time. This is how the issue's first figures were taken
 *   ("296 empty blocks per wall second": `packages/sim/bench/consensus.bench.ts --quick`, 916 blocks
 *   of a 20 virtual s run in 3.1 wall s, the first run of a fresh process, no warm-up; "84× real
 *   time": `bench/run.ts --filter venue.bench`, 120 virtual s of the baseline over their wall
 *   time, the first run of a fresh process; both on an idle machine, BENCHMARKS.md "Consensus
 *   (issue 4)" and "The whole venue in the simulator (issue 6)"). Wall time is the load's on a
 *   busy machine: read it only from a quiet one, and with `--sequential` (the two children of a
 *   pair one after the other, the order alternating), so a run has both cores as those figures did.
 *   `--warmup 0` skips the warm-up, as they did.
 *
 * --warmup: the warm-up's virtual seconds (default 3, seed 2). 3 s reach no block (a consensus
 * run's first commit is at ~3.5 s; the venue trades later still), so by default the timed run
 * also pays for V8 compiling the block path (its compiler threads count in the process's CPU
 * time: ~30 % of the consensus figure, ~40 % of the venue's, session 23); --warmup 20 measures
 * warm code.
 *
 * --warmup-runs: how many warm-up simulations of --warmup seconds each (default 1: seeds 2, 3, …).
 * The timed run after one warm-up is still the process's second simulation, and that one
 * recompiles: the first run's optimized code never saw the message shapes of a run's first
 * heights (fields absent at virtual time 0 and in the genesis header), so ~45 functions deopt once
 * and TurboFan's jobs are ~38 % of the measured run's instructions (BENCHMARKS "Session 34 sim"
 * §2). From the third simulation on a process runs its steady state — what a campaign's worker
 * runs after its first two: `--warmup 30 --warmup-runs 2` measures that, beside the default.
 *
 * consensus: 4 validators, empty blocks, dYdX timeouts with a 10 ms commit wait (the consensus
 * bench's empty-block run), seed 1; figure: blocks per second. venue: the baseline scenario,
 * seed 1; figure: virtual seconds per second. campaign: the venue bench's campaign (issue 6:
 * baseline runs of 60 virtual s under swarm fault schedules drawn with fast-check seed 5), `--runs`
 * runs (default 6) one after the other on the child's main thread ("one core"), then twice as many
 * on two worker threads at once ("two cores", their start-up included); figures: runs per wall
 * minute and per CPU minute. Campaign pairs are always sequential (two children at once would
 * put four threads on two cores).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { simRunSource } from './kit/sim-run.ts';
import { envPairs } from './kit/env-pairs.ts';
import { commandNodeFlagsOf } from './kit/tree-node-flags.ts';
import { loadAverage as load, median, range } from './kit/stats.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    what: { type: 'string', default: 'consensus' },
    seconds: { type: 'string' },
    pairs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    'warmup-runs': { type: 'string', default: '1' },
    sequential: { type: 'boolean', default: false },
    runs: { type: 'string', default: '6' },
    'before-env': { type: 'string', multiple: true, default: [] },
    'before-node-flags': { type: 'string', default: '' },
    'after-node-flags': { type: 'string', default: '' },
  },
});
if (!values.before || !['consensus', 'venue', 'campaign'].includes(values.what as string)) {
  console.error('usage: npx tsx bench/paired-sim.ts --before DIR [--after DIR] [--what consensus|venue|campaign] [--seconds S] [--pairs N] [--warmup S] [--warmup-runs N] [--sequential] [--runs N] [--before-env KEY=VALUE] [--before-node-flags FLAGS] [--after-node-flags FLAGS]');
  process.exit(2);
}
const what = values.what as 'consensus' | 'venue' | 'campaign';
const seconds = Number(values.seconds ?? (what === 'consensus' ? 20 : 60));
const warmupS = Number(values.warmup);
const warmupRuns = Number(values['warmup-runs']);
const runsPerCore = Number(values.runs);
const sequential = values.sequential || what === 'campaign';
for (const [name, value, least] of [['--seconds', seconds, Number.MIN_VALUE], ['--warmup', warmupS, 0], ['--warmup-runs', warmupRuns, 1], ['--pairs', Number(values.pairs), 1], ['--runs', runsPerCore, 1]] as const) {
  // Counts (least 1) are whole numbers; durations need not be.
  if (!Number.isFinite(value) || value < least || (least === 1 && !Number.isSafeInteger(value))) {
    console.error(`paired-sim: ${name} must be ${least === 0 ? 'a number >= 0' : least === 1 ? 'a whole number >= 1' : 'a number > 0'} (got '${String(value)}')`);
    process.exit(2);
  }
}
if (warmupRuns > 1 && warmupS === 0) {
  console.error(`paired-sim: --warmup-runs ${warmupRuns} needs a --warmup of more than 0 s (with --warmup 0 there is no warm-up to repeat)`);
  process.exit(2);
}

const mainCpuSource = `const { readFileSync } = await import('node:fs');
// The main thread's own CPU seconds (Linux /proc; NaN elsewhere): the rest of the process's is V8's compiler and GC threads.
const mainCpu = () => { try { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; } };`;

/** The child's source for one tree: imports that tree's packages by absolute path. */
function childSource(tree: string, workerFile: string): string {
  const dir = resolve(tree);
  if (what === 'campaign') return campaignSource(dir, workerFile);
  const figure = what === 'consensus' ? 'const figure = (s, t) => s.height / t;' : `const figure = (s, t) => ${seconds} / t;`;
  const timed = `${simRunSource(dir, what)}\n${figure}`;
  return `${timed}
${mainCpuSource}
${warmupS > 0 ? Array.from({ length: warmupRuns }, (_, i) => `run(${2 + i}, ${warmupS * 1e6});`).join('\n') : '// no warm-up'}
// The simulator's signing thread's counts (a tree that has one: undefined before session 26).
const signerTotals = (await import('${dir}/packages/runtime/src/sim/mod.ts')).closedSignerTotals ?? (() => undefined);
const signerBefore = signerTotals();
const started = process.cpuUsage();
const mainStarted = mainCpu();
const wallStarted = performance.now();
const summary = run(1, ${seconds * 1e6});
const wall = (performance.now() - wallStarted) / 1000;
const used = process.cpuUsage(started);
const main = mainCpu() - mainStarted;
const cpu = (used.user + used.system) / 1e6;
const signerAfter = signerTotals();
const signer = signerAfter === undefined ? undefined : Object.fromEntries(Object.keys(signerAfter).map((k) => [k, signerAfter[k] - signerBefore[k]]));
console.log(JSON.stringify({ cpu, figure: figure(summary, cpu), mainFigure: figure(summary, main), wallFigure: figure(summary, wall), trace: summary.traceHash, signer }));
`;
}

/** The venue bench's campaign inputs, drawn in the child from its own tree (the same draw in both unless the swarm changed). */
function campaignInputsSource(dir: string): string {
  return `const fc = (await import('${dir}/node_modules/fast-check/lib/fast-check.js')).default;
const sim = await import('${dir}/packages/sim/src/mod.ts');
const scenario = sim.loadScenarioFile('${dir}/scenarios/baseline.json');
const drawInputs = (count) => fc.sample(
  fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), sim.swarmScheduleArbitrary({ actors: sim.scenarioActorIds(scenario).filter((id) => id !== scenario.externalVenue.id), horizonUs: 30_000_000, durationUsMax: 15_000_000, eventsMax: 8 })),
  { numRuns: count, seed: 5 },
);
const runOne = ([seed, faults]) => sim.runVenue(sim.scenarioSetup({ ...scenario, durationUs: ${seconds * 1e6}, faults }, seed)).traceHash;`;
}

function campaignSource(dir: string, workerFile: string): string {
  return `${campaignInputsSource(dir)}
${mainCpuSource}
const { Worker } = await import('node:worker_threads');
const { createHash } = await import('node:crypto');
const inputs = drawInputs(${runsPerCore * 2});
const traces = createHash('sha256');
// One core: the first half, one after the other on this thread (the first run is cold, as a campaign's is).
let started = process.cpuUsage();
const mainStarted = mainCpu();
let wallStarted = performance.now();
for (const input of inputs.slice(0, ${runsPerCore})) traces.update(runOne(input));
const oneWall = (performance.now() - wallStarted) / 60_000;
let used = process.cpuUsage(started);
const oneCpu = (used.user + used.system) / 60e6;
const oneMain = (mainCpu() - mainStarted) / 60;
// Two cores: every input, half on each of two worker threads (their start-up included).
started = process.cpuUsage();
wallStarted = performance.now();
const halves = [inputs.slice(0, ${runsPerCore}), inputs.slice(${runsPerCore})];
const workerTraces = await Promise.all(halves.map((half) => new Promise((done, fail) => {
  const worker = new Worker(${JSON.stringify(workerFile)}, { workerData: { dir: ${JSON.stringify(dir)}, inputs: half } });
  worker.once('message', done);
  worker.once('error', fail);
})));
const twoWall = (performance.now() - wallStarted) / 60_000;
used = process.cpuUsage(started);
const twoCpu = (used.user + used.system) / 60e6;
for (const t of workerTraces) traces.update(t.join(''));
const n = ${runsPerCore};
console.log(JSON.stringify({ cpu: oneCpu * 60, figure: n / oneCpu, mainFigure: n / oneMain, wallFigure: n / oneWall, twoFigure: (2 * n) / twoCpu, twoWallFigure: (2 * n) / twoWall, trace: traces.digest('hex') }));
`;
}

/** A campaign worker thread: registers tsx in its thread, then runs its inputs with its tree's code. */
function workerSource(): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import { register } from ${JSON.stringify(tsxApi)};
import { parentPort, workerData } from 'node:worker_threads';
register();
const { dir, inputs } = workerData;
const sim = await import(dir + '/packages/sim/src/mod.ts');
const scenario = sim.loadScenarioFile(dir + '/scenarios/baseline.json');
const traces = inputs.map(([seed, faults]) => sim.runVenue(sim.scenarioSetup({ ...scenario, durationUs: ${seconds * 1e6}, faults }, seed)).traceHash);
parentPort.postMessage(traces);
`;
}

const dir = mkdtempSync(join(tmpdir(), 'paired-sim-'));
const scripts = { before: join(dir, 'before.mts'), after: join(dir, 'after.mts') };
const workerFile = join(dir, 'campaign-worker.mjs');
writeFileSync(workerFile, workerSource());
writeFileSync(scripts.before, childSource(values.before, workerFile));
writeFileSync(scripts.after, childSource(values.after as string, workerFile));

interface Result {
  cpu: number;
  figure: number;
  mainFigure: number;
  wallFigure: number;
  twoFigure?: number;
  twoWallFigure?: number;
  trace: string;
  /** The timed run's signing thread (a tree with one; consensus and venue). */
  signer?: { jobs: number; signedHere: number; reads: number; waited: number; waitedNs: number; stolen?: number };
}

/** --before-env KEY=VALUE (repeatable): set in the before child only (e.g. FAULTLINE_SIM_SIGNING=main with --before the after tree: an A/B of one tree). */
const beforeEnv = envPairs('paired-sim', values['before-env'] as string[]);

const envOf = { before: { ...process.env, ...beforeEnv }, after: process.env };
// Each tree's children run under the node flags its `faultline sim` (venue, consensus) or `faultline
// check` (campaign) runs under (bench/kit/tree-node-flags.ts): the figure is the product's.
const productCommand = what === 'campaign' ? 'check' : 'sim';
// --before-node-flags / --after-node-flags: extra flags after the tree's own (node takes a repeated V8 flag's last value).
const extraFlags = (text: string) => text.split(/\s+/).filter((flag) => flag !== '');
const nodeFlags = {
  before: [...(await commandNodeFlagsOf(values.before, productCommand, envOf.before)), ...extraFlags(values['before-node-flags'] as string)],
  after: [...(await commandNodeFlagsOf(values.after as string, productCommand, envOf.after)), ...extraFlags(values['after-node-flags'] as string)],
};

function child(script: string): Promise<Result> {
  return new Promise((done, fail) => {
    const tree = script === scripts.before ? 'before' : 'after';
    const proc = spawn(process.execPath, [...nodeFlags[tree], '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'], env: envOf[tree] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').pop() as string)) : fail(new Error(`${script} exited ${code}`))));
  });
}

const unit = what === 'consensus' ? 'blocks per s' : what === 'venue' ? 'virtual s per s (× real time)' : `runs of ${seconds} virtual s per minute`;
const figures: Array<{ key: keyof Result; name: string }> =
  what === 'campaign'
    ? [
        { key: 'figure', name: 'one core, per CPU minute' },
        { key: 'mainFigure', name: 'one core, per main-thread CPU minute' },
        { key: 'wallFigure', name: 'one core, per WALL minute' },
        { key: 'twoFigure', name: 'two worker threads, per CPU minute (both threads)' },
        { key: 'twoWallFigure', name: 'two worker threads, per WALL minute' },
      ]
    : [
        { key: 'figure', name: 'per process CPU s' },
        { key: 'mainFigure', name: 'per main-thread CPU s' },
        { key: 'wallFigure', name: 'per WALL s' },
      ];
const rows: Array<{ load: string; before: Result; after: Result }> = [];
console.log(
  `${what}, ${Object.keys(beforeEnv).length > 0 ? `before with ${Object.entries(beforeEnv).map(([k, v]) => `${k}=${v}`).join(' ')}, ` : ''}${what === 'campaign' ? `${runsPerCore} runs on one core, ${runsPerCore * 2} on two worker threads, ${seconds} virtual s each` : `${seconds} virtual s after ${warmupS > 0 ? (warmupRuns > 1 ? `${warmupRuns} warm-ups of ${warmupS} s (seeds 2–${1 + warmupRuns})` : `a ${warmupS} s warm-up`) : 'no warm-up'}, seed 1`}; before ${values.before}, after ${values.after}; node flags: before [${nodeFlags.before.join(' ')}], after [${nodeFlags.after.join(' ')}]; ${unit}; ${sequential ? 'each pair one run after the other (order alternating)' : 'both runs of a pair at once'}; load ${load()}`,
);
for (let pair = 0; pair < Number(values.pairs); pair++) {
  const loadAt = load();
  let before: Result;
  let after: Result;
  if (!sequential) [before, after] = await Promise.all([child(scripts.before), child(scripts.after)]);
  else if (pair % 2 === 0) {
    before = await child(scripts.before);
    after = await child(scripts.after);
  } else {
    after = await child(scripts.after);
    before = await child(scripts.before);
  }
  // A consensus run too short to commit a block (under ~3 virtual s) gives 0 blocks per s and a NaN ratio: say so instead.
  if (what === 'consensus' && (before.figure === 0 || after.figure === 0)) {
    console.error(`paired-sim: a consensus run of ${seconds} virtual s committed no block (before ${before.figure === 0 ? 'none' : 'some'}, after ${after.figure === 0 ? 'none' : 'some'}): give --seconds of 5 or more`);
    process.exit(1);
  }
  if (before.trace !== after.trace) console.log(`  pair ${pair + 1}: TRACE HASHES DIFFER: ${before.trace.slice(0, 16)} / ${after.trace.slice(0, 16)}`);
  rows.push({ load: loadAt, before, after });
  const parts = figures.map(({ key, name }) => `${name} ${(before[key] as number).toFixed(1)} / ${(after[key] as number).toFixed(1)} (×${((after[key] as number) / (before[key] as number)).toFixed(2)})`);
  console.log(`  pair ${pair + 1} (load ${loadAt} -> ${load()}): before / after: ${parts.join('; ')}; trace ${after.trace.slice(0, 12)}`);
  for (const [side, result] of [['before', before], ['after', after]] as const) {
    const s = result.signer;
    if (s !== undefined && s.jobs + s.signedHere > 0) {
      console.log(`    ${side}'s signing thread: ${s.jobs - (s.stolen ?? 0)} signatures made there, ${s.signedHere} here (before it was ready), ${s.stolen ?? 0} taken back by their reader (steal); ${s.waited} of ${s.reads} first reads waited (${((100 * s.waited) / Math.max(1, s.reads)).toFixed(1)} %), ${(s.waitedNs / 1e6).toFixed(1)} ms of wall in all`);
    }
  }
}
for (const { key, name } of figures) {
  const b = rows.map((r) => r.before[key] as number);
  const a = rows.map((r) => r.after[key] as number);
  const ratios = rows.map((r) => (r.after[key] as number) / (r.before[key] as number));
  console.log(`${name}: median before ${median(b).toFixed(1)} (${range(b, 1)}), after ${median(a).toFixed(1)} (${range(a, 1)}); after/before per pair ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
}
console.log(`load at the end ${load()}${sequential ? '' : ' (wall figures of two children at once on 2 cores: use --sequential on a quiet machine)'}`);
