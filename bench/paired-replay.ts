/**
 * Replay before/after on a loaded machine: both checkouts' compiled `faultline replay LOG --json`
 * started at the same time on the same log, pair after pair, so both see the same load (the
 * harness's alternating rounds saw loads that moved by more than the difference). Each child runs
 * under /usr/bin/time -v: CPU seconds (user + system), events per CPU second, wall time and max
 * RSS; both must replay the log clean to the same final state hash. Prints each pair, the per-pair
 * ratio and the medians, with the load average. The log: the replay bench's 1M-event log
 * (`npx tsx packages/replay/bench/replay.bench.ts --write-log FILE`); both trees must read its format.
 * `--sequential`: each pair's two runs one after the other (the order alternating), not together:
 * two replays at once share the caches, which the memory-bound replay feels.
 *
 * `--before-log FILE`: the before tree's copy of the log, when the trees read different log formats
 * (session 25: format 3, the state hash's layout v3; a format 2 log is refused by the after, a
 * format 3 one by the before). The two logs must hold the same run (the same blocks and events:
 * `replay.bench.ts --write-log` in each tree); then the events must agree and each tree's final
 * state hash must be the same in all its runs (the two hashes differ: two layouts).
 *
 * `--after-args=--judge-thread` (with the =: its value starts with a dash): arguments added to the after's `faultline replay` only;
 * `--before-args=...` the same for the before's (both with the thread: a change to the thread itself).
 *
 * Also the replay's **main-thread CPU** (Linux: /proc/PID/task/PID/stat, sampled every 200 ms):
 * with the judge thread (`--after-args=--judge-thread`) the main thread is the critical path, so
 * on a quiet 2-core machine the wall time follows it, not the process's total CPU; under load
 * it is the best stand-in for a quiet wall time that this machine gives.
 *
 *   npx tsx bench/paired-replay.ts --before DIR [--after DIR] --log FILE [--before-log FILE] [--before-env KEY=VALUE] [--pairs N] [--sequential] [--after-args=ARGS] [--before-args=ARGS]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { envPairs } from './kit/env-pairs.ts';
import { loadAverage as load, median, range } from './kit/stats.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    log: { type: 'string' },
    'before-log': { type: 'string' },
    'before-env': { type: 'string', multiple: true, default: [] },
    pairs: { type: 'string', default: '3' },
    sequential: { type: 'boolean', default: false },
    'after-args': { type: 'string', default: '' },
    'before-args': { type: 'string', default: '' },
  },
});
if (!values.before || !values.log) {
  console.error('usage: npx tsx bench/paired-replay.ts --before DIR [--after DIR] --log FILE [--pairs N]');
  process.exit(2);
}
const log = resolve(values.log);
/** The before tree's log: the same run in the format that tree reads (--before-log), or the same file. */
const beforeLog = resolve(values['before-log'] ?? values.log);
// A tree whose dist/ was built from other sources (a rebase, an edit since `npm run build`) runs
// `faultline` through tsx instead of its bundle (packages/cli/bin/faultline.js), several times
// slower: the pair would compare a bundle with tsx, not two trees. Refuse it, by the tree's own
// build stamp.
for (const [name, tree] of [['before', values.before], ['after', values.after]] as const) {
  const inputs = join(resolve(tree), 'scripts', 'build-inputs.mjs');
  if (!existsSync(inputs)) continue; // older than the bundle: its faultline always ran through tsx, in both trees alike
  const { builtHash, inputsHash } = (await import(pathToFileURL(inputs).href)) as { builtHash(): string; inputsHash(): string };
  if (builtHash() !== inputsHash()) {
    console.error(`paired-replay: the ${name} tree ${tree}: dist/ is not built from its current sources, so its faultline would run through tsx; run \`npm run build\` there first`);
    process.exit(2);
  }
}
/** --before-env KEY=VALUE (repeatable): set in the before's runs only (with --before the after tree: a one-tree A/B of an env switch). */
const beforeEnv = envPairs('paired-replay', values['before-env'] as string[]);
/** Extra `faultline replay` arguments for the after's runs only (e.g. --judge-thread). */
const afterArgs = values['after-args'] ? values['after-args'].split(' ').filter(Boolean) : [];
/** The same for the before's runs. */
const beforeArgs = values['before-args'] ? values['before-args'].split(' ').filter(Boolean) : [];

interface Run {
  cpuS: number;
  wallS: number;
  rssMiB: number;
  events: number;
  perCpuS: number;
  /** The main thread's CPU seconds (user + system), the last sample before it exited. */
  mainCpuS: number;
  finalStateHash: string;
}

/** utime + stime of the main thread of /usr/bin/time's child (the replay), or undefined before it starts. */
function mainThreadCpuS(timePid: number): number | undefined {
  try {
    const child = readFileSync(`/proc/${timePid}/task/${timePid}/children`, 'utf8').trim().split(' ')[0];
    if (!child) return undefined;
    const stat = readFileSync(`/proc/${child}/task/${child}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined; // not started yet, or already gone
  }
}
/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

function replay(tree: string, logPath: string, extra: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, join(resolve(tree), 'packages/cli/bin/faultline.js'), 'replay', logPath, '--json', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    let mainCpuS = 0;
    const sampler = setInterval(() => (mainCpuS = mainThreadCpuS(child.pid as number) ?? mainCpuS), 200);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => {
      clearInterval(sampler);
      const field = (label: string): string | undefined => new RegExp(`${label}: (.+)`).exec(err)?.[1];
      if (code !== 0) return fail(new Error(`${tree}: faultline replay exited ${code}: ${err.slice(-1_000)}`));
      const result = JSON.parse(out) as { events: number; firstViolation: unknown; hashMatch: boolean; finalStateHash: string };
      if (result.firstViolation !== null || !result.hashMatch) return fail(new Error(`${tree}: the log did not replay clean`));
      const cpuS = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
      const wallS = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0').split(':').reduce((s, part) => s * 60 + Number(part), 0);
      done({ cpuS, wallS, rssMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024), events: result.events, perCpuS: result.events / cpuS, mainCpuS, finalStateHash: result.finalStateHash });
    });
  });
}

const fmt = (run: Run): string => `${run.cpuS.toFixed(1)} s CPU, ${Math.round(run.perCpuS).toLocaleString('en')} events/CPU s, ${run.wallS.toFixed(1)} s wall (${Math.round(run.events / run.wallS).toLocaleString('en')} events/wall s), ${run.rssMiB} MiB, main thread ${run.mainCpuS.toFixed(1)} s CPU (${Math.round(run.events / run.mainCpuS).toLocaleString('en')} events/main-thread CPU s)`;

const befores: Run[] = [];
const afters: Run[] = [];
console.log(`paired replay of ${log}${beforeLog !== log ? ` (the before: ${beforeLog})` : ''}: before ${values.before}${beforeArgs.length ? ` (${beforeArgs.join(' ')})` : ''}${Object.keys(beforeEnv).length ? ` with ${Object.entries(beforeEnv).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}, after ${values.after}${afterArgs.length ? ` (${afterArgs.join(' ')})` : ''}, ${values.pairs} pairs${values.sequential ? ', each pair one run after the other' : ', both runs of a pair at once'}`);
for (let pair = 1; pair <= Number(values.pairs); pair++) {
  const loadAt = load();
  let before: Run;
  let after: Run;
  if (!values.sequential) [before, after] = await Promise.all([replay(values.before, beforeLog, beforeArgs, { ...process.env, ...beforeEnv }), replay(values.after, log, afterArgs)]);
  else if (pair % 2 === 1) {
    before = await replay(values.before, beforeLog, beforeArgs, { ...process.env, ...beforeEnv });
    after = await replay(values.after, log, afterArgs);
  } else {
    after = await replay(values.after, log, afterArgs);
    before = await replay(values.before, beforeLog, beforeArgs, { ...process.env, ...beforeEnv });
  }
  // One log: the same final state hash. Two logs (two formats): each tree its own hash, the same in every run.
  const hashesAgree = beforeLog === log ? before.finalStateHash === after.finalStateHash : before.finalStateHash === (befores[0] ?? before).finalStateHash && after.finalStateHash === (afters[0] ?? after).finalStateHash;
  if (!hashesAgree || before.events !== after.events) throw new Error(`pair ${pair}: the trees disagree: ${before.finalStateHash} / ${after.finalStateHash}, ${before.events} / ${after.events} events`);
  befores.push(before);
  afters.push(after);
  console.log(`pair ${pair} (load ${loadAt} -> ${load()}): before ${fmt(before)}; after ${fmt(after)}; after/before events per CPU s ${(after.perCpuS / before.perCpuS).toFixed(2)}`);
}
const ratios = afters.map((a, i) => a.perCpuS / (befores[i] as Run).perCpuS);
const wallRatios = afters.map((a, i) => (befores[i] as Run).wallS / a.wallS);
const mainRatios = afters.map((a, i) => (befores[i] as Run).mainCpuS / a.mainCpuS);
for (const [name, runs] of [['before', befores], ['after', afters]] as const) {
  console.log(
    `${name}: ${Math.round(median(runs.map((r) => r.perCpuS))).toLocaleString('en')} events/CPU s (${range(runs.map((r) => r.perCpuS))}), CPU ${median(runs.map((r) => r.cpuS)).toFixed(1)} s (${range(runs.map((r) => r.cpuS), 1)}), wall ${median(runs.map((r) => r.wallS)).toFixed(1)} s (${range(runs.map((r) => r.wallS), 1)}) = ${Math.round(median(runs.map((r) => r.events / r.wallS))).toLocaleString('en')} events/wall s (${range(runs.map((r) => r.events / r.wallS))}), max RSS ${median(runs.map((r) => r.rssMiB))} MiB (${range(runs.map((r) => r.rssMiB))}), main thread ${median(runs.map((r) => r.mainCpuS)).toFixed(1)} s CPU (${range(runs.map((r) => r.mainCpuS), 1)}) = ${Math.round(median(runs.map((r) => r.events / r.mainCpuS))).toLocaleString('en')} events/main-thread CPU s`,
  );
}
console.log(`after/before per pair: events per CPU s ${median(ratios).toFixed(2)} (${range(ratios, 2)}), events per wall s ${median(wallRatios).toFixed(2)} (${range(wallRatios, 2)}), events per main-thread CPU s ${median(mainRatios).toFixed(2)} (${range(mainRatios, 2)}); ${beforeLog === log ? `same final state hash ${afters[0]?.finalStateHash.slice(0, 16)}… in every run` : `final state hash before ${befores[0]?.finalStateHash.slice(0, 16)}…, after ${afters[0]?.finalStateHash.slice(0, 16)}…, each the same in every run`}`);
