/**
 * Live start-up (issue 12): `npm start` as a user runs it (scripts/start.mjs: the baseline
 * scenario, 28 service processes over the project's own nats-server), once with the services
 * loading their TypeScript through tsx (the "before", FAULTLINE_SERVICES=tsx) and once running
 * the compiled bundles (dist/services, the default), alternating when there are several rounds.
 *
 * Per run, from the spawn of `node scripts/start.mjs` in this process: the time to the first
 * committed block and to the first fill, read from the lines `faultline up` prints when its
 * observer applies them (startup-milestones.ts); then, 2 s after the first fill (or at the
 * cap), RSS (now and peak) and CPU seconds of every service process (from /proc: the descendants of the run
 * whose command line names a service) and of the `faultline up` process itself; then a SIGTERM,
 * the clean stop. The build is brought up to date before the first run, outside the timings.
 * Before the runs, the cost of one service alone (serviceStartCost): CPU and wall to "started".
 *
 *   npx tsx packages/cli/bench/startup.bench.ts [--rounds N] [--cap S]
 *   npm run bench -- --filter startup [--quick]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NATS_PASSWORD_ENV, NATS_USER_ENV, orchestratorUser, serviceUser, startNatsServer, writeRunNatsConf } from '@faultline/runtime/nats';
import { specSubjects } from '@faultline/actors';
import { scenarioActorSpecs } from '@faultline/sim';
import { ensureServiceBuild, type ServiceRuntime } from '../src/live/service-build.ts';
import { spawnActorProcess, stopActorProcess, writeSpecFile } from '../src/live/actor-processes.ts';
import { loadScenarioInput } from '../src/scenario-input.ts';
import type { BenchResult } from '../../../bench/bench-result.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLOCK_TICKS = 100; // USER_HZ on Linux

export interface StartupRun {
  runtime: ServiceRuntime;
  firstBlockS: number | undefined;
  firstFillS: number | undefined;
  services: number;
  rssMbMedian: number;
  rssMbMax: number;
  peakMbMedian: number;
  cpuSMedian: number;
  upRssMb: number;
  loadAverage: number;
  exitCode: number | null;
}

interface ProcInfo {
  pid: number;
  ppid: number;
  args: string;
  rssKb: number;
  /** Peak RSS (VmHWM). */
  peakKb: number;
  cpuS: number;
}

function procs(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      out.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        args: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' '),
        rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        peakKb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0),
        cpuS: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

function descendants(root: number): ProcInfo[] {
  const all = procs();
  const found: ProcInfo[] = [];
  const parents = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
};

export async function startupRun(runtime: ServiceRuntime, capS: number, log: (line: string) => void): Promise<StartupRun> {
  const out = mkdtempSync(join(tmpdir(), 'faultline-startup-'));
  const load = loadavg()[0] as number;
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'start.mjs'), '--duration', String(capS + 30), '--out', out, '--json'], {
    cwd: REPO,
    env: { ...process.env, FAULTLINE_SERVICES: runtime },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let firstBlockS: number | undefined;
  let firstFillS: number | undefined;
  let sampled: ProcInfo[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const filled = new Promise<void>((done) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.includes('[faultline up] first block') && firstBlockS === undefined) firstBlockS = (performance.now() - started) / 1000;
      if (line.includes('[faultline up] first fill') && firstFillS === undefined) {
        firstFillS = (performance.now() - started) / 1000;
        done();
      }
    });
  });
  const cap = new Promise<void>((done) => setTimeout(done, capS * 1000));
  await Promise.race([filled, cap, exited]);
  await new Promise((done) => setTimeout(done, 2_000));
  sampled = descendants(child.pid as number);
  child.kill('SIGTERM');
  const exitCode = await exited;
  rmSync(out, { recursive: true, force: true });
  // Every service process has --actor (tsx's esbuild helper processes, nats-server and the CLI do not).
  const services = sampled.filter((p) => p.args.includes(' --actor '));
  const up = sampled.find((p) => p.args.includes('faultline.js up'));
  const run: StartupRun = {
    runtime,
    firstBlockS,
    firstFillS,
    services: services.length,
    rssMbMedian: median(services.map((p) => p.rssKb / 1024)),
    rssMbMax: Math.max(0, ...services.map((p) => p.rssKb / 1024)),
    peakMbMedian: median(services.map((p) => p.peakKb / 1024)),
    cpuSMedian: median(services.map((p) => p.cpuS)),
    upRssMb: (up?.rssKb ?? 0) / 1024,
    loadAverage: load,
    exitCode,
  };
  log(
    `  ${runtime.padEnd(8)} first block ${firstBlockS?.toFixed(1) ?? '-'} s, first fill ${firstFillS?.toFixed(1) ?? '-'} s, ${run.services} services: RSS median ${run.rssMbMedian.toFixed(0)} MB (max ${run.rssMbMax.toFixed(0)}, peak median ${run.peakMbMedian.toFixed(0)}), CPU median ${run.cpuSMedian.toFixed(2)} s; faultline up ${run.upRssMb.toFixed(0)} MB; load ${load.toFixed(1)} before; exit ${exitCode}`,
  );
  return run;
}

/**
 * One service alone on an idle broker: validator-1 of the baseline, spawned as faultline up
 * spawns it, from the spawn to its "started" line (loaded, connected, its durable log opened and
 * recovered, the actor started): wall time, CPU seconds and peak RSS at that moment. CPU time
 * hardly depends on what else runs on the machine; wall time does.
 */
export async function serviceStartCost(runtime: ServiceRuntime, samples: number): Promise<{ wallS: number; cpuS: number; peakMb: number }> {
  const scenario = loadScenarioInput({ scenario: 'baseline' });
  const spec = scenarioActorSpecs(scenario, 1).specs.find((s) => s.kind === 'validator');
  if (!spec) throw new Error('baseline has no validator');
  const dir = mkdtempSync(join(tmpdir(), 'faultline-service-start-'));
  const figures: Array<{ wallS: number; cpuS: number; peakMb: number }> = [];
  for (let sample = 0; sample < samples; sample++) {
    const runId = `startup-bench-${process.pid}-${runtime}-${sample}`;
    const user = serviceUser(runId, spec.id, specSubjects(spec));
    const orchestrator = orchestratorUser(runId);
    const server = await startNatsServer({ configPath: writeRunNatsConf(dir, [user, orchestrator]), probe: { user: orchestrator.user, pass: orchestrator.password } });
    try {
      const started = performance.now();
      let figure: { wallS: number; cpuS: number; peakMb: number } | undefined;
      const child = spawnActorProcess({
        spec,
        specPath: writeSpecFile(dir, spec),
        url: server.url,
        runId,
        seed: 1,
        epochUs: Date.now() * 1000,
        incarnation: 1,
        logPath: join(dir, `${spec.id}.log`),
        env: { [NATS_USER_ENV]: user.user, [NATS_PASSWORD_ENV]: user.password },
        runtime,
        onStderrLine: (line) => {
          if (figure || !line.includes('"msg":"started"')) return;
          const info = procs().find((p) => p.pid === child.pid);
          figure = { wallS: (performance.now() - started) / 1000, cpuS: info?.cpuS ?? NaN, peakMb: (info?.peakKb ?? 0) / 1024 };
        },
      });
      const until = Date.now() + 120_000;
      while (!figure && Date.now() < until) await new Promise((done) => setTimeout(done, 20));
      await stopActorProcess(child);
      if (figure) figures.push(figure);
    } finally {
      await server.stop();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { wallS: median(figures.map((f) => f.wallS)), cpuS: median(figures.map((f) => f.cpuS)), peakMb: median(figures.map((f) => f.peakMb)) };
}

export async function run(options: { quick: boolean; rounds?: number; capS?: number; log?: (line: string) => void }): Promise<BenchResult[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rounds = options.rounds ?? (options.quick ? 1 : 2);
  const capS = options.capS ?? 90;
  ensureServiceBuild({ log: (line) => log(`  ${line}`) });
  const results: BenchResult[] = [];
  for (const runtime of ['tsx', 'compiled'] as const) {
    const cost = await serviceStartCost(runtime, options.quick ? 3 : 5);
    const label = runtime === 'tsx' ? 'before (tsx)' : 'after (compiled)';
    log(`  one validator alone, ${label}: ${cost.wallS.toFixed(2)} s wall, ${cost.cpuS.toFixed(2)} s CPU, ${cost.peakMb.toFixed(0)} MB peak RSS to "started"`);
    results.push(
      { name: `one service: spawn → started, CPU, ${label}`, value: Number(cost.cpuS.toFixed(2)), unit: 's (median)', notes: `wall ${cost.wallS.toFixed(2)} s (load ${(loadavg()[0] as number).toFixed(1)})` },
      { name: `one service: peak RSS at started, ${label}`, value: Math.round(cost.peakMb), unit: 'MB (median)' },
    );
  }
  const runs: StartupRun[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const runtime of ['tsx', 'compiled'] as const) {
      runs.push(await startupRun(runtime, capS, log));
      // Let the stopped run's processes and the broker's files settle before the next one.
      await new Promise((done) => setTimeout(done, 10_000));
    }
  }
  for (const runtime of ['tsx', 'compiled'] as const) {
    const mine = runs.filter((r) => r.runtime === runtime);
    const label = runtime === 'tsx' ? 'before (tsx)' : 'after (compiled)';
    const times = (pick: (r: StartupRun) => number | undefined): string => mine.map((r) => pick(r)?.toFixed(1) ?? `>${capS}`).join(', ');
    const worst = (pick: (r: StartupRun) => number | undefined): number => Math.max(...mine.map((r) => pick(r) ?? Infinity));
    const loads = `load ${mine.map((r) => r.loadAverage.toFixed(1)).join(', ')} at start`;
    results.push(
      { name: `npm start → first block, ${label}`, value: worst((r) => r.firstBlockS), unit: 's (worst)', target: runtime === 'compiled' ? '< 5' : '', notes: `runs: ${times((r) => r.firstBlockS)}; ${loads}` },
      { name: `npm start → first fill, ${label}`, value: worst((r) => r.firstFillS), unit: 's (worst)', target: runtime === 'compiled' ? '< 10' : '', notes: `runs: ${times((r) => r.firstFillS)}` },
      { name: `RSS per service process, ${label}`, value: Math.round(median(mine.map((r) => r.rssMbMedian))), unit: 'MB (median)', notes: `max ${Math.round(Math.max(...mine.map((r) => r.rssMbMax)))} MB over ${mine[0]?.services ?? 0} services; peak RSS median ${Math.round(median(mine.map((r) => r.peakMbMedian)))} MB; faultline up itself ${Math.round(median(mine.map((r) => r.upRssMb)))} MB` },
      { name: `CPU per service process by first fill + 2 s, ${label}`, value: Number(median(mine.map((r) => r.cpuSMedian)).toFixed(2)), unit: 's (median)', notes: `exit codes ${mine.map((r) => r.exitCode).join(', ')}` },
    );
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, cap: { type: 'string' }, quick: { type: 'boolean', default: false } } });
  const results = await run({ quick: values.quick, ...(values.rounds ? { rounds: Number(values.rounds) } : {}), ...(values.cap ? { capS: Number(values.cap) } : {}) });
  console.table(results);
}
