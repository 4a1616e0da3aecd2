/**
 * Live end to end (issue 7), in one run on one freshly started nats-server:
 *
 * (a) raw nats.js pub/sub of a small message and acked JetStream publishes (the broker's
 *     physical limits on this machine, the same helpers as packages/runtime/bench/nats.bench.ts);
 * (b) the real venue as OS processes, spawned as `faultline up` spawns them (actor specs from a
 *     scenario, per-service broker users, the services/<kind> mains): 4 validators, one
 *     execution node, 3 oracles and the external venue they observe. In this process, an
 *     open-loop load generator submits orders as a trader does (TxSender: a Transaction in an
 *     Envelope on `tx.<client>`, one nonce sequence per client, a Deposit first; client
 *     transactions carry no signature in this protocol — the broker's per-user permissions are
 *     what authenticates them) in crossing pairs, a sell and a buy of 1 lot at the current mark,
 *     so every order fills, at a ladder of target rates. It follows the execution node's
 *     BlockExecuted stream as a trader's VenueView does; an order reaches its fill when the
 *     OrderUpdate "filled" of its (account, client order id) arrives here.
 *
 * Latency runs from the order's scheduled submit time (open loop: a late generator counts
 * against the venue, no coordinated omission) to the arrival of its fill event, over the orders
 * scheduled after a warm-up (2 s of a 10 s step: the jump from the previous rate makes the first
 * one or two blocks of a step much larger than the steady ones). Fills/s is
 * counted from the first block after a warm-up to the last block before the last send: the
 * offered rate when the venue keeps up, its capacity when it does not. A step is sustained when
 * fills/s >= 95 % of the target, >= 99 % of its orders filled by the end of the drain, p99
 * < 5 s, and the median latency of its last quarter is not more than 2x (+ 250 ms) that of its
 * second (no queue building up). A step that is not runs once more (the machine is shared); the
 * ladder stops when it fails twice. CPU seconds
 * per process group (from /proc) and block intervals say where the time went.
 *
 * Consensus profiles, one after the other on the same broker (each a fresh venue and run id):
 * `scenario` is the shipped scenarios' configuration (dYdX timeouts: 500 ms commit wait;
 * consensus default limits); `fast` keeps every check but waits 10 ms after a commit instead
 * of 500 ms (the latency a venue with fast blocks would see); `small-blocks` (not run by
 * default) is `scenario` with the 1,000-tx block limit from before issue 7.
 *
 * `--cluster 3` runs every profile again on a 3-node cluster (issue 16: orders/s on 3 nodes vs
 * one, in the same invocation): the run's stream at R3, the services spread over the nodes.
 *
 *   npx tsx packages/cli/bench/live.bench.ts [--quick] [--profile NAME]... [--rates 1000,5000] [--seconds 10] [--warmup 6] [--idle 3] [--keep] [--cluster 3]
 *
 * Each fresh venue first runs `--warmup` seconds (default 6; 0 for none) at the ladder's first
 * rate, printed as `warm-up` and not counted: the steps measure a warm venue (LiveBenchOptions.warmupSeconds).
 * After its ladder each venue runs `--idle` seconds with no orders (default 3): blocks/s and each
 * validator's CPU per empty block, warm (LiveBenchOptions.idleSeconds); every step prints the
 * validators' CPU per block too.
 *   npm run bench -- --filter live [--quick]
 * LIVE_BENCH_PROF_DIR=/tmp/prof adds a CPU profile of every service (written when it stops); each
 * step's log line ends with its monotonic window (`mono a..b s`, CLOCK_MONOTONIC as process.hrtime and
 * the profiles' timestamps), so a profile can be cut by step (scripts: bench/profile-windows.ts).
 * LIVE_BENCH_NODE_FLAGS='--trace-gc' adds node flags to every service (with --keep, bench/gc-windows.ts cuts its
 * pauses by step). FAULTLINE_SERVICE_SEMI_SPACE_MB=4 caps the services' young generation (service-node-flags.ts; the A/B: 0 / 4).
 * LIVE_BENCH_HOPS=0 leaves out the per-hop trace (hop-trace.ts) and the order stages built on it: the bench then
 * follows only validator-1's committed blocks and the execution node's BlockExecuted stream, what its latency and
 * fills/s need (see liveBenchHopsOn). Default on: the figures of earlier sessions were all taken with it.
 * With the trace on, every step also prints `tail anatomy …` (tail-anatomy.ts; the step's JSON `tail`): the slowest
 * 1 % of orders against the median ones, segment by segment along their heights' paths, and the heights the tail
 * fell in; with NODE_OPTIONS="--require …/bench/gc-marks.cjs" and --keep, tail-stalls.ts lays every process's GC
 * pauses beside those heights.
 * Every step also prints `work over N orders, H heights: …` (work-account.ts; the step's JSON `workAccount`):
 * nats-server's messages and bytes in/out per order and per height (its monitoring endpoint, which this bench's
 * server opens), per connection group and per subscription (`deliveries per order`, the largest twelve), CPU ms
 * per 1,000 orders and context switches per height of each process group (every thread): counts the load does
 * not move, the account of the work per order and per height that a cut is judged by before any p99.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { specSubjects, TxSender, VenueView, type ActorSpec } from '@faultline/actors';
import { DEFAULT_LIMITS, type ConsensusLimits, type TimeoutConfig } from '@faultline/consensus';
import { decodeEnvelope, pb } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { NatsDurableLog, NatsHost, NATS_PASSWORD_ENV, storedLogDeliveryOn, NATS_USER_ENV, orchestratorUser, serviceUser, startNatsServer, wallClockUs, writeRunNatsConf, type BrokerUser } from '@faultline/runtime/nats';
import { parseScenario, scenarioActorSpecs } from '@faultline/sim';
import { spawnActorProcess, stopActorProcess, writeSpecFile } from '../src/live/actor-processes.ts';
import { BrokerCluster } from '../src/live/broker-cluster.ts';
import { measureJetStreamAppends, measureRawPubSub, type BenchResult } from '../../../bench/kit/mod.ts';
import { HopTrace, type HopSummary } from './hop-trace.ts';
import { runQueueWaitSeconds } from './run-queue.ts';
import { formatStages, orderStages, type OrderTimes, type StageSummary } from './order-stages.ts';
import { formatTailAnatomy, tailAnatomy, type TailAnatomy } from './tail-anatomy.ts';
import { formatHeightWork, formatWork, groupOf, procCpuSeconds, workAccount, workSnapshot, type WorkAccount } from './work-account.ts';

const SEED = 7;
const MARKET_ID = 1;
const CLIENTS = 32; // 16 crossing pairs: an account has at most one resting order at a time
const DEPOSIT = 1_000_000_000;
const MARKET_ACTIVE = 1;

export interface LiveProfile {
  name: string;
  title: string;
  /** Overrides of the validators' consensus timeouts (the scenario's preset otherwise). */
  timeouts?: Partial<TimeoutConfig>;
  limits?: Partial<ConsensusLimits>;
}

export const PROFILES: Record<string, LiveProfile> = {
  scenario: { name: 'scenario', title: 'as the scenarios run (dYdX timeouts: 500 ms commit wait; 10,000 txs / 2 MiB per block)' },
  /** The consensus defaults before issue 7 (1,000 txs per block): for before/after runs. */
  'small-blocks': { name: 'small-blocks', title: 'as the scenarios run, but 1,000 txs per block (the limit before issue 7)', limits: { blockTxsMax: 1_000 } },
  fast: { name: 'fast', title: 'fast blocks (10 ms commit wait, every other timeout and check as dYdX)', timeouts: { commitUs: 10_000 } },
};

export interface LiveBenchOptions {
  quick: boolean;
  profiles?: string[];
  rates?: number[];
  stepSeconds?: number;
  keep?: boolean;
  log?: (line: string) => void;
  /** Also run every profile on an n-node cluster (live/broker-cluster.ts, the run's stream at R=n), after the one-server runs. */
  cluster?: number;
  /**
   * Seconds of load at the ladder's first rate before its first step, on every fresh venue (0: none).
   * A venue just started is cold — every service process meets its first orders in V8's
   * interpreter and baseline tiers, and blocks grow while it catches up — so the first step
   * measured the start-up, not the rate (session 16's quiet window: the first 5,000/s step's p99
   * 1,150 ms, its p50 by quarter 103 -> 48 ms; warm steps far below). The warm-up is printed as
   * a step of its own (`warm-up`), never counted in the ladder's figures.
   */
  warmupSeconds?: number;
  /**
   * Seconds with no orders on every venue after its ladder (0: none; the orders of the last step
   * cancelled): blocks/s and the validators' CPU per block when the blocks are empty — the cost a
   * validator pays per block whatever the order rate (signatures, write-ahead appends, timers),
   * measured warm. After the ladder, so that the steps run exactly as in a tree without it.
   */
  idleSeconds?: number;
}

/** The default idle window (LiveBenchOptions.idleSeconds). */
export const IDLE_SECONDS_DEFAULT = 3;

/** The default warm-up (LiveBenchOptions.warmupSeconds). */
export const WARMUP_SECONDS_DEFAULT = 6;

export interface StepFigures {
  profile: string;
  /** 2 when the step ran again after a first attempt that was not sustained. */
  attempt: number;
  targetRate: number;
  sent: number;
  filled: number;
  fillsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  sustained: boolean;
  blocksPerSecond: number;
  /** Gaps between executed blocks arriving here in the counted window: p50 / p99 / max, ms. */
  blockIntervalMs: [number, number, number];
  /** Blocks committed during the step, and how many of them only in a later round (round 0 timed out). */
  blocks: number;
  blocksAfterRound0: number;
  /** From a block's commit to its BlockExecuted arriving here (execution, its durable log, delivery): p50 / p99 / max, ms. */
  execLagMs: [number, number, number];
  /** Orders filled per block in the counted window. */
  ordersPerBlock: number;
  rejected: Record<string, number>;
  /** p50 latency of the orders of the step's second and last quarters (a growing queue shows here), ms. */
  p50ByQuarterMs: [number, number];
  /** Most a send ran behind its schedule (the generator's own lag), ms. */
  generatorLagMs: number;
  /** CPU time per process group / wall time of the step (1.0 = one core). */
  cpu: Record<string, number>;
  /** Run-queue wait per process group (every thread runnable without a core) / wall time of the step (run-queue.ts). */
  runQueueWait: Record<string, number>;
  loadAverage: number[];
  /** Per-hop latency of the blocks executed after the warm-up (hop-trace.ts): where the block interval and the p99 tail go. */
  hops: HopSummary;
  /** Per-order stages of the counted orders (order-stages.ts): where submit → fill goes. */
  stages: StageSummary;
  /** The slowest 1 % of orders against the median ones, segment by segment along their heights' paths (tail-anatomy.ts). */
  tail: TailAnatomy;
  /** The step's window on CLOCK_MONOTONIC (process.hrtime; a --cpu-prof profile's clock), s. */
  monoS: [number, number];
  /** The work per order and per height (work-account.ts): the broker's messages and bytes, CPU, wake-ups. */
  workAccount: WorkAccount;
}

export async function run(options: LiveBenchOptions): Promise<BenchResult[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const profiles = (options.profiles ?? ['scenario', 'fast']).map((name) => {
    const profile = PROFILES[name];
    if (!profile) throw new Error(`live bench: unknown profile ${name} (${Object.keys(PROFILES).join(', ')})`);
    return profile;
  });
  const rates = options.rates ?? (options.quick ? [1_000, 5_000] : [1_000, 2_000, 5_000, 7_500, 10_000, 15_000, 20_000]);
  const stepSeconds = options.stepSeconds ?? (options.quick ? 4 : 10);
  const warmupSeconds = options.warmupSeconds ?? (options.quick ? 2 : WARMUP_SECONDS_DEFAULT);
  const idleSeconds = options.idleSeconds ?? (options.quick ? 2 : IDLE_SECONDS_DEFAULT);
  const loadBefore = loadavg();

  // The runs' actor specs and broker users, known up front: one nats.conf for the whole bench. A
  // service's user is its actor id (its inbox prefix too), allowed its own subjects in every
  // run of the bench (the runs are one after the other); the bench's own user, everything.
  const users = new Map<string, BrokerUser>();
  const bench: BrokerUser = { ...orchestratorUser('raw'), user: 'live-bench' };
  const runProfiles = [...profiles.map((profile) => ({ profile, cluster: false })), ...(options.cluster ? profiles.map((profile) => ({ profile: { ...profile, name: `${profile.name} @${options.cluster} nodes` }, cluster: true })) : [])];
  const runs = runProfiles.map(({ profile, cluster }) => {
    const runId = `live-bench-${profile.name.replace(/[^A-Za-z0-9]+/g, '-')}-${process.pid}`;
    const specs = benchSpecs(profile);
    for (const spec of specs) {
      const own = serviceUser(runId, spec.id, specSubjects(spec));
      const user = users.get(spec.id);
      if (user) {
        user.publish.push(...own.publish.filter((s) => !user.publish.includes(s)));
        user.subscribe.push(...own.subscribe.filter((s) => !user.subscribe.includes(s)));
      } else users.set(spec.id, own);
    }
    const orchestrator = orchestratorUser(runId);
    bench.publish.push(...orchestrator.publish.filter((s) => !bench.publish.includes(s)));
    bench.subscribe.push(...orchestrator.subscribe.filter((s) => !bench.subscribe.includes(s)));
    return { profile, runId, specs, users, orchestrator: bench, cluster };
  });
  const allUsers: BrokerUser[] = [...users.values(), bench];
  const rawUser = bench;
  const workDir = mkdtempSync(join(tmpdir(), 'faultline-live-bench-'));
  const configPath = writeRunNatsConf(workDir, allUsers);
  const server = await startNatsServer({ configPath, probe: { user: rawUser.user, pass: rawUser.password }, monitor: true });
  const children = new Set<ChildProcess>();
  const killAll = (): void => {
    for (const child of children) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    killAll();
    void server.stop().finally(() => {
      if (!options.keep) rmSync(workDir, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', killAll);
  let failed = false;
  let cluster: BrokerCluster | undefined;
  try {
    // (a) The broker alone: raw pub/sub and acked JetStream publishes.
    const creds = { user: rawUser.user, pass: rawUser.password };
    const messages = options.quick ? 100_000 : 300_000;
    const rawRates: number[] = [];
    for (let i = 0; i < 3; i++) rawRates.push(await measureRawPubSub({ servers: server.url, subject: 'faultline.raw.pubsub', messages, ...creds }));
    const raw = median(rawRates);
    log(`raw nats.js pub/sub: ${fmt(raw)} msgs/s (samples ${rawRates.map(fmt).join(', ')}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    const js = await measureJetStreamAppends({ servers: server.url, stream: 'LIVE_BENCH_RAW', subjectPrefix: 'faultline.raw.js', appends: options.quick ? 3_000 : 10_000, ...creds });
    log(`JetStream acked publishes: ${fmt(js.syncRate)}/s one at a time, ${fmt(js.pipelinedRate)}/s pipelined`);

    // (b) The venue, one profile at a time.
    const steps: StepFigures[] = [];
    const idles: IdleFigures[] = [];
    for (const r of runs) {
      const runDir = join(workDir, r.runId);
      if (!r.cluster) {
        steps.push(...(await runProfile({ ...r, server, runDir, rates, stepSeconds, warmupSeconds, idleSeconds, children, log, idles })));
        continue;
      }
      // The same profile on a cluster: its run's stream at R=n before anything opens it, services spread over the nodes.
      cluster ??= await BrokerCluster.start({ size: options.cluster as number, runId: r.runId, users: allUsers, probe: { user: rawUser.user, pass: rawUser.password } });
      await cluster.ensureRunStream(r.runId, { user: rawUser.user, pass: rawUser.password });
      const nodes = cluster;
      steps.push(...(await runProfile({ ...r, server: { url: nodes.url }, urlFor: (index) => nodes.urlFor(index), runDir, rates, stepSeconds, warmupSeconds, idleSeconds, children, log, idles })));
    }

    const results: BenchResult[] = [
      { name: 'raw nats.js pub/sub, 64-byte order envelope (broker alone)', value: Math.round(raw), unit: 'msgs/s', notes: `median of 3 x ${messages.toLocaleString('en')}` },
      { name: 'JetStream publish, one acked at a time', value: Math.round(js.syncRate), unit: 'publishes/s' },
      { name: 'JetStream publish, pipelined (1,000 in flight)', value: Math.round(js.pipelinedRate), unit: 'publishes/s' },
    ];
    for (const { profile, specs } of runs) {
      const validatorCount = specs.filter((spec) => spec.kind === 'validator').length;
      for (const idle of idles.filter((i) => i.profile === profile.name)) {
        results.push({
          name: `[${profile.name}] no orders after the ladder: validator CPU per block (each validator)`,
          value: Math.round(idle.cpuPerBlockUs),
          unit: 'µs',
          notes: `${idle.blocksPerSecond.toFixed(1)} blocks/s over ${idle.seconds} s; cpu ${Object.entries(idle.cpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; load ${idle.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
        });
      }
      const own = steps.filter((s) => s.profile === profile.name);
      const sustained = own.filter((s) => s.sustained);
      const best = sustained.at(-1);
      results.push({
        name: `[${profile.name}] max sustained orders/s (ladder step)`,
        value: best?.targetRate ?? 0,
        unit: 'orders/s',
        target: '>= 20,000',
        notes: `peak fills/s ${fmt(Math.max(0, ...own.map((s) => s.fillsPerSecond)))}; ${profile.title}`,
      });
      for (const s of own) {
        results.push({
          name: `[${profile.name}] ${fmt(s.targetRate)} orders/s offered${s.attempt > 1 ? ' (again)' : ''}: fills/s`,
          value: Math.round(s.fillsPerSecond),
          unit: 'orders/s',
          notes: `${s.sustained ? 'sustained' : 'NOT sustained'}; ${s.filled}/${s.sent} filled; ${s.blocksPerSecond.toFixed(1)} blocks/s x ${Math.round(s.ordersPerBlock)} orders`,
        });
        results.push({
          name: `[${profile.name}] ${fmt(s.targetRate)} orders/s offered${s.attempt > 1 ? ' (again)' : ''}: submit to fill p50 / p99 / max`,
          value: Math.round(s.p99Ms),
          unit: 'ms (p99)',
          ...(s.targetRate === 5_000 ? { target: 'p99 < 50 ms' } : {}),
          notes: `p50 ${s.p50Ms.toFixed(0)}, p99 ${s.p99Ms.toFixed(0)}, max ${s.maxMs.toFixed(0)}; cpu ${Object.entries(s.cpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; load ${s.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
        });
        // None with the hop trace off (LIVE_BENCH_HOPS=0).
        if (liveBenchHopsOn()) results.push({
          name: `[${profile.name}] ${fmt(s.targetRate)} orders/s offered${s.attempt > 1 ? ' (again)' : ''}: per-hop block latency (largest hop p99)`,
          value: Math.max(0, ...Object.values(s.hops.hopsMs).map(([, p99]) => (Number.isNaN(p99) ? 0 : p99))),
          unit: 'ms',
          notes: HopTrace.format(s.hops),
        });
        results.push({
          name: `[${profile.name}] ${fmt(s.targetRate)} orders/s offered${s.attempt > 1 ? ' (again)' : ''}: validator CPU per block (each validator)`,
          value: s.blocksPerSecond > 0 ? Math.round(((s.cpu['validators'] ?? 0) / validatorCount / s.blocksPerSecond) * 1e6) : 0,
          unit: 'µs',
          notes: `${s.blocksPerSecond.toFixed(1)} blocks/s x ${Math.round(s.ordersPerBlock)} orders`,
        });
        results.push({
          name: `[${profile.name}] ${fmt(s.targetRate)} orders/s offered${s.attempt > 1 ? ' (again)' : ''}: validator CPU per order (4 validators)`,
          value: s.fillsPerSecond > 0 ? Math.round(((s.cpu['validators'] ?? 0) / s.fillsPerSecond) * 1e6) : 0,
          unit: 'µs',
          notes: `validators ${(s.cpu['validators'] ?? 0).toFixed(2)} cores at ${fmt(s.fillsPerSecond)} fills/s`,
        });
      }
    }
    results.push({ name: 'load average (1/5/15 min) before / after', value: Number(loadBefore[0]?.toFixed(2)), unit: 'load', notes: `${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${loadavg().map((l) => l.toFixed(2)).join(' ')}` });
    lastSteps = steps;
    return results;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all([...children].map((child) => stopActorProcess(child)));
    await server.stop();
    await cluster?.stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('exit', killAll);
    if (options.keep || failed) log(`live bench: run directory kept: ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

/** A fresh venue's window with no orders (LiveBenchOptions.idleSeconds). */
export interface IdleFigures {
  profile: string;
  seconds: number;
  blocksPerSecond: number;
  /** CPU time of one validator per committed block (the four validators' CPU / 4 / blocks), µs. */
  cpuPerBlockUs: number;
  cpu: Record<string, number>;
  loadAverage: number[];
  /** The window's work per height (work-account.ts; no orders: its per-order figures read 0). */
  workAccount: WorkAccount;
}

/** The figures of the last run's steps (for the standalone main's table). */
export let lastSteps: StepFigures[] = [];

function benchSpecs(profile: LiveProfile): ActorSpec[] {
  const scenario = parseScenario(
    {
      version: 1,
      name: 'live-bench',
      title: 'Live benchmark: the venue without its own traders',
      incident: 'none',
      whatToLookFor: 'orders/s from the bench load generator to fills',
      durationUs: 600_000_000,
      topology: { validators: 4, executionReplicas: 1, oracles: 3, traders: { noise: 0, leveraged: 0, staleArb: 0 }, hedger: false, liquidator: false },
      policy: 'default',
    },
    'live-bench',
  );
  const { specs } = scenarioActorSpecs(scenario, SEED);
  return specs.map((spec) => {
    if (spec.kind !== 'validator') return spec;
    const timeouts = { ...(spec.config.timeouts as TimeoutConfig), ...profile.timeouts };
    return { ...spec, config: { ...spec.config, timeouts, ...(profile.limits ? { limits: { ...DEFAULT_LIMITS, ...profile.limits } } : {}) } };
  });
}

interface ProfileRun {
  profile: LiveProfile;
  runId: string;
  specs: ActorSpec[];
  users: Map<string, BrokerUser>;
  orchestrator: BrokerUser;
  /** One server, or a cluster's comma-separated URLs (a cluster has no one pid: its CPU reads 0). */
  server: BrokerRef;
  /** The URL list service number `index` gets (a cluster spreads them). */
  urlFor?: (index: number) => string;
  runDir: string;
  rates: number[];
  stepSeconds: number;
  warmupSeconds: number;
  idleSeconds: number;
  children: Set<ChildProcess>;
  log: (line: string) => void;
  /** Where the idle window's figures go. */
  idles: IdleFigures[];
}

async function runProfile(r: ProfileRun): Promise<StepFigures[]> {
  const { profile, runId, log } = r;
  mkdirSync(join(r.runDir, 'specs'), { recursive: true });
  mkdirSync(join(r.runDir, 'logs'), { recursive: true });
  const epochUs = wallClockUs();
  const processes = new Map<string, ChildProcess>();
  let died: string | undefined;
  let stopping = false;
  log(`[${profile.name}] mono ${monoSeconds().toFixed(3)} s: services spawned (a service's --trace-gc times count from about here); run clock epoch ${epochUs} µs`);
  for (const [index, spec] of r.specs.entries()) {
    const user = r.users.get(spec.id) as BrokerUser;
    const child = spawnActorProcess({
      spec,
      specPath: writeSpecFile(join(r.runDir, 'specs'), spec),
      url: r.urlFor?.(index) ?? r.server.url,
      runId,
      seed: SEED,
      epochUs,
      incarnation: 1,
      logPath: join(r.runDir, 'logs', `${spec.id}.log`),
      // LIVE_BENCH_PROF_DIR=/tmp/prof: a CPU profile of every service, written when it stops.
      // LIVE_BENCH_NODE_FLAGS='--trace-gc ...': more node flags for every service (their output goes to its log file).
      execArgv: [...(process.env['LIVE_BENCH_PROF_DIR'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['LIVE_BENCH_PROF_DIR']}`] : []), ...(process.env['LIVE_BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? [])],
      env: { [NATS_USER_ENV]: user.user, [NATS_PASSWORD_ENV]: user.password, FAULTLINE_LOG_LEVEL: process.env['FAULTLINE_LOG_LEVEL'] ?? 'warn' },
    });
    r.children.add(child);
    processes.set(spec.id, child);
    child.once('exit', (code, signal) => {
      r.children.delete(child);
      if (!stopping) died ??= `${spec.id} exited (${code ?? signal}) — see ${join(r.runDir, 'logs', `${spec.id}.log`)}`;
    });
  }
  const nc: NatsConnection = await connect({ servers: r.server.url.split(','), name: `${runId}/bench`, user: r.orchestrator.user, pass: r.orchestrator.password });
  const durable = await NatsDurableLog.open({ nc, runId, actorId: 'bench', onFailure: (error) => log(`bench log: ${error.message}`) });
  const host = new NatsHost({ nc, runId, actorId: 'bench', seed: SEED, epochUs, log: durable, logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const validators = r.specs.filter((spec) => spec.kind === 'validator').length;
  const trace = new HopTrace(Math.floor((2 * validators) / 3) + 1);
  const load = new OrderLoad(host, (height) => trace.onExecuted(height, host.now()));
  // The committed blocks as the validators publish them (the trace's commit points), and as
  // validator-1 does: the round each one took (a round > 0 means round 0 timed out: a late or
  // lost proposal or votes).
  const hopsOn = liveBenchHopsOn();
  nc.subscribe(wireSubject(runId, hopsOn ? 'block.*' : 'block.validator-1'), {
    callback: (error, message) => {
      const decoded = error ? undefined : decodeEnvelope(message.data);
      const committed = decoded?.ok ? decoded.value.committedBlock : undefined;
      if (!committed || !decoded?.ok) return;
      const height = Number(committed.block?.header?.height ?? 0);
      const sender = decoded.value.sender ?? '';
      trace.onCommitted(sender, height, committed.certificate?.round ?? 0, host.now());
      if (sender !== 'validator-1') return;
      load.committedAt(height);
      if (load.step) load.step.rounds.push(committed.certificate?.round ?? 0);
    },
  });
  // The per-hop trace (hop-trace.ts): proposals and votes, validator-1's write-ahead appends (a
  // JetStream publish is a message on its subject too: seen here when the broker takes it), and
  // the execution node's snapshots.
  if (hopsOn) subscribeHopTrace(nc, runId, r.specs, trace, host);
  else log(`[${profile.name}] hop trace off (LIVE_BENCH_HOPS=0): no hops, no order stages`);
  const alive = (): void => {
    if (died) throw new Error(`live bench [${profile.name}]: ${died}`);
  };
  const steps: StepFigures[] = [];
  try {
    load.start();
    // Ready: the market trades (an oracle price and a mark) and every client's deposit is in.
    const startedMs = Date.now();
    await until(() => (alive(), load.marketReady()), 90_000, () => `the market to open (height ${load.view.height}, market ${JSON.stringify(load.view.market(MARKET_ID))})`);
    load.deposit();
    await until(() => (alive(), load.funded()), 60_000, () => `the deposits to execute (height ${load.view.height})`);
    log(`[${profile.name}] mono ${monoSeconds().toFixed(3)} s: venue up in ${((Date.now() - startedMs) / 1000).toFixed(1)} s (height ${load.view.height}, mark ${load.view.market(MARKET_ID)?.markTicks}); ${profile.title}`);
    const firstRate = r.rates[0];
    if (r.warmupSeconds > 0 && firstRate !== undefined) {
      // Not a ladder step: the services' JIT warm-up at the first rate (see warmupSeconds), printed and dropped.
      const warm = await runStep(load, firstRate, r.warmupSeconds, processes, r.server, trace, runId);
      log(`[${profile.name}] warm-up, ${fmt(firstRate)}/s for ${r.warmupSeconds} s (not a ladder step, not counted): fills ${warm.filled}/${warm.sent}, p50 ${warm.p50Ms.toFixed(0)} ms, p99 ${warm.p99Ms.toFixed(0)} ms, max ${warm.maxMs.toFixed(0)} ms, p50 by quarter ${warm.p50ByQuarterMs.map((v) => v.toFixed(0)).join(' -> ')} ms; cpu ${Object.entries(warm.cpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')}; load ${warm.loadAverage.map((l) => l.toFixed(2)).join(' ')}; mono ${warm.monoS.map((v) => v.toFixed(3)).join('..')} s`);
      if (hopsOn) log(`[${profile.name}] warm-up: ${HopTrace.format(warm.hops)}`);
      if (hopsOn) log(`[${profile.name}] warm-up: ${formatStages(warm.stages)}`);
      load.cancelAll();
      await sleep(1_000);
    }
    ladder: for (const rate of r.rates) {
      // A step that is not sustained runs once more (this machine is shared: one stall of another
      // process can sink a step); the ladder stops when the second attempt is not sustained either.
      for (let attempt = 1; attempt <= 2; attempt++) {
        alive();
        const step = await runStep(load, rate, r.stepSeconds, processes, r.server, trace, runId);
        steps.push({ ...step, profile: profile.name, attempt });
        log(
          `[${profile.name}] ${fmt(rate)}/s for ${r.stepSeconds} s${attempt > 1 ? ' (again)' : ''}: fills/s ${fmt(step.fillsPerSecond)} (${step.filled}/${step.sent}), p50 ${step.p50Ms.toFixed(0)} ms, p99 ${step.p99Ms.toFixed(0)} ms, max ${step.maxMs.toFixed(0)} ms, ` +
            `${step.blocksPerSecond.toFixed(1)} blocks/s x ${Math.round(step.ordersPerBlock)} (interval p50/p99/max ${step.blockIntervalMs.map((v) => v.toFixed(0)).join('/')} ms; ${step.blocksAfterRound0} of ${step.blocks} blocks past round 0; commit to executed p50/p99 ${step.execLagMs.slice(0, 2).map((v) => v.toFixed(0)).join('/')} ms), lag ${step.generatorLagMs.toFixed(0)} ms, p50 by quarter ${step.p50ByQuarterMs.map((v) => v.toFixed(0)).join(' -> ')} ms, ${step.sustained ? 'sustained' : 'NOT sustained'}; ` +
            `cpu ${Object.entries(step.cpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')} (validator CPU per block ${step.blocksPerSecond > 0 ? (((step.cpu['validators'] ?? 0) / validators / step.blocksPerSecond) * 1e6).toFixed(0) : '-'} µs each); run-queue wait ${Object.entries(step.runQueueWait).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')}; load ${step.loadAverage.map((l) => l.toFixed(2)).join(' ')}` +
            (Object.keys(step.rejected).length ? `; rejected ${JSON.stringify(step.rejected)}` : '') +
            `; mono ${step.monoS.map((v) => v.toFixed(3)).join('..')} s`,
        );
        if (hopsOn) log(`[${profile.name}] ${fmt(rate)}/s${attempt > 1 ? ' (again)' : ''}: ${HopTrace.format(step.hops)}`);
        if (hopsOn) log(`[${profile.name}] ${fmt(rate)}/s${attempt > 1 ? ' (again)' : ''}: ${formatStages(step.stages)}`);
        if (hopsOn) log(`[${profile.name}] ${fmt(rate)}/s${attempt > 1 ? ' (again)' : ''}: ${formatTailAnatomy(step.tail)}`);
        log(`[${profile.name}] ${fmt(rate)}/s${attempt > 1 ? ' (again)' : ''}: ${formatWork(step.workAccount)}`);
        load.cancelAll();
        await sleep(attempt === 1 && !step.sustained ? 5_000 : 1_000);
        if (step.sustained) continue ladder;
      }
      break;
    }
    if (r.idleSeconds > 0) {
      // No orders, after the ladder (the venue warm; the steps ran exactly as a tree without this
      // window runs them): what a block costs the validators when it is empty (paid per block at every rate).
      const cpuBefore = cpuSnapshot(processes, r.server);
      const pids = servicePids(processes, r.server);
      const workBefore = await workSnapshot(r.server.monitorUrl, runId, pids);
      const heightBefore = load.committedHeight;
      const wallBefore = performance.now();
      // In slices of 5 s, each printed: a young process's cost per block falls as V8 optimizes its code.
      for (let slice = 0; slice < r.idleSeconds; slice += 5) {
        const sliceCpu = cpuSnapshot(processes, r.server);
        const sliceHeight = load.committedHeight;
        const sliceWall = performance.now();
        await sleep(Math.min(5, r.idleSeconds - slice) * 1000);
        const seconds = (performance.now() - sliceWall) / 1000;
        const cores = cpuDelta(sliceCpu, cpuSnapshot(processes, r.server), seconds)['validators'] ?? 0;
        const blocks = load.committedHeight - sliceHeight;
        if (r.idleSeconds > 5) log(`[${profile.name}] no orders, ${slice}-${(slice + seconds).toFixed(1)} s: ${(blocks / seconds).toFixed(1)} blocks/s, validators ${cores.toFixed(2)} cores, ${blocks > 0 ? ((cores * seconds * 1e6) / validators / blocks).toFixed(0) : '-'} µs per block each`);
      }
      const wallSeconds = (performance.now() - wallBefore) / 1000;
      const cpu = cpuDelta(cpuBefore, cpuSnapshot(processes, r.server), wallSeconds);
      const blocksPerSecond = (load.committedHeight - heightBefore) / wallSeconds;
      const cpuPerBlockUs = blocksPerSecond > 0 ? ((cpu['validators'] ?? 0) / validators / blocksPerSecond) * 1e6 : 0;
      const heights = load.committedHeight - heightBefore;
      const idle: IdleFigures = { profile: profile.name, seconds: r.idleSeconds, blocksPerSecond, cpuPerBlockUs, cpu, loadAverage: loadavg(), workAccount: workAccount(workBefore, await workSnapshot(r.server.monitorUrl, runId, pids), 0, heights) };
      r.idles.push(idle);
      log(`[${profile.name}] no orders for ${r.idleSeconds} s: ${blocksPerSecond.toFixed(1)} blocks/s, validator CPU per block ${cpuPerBlockUs.toFixed(0)} µs each; cpu ${Object.entries(cpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')}; load ${idle.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);
      log(`[${profile.name}] no orders: ${formatHeightWork(idle.workAccount)}`);
    }
    alive();
    return steps;
  } finally {
    stopping = true;
    await host.close();
    await nc.close();
    await Promise.all([...processes.values()].map((child) => stopActorProcess(child)));
  }
}

/** Orders of one step: client order ids in [firstId, firstId + sent), scheduled at startUs + i / rate. */
interface StepState {
  firstId: number;
  startUs: number;
  rate: number;
  sent: number;
  latenciesUs: number[];
  /** [order index in the step, latency µs]. */
  latencyByOrder: Array<[number, number]>;
  /** Per filled order of the step: its times and height (order-stages.ts), by order index. */
  orderTimes: Array<[number, OrderTimes]>;
  /** Fill arrival times (host µs). */
  fillAtUs: number[];
  rejected: Map<string, number>;
  heights: Array<{ atUs: number; height: number; filled: number }>;
  /** The commit round of every block committed during the step. */
  rounds: number[];
  /** Per executed block: from its commit (validator-1's block message here) to its BlockExecuted here, µs. */
  execLagUs: number[];
}

/** The load generator: clients submitting through TxSender, fills followed through a VenueView. */
class OrderLoad {
  readonly view: VenueView;
  readonly clients: string[] = Array.from({ length: CLIENTS }, (_, i) => `load-${i + 1}`);
  private readonly senders: TxSender[];
  private nextClientOrderId = 1;
  private readonly scheduledUs = new Map<number, number>();
  /** When each outstanding order was actually published (host µs). */
  private readonly sentUs = new Map<number, number>();
  private readonly fundedClients = new Set<string>();
  private readonly commitTimes = new Map<number, number>();
  step: StepState | undefined;

  constructor(
    private readonly host: NatsHost,
    /** Each executed block's height as its BlockExecuted arrives (the per-hop trace). */
    private readonly onExecuted: (height: number) => void = () => {},
  ) {
    this.view = new VenueView(host);
    // Nonces start after the host clock, as a trader's do.
    this.senders = this.clients.map((id) => new TxSender(host, id, Math.max(0, host.now())));
    this.view.onBlock((block) => {
      const now = this.host.now();
      this.onExecuted(block.height);
      const step = this.step;
      let filled = 0;
      for (const event of block.events) {
        if (event.kind === 'accountUpdate' && event.accountUpdate.accountId.startsWith('load-')) this.fundedClients.add(event.accountUpdate.accountId);
        else if (event.kind === 'orderUpdate' && event.orderUpdate.status === 'filled' && event.orderUpdate.accountId.startsWith('load-')) {
          const id = event.orderUpdate.clientOrderId;
          const at = this.scheduledUs.get(id);
          if (at === undefined) continue;
          this.scheduledUs.delete(id);
          const sentUs = this.sentUs.get(id) ?? at;
          this.sentUs.delete(id);
          filled++;
          if (step && id >= step.firstId) {
            step.orderTimes.push([id - step.firstId, { scheduledUs: at, sentUs, height: block.height, filledUs: now }]);
            step.latenciesUs.push(now - at);
            step.latencyByOrder.push([id - step.firstId, now - at]);
            step.fillAtUs.push(now);
          }
        } else if (event.kind === 'txRejected' && step && event.txRejected.clientId.startsWith('load-')) {
          const reason = event.txRejected.reason.split(' ')[0] ?? '';
          step.rejected.set(reason, (step.rejected.get(reason) ?? 0) + 1);
        } else if (event.kind === 'orderUpdate' && step && event.orderUpdate.status === 'cancelled' && event.orderUpdate.accountId.startsWith('load-') && event.orderUpdate.reason !== 'user') {
          const reason = `cancelled:${event.orderUpdate.reason}`;
          step.rejected.set(reason, (step.rejected.get(reason) ?? 0) + 1);
        }
      }
      step?.heights.push({ atUs: now, height: block.height, filled });
      const committedAtUs = this.commitTimes.get(block.height);
      if (committedAtUs !== undefined) {
        this.commitTimes.delete(block.height);
        step?.execLagUs.push(now - committedAtUs);
      }
    });
  }

  start(): void {
    this.view.start();
  }

  /** The highest height validator-1 has committed (its block messages). */
  committedHeight = 0;

  committedAt(height: number): void {
    this.committedHeight = Math.max(this.committedHeight, height);
    this.commitTimes.set(height, this.host.now());
    if (this.commitTimes.size > 10_000) this.commitTimes.delete(this.commitTimes.keys().next().value as number);
  }

  marketReady(): boolean {
    const market = this.view.market(MARKET_ID);
    return market !== undefined && market.state === MARKET_ACTIVE && market.markTicks > 0;
  }

  deposit(): void {
    this.senders.forEach((sender, i) => sender.submit({ deposit: { accountId: this.clients[i] as string, amount: DEPOSIT } }));
  }

  funded(): boolean {
    return this.fundedClients.size === this.clients.length;
  }

  cancelAll(): void {
    this.senders.forEach((sender, i) => sender.submit({ cancelAll: { accountId: this.clients[i] as string, marketId: MARKET_ID } }));
    this.scheduledUs.clear();
    this.sentUs.clear();
  }

  /** Order i of the step: pairs (sell, buy) at the mark, the pair's two accounts alternating roles. */
  submit(i: number, scheduledUs: number, priceTicks: number): void {
    const pair = i >> 1;
    const slot = pair % (CLIENTS / 2);
    const flip = Math.floor(pair / (CLIENTS / 2)) % 2 === 1;
    const sellsFirst = i % 2 === 0;
    const client = 2 * slot + ((sellsFirst ? 0 : 1) ^ (flip ? 1 : 0));
    const id = this.nextClientOrderId++;
    this.scheduledUs.set(id, scheduledUs);
    this.sentUs.set(id, this.host.now());
    (this.senders[client] as TxSender).submit({
      placeOrder: {
        accountId: this.clients[client] as string,
        marketId: MARKET_ID,
        clientOrderId: id,
        side: sellsFirst ? pb.Side.SIDE_SELL : pb.Side.SIDE_BUY,
        type: pb.OrderType.ORDER_TYPE_LIMIT,
        timeInForce: pb.TimeInForce.TIME_IN_FORCE_GTC,
        priceTicks,
        sizeLots: 1,
      },
    });
  }

  beginStep(rate: number): StepState {
    this.step = { firstId: this.nextClientOrderId, startUs: this.host.now(), rate, sent: 0, latenciesUs: [], latencyByOrder: [], orderTimes: [], fillAtUs: [], rejected: new Map(), heights: [], rounds: [], execLagUs: [] };
    return this.step;
  }

  outstanding(): number {
    return this.scheduledUs.size;
  }

  now(): number {
    return this.host.now();
  }

  mark(): number {
    return this.view.market(MARKET_ID)?.markTicks ?? 0;
  }
}

async function runStep(load: OrderLoad, rate: number, seconds: number, processes: Map<string, ChildProcess>, server: BrokerRef, trace: HopTrace, runId: string): Promise<Omit<StepFigures, 'profile' | 'attempt'>> {
  const total = Math.round((rate * seconds) / 2) * 2;
  const warmUs = Math.min(2_000_000, (seconds * 1e6) / 4); // 2 s of a 10 s step, 1 s of a --quick one
  const pids = servicePids(processes, server);
  const workBefore = await workSnapshot(server.monitorUrl, runId, pids);
  const cpuBefore = cpuSnapshot(processes, server);
  const waitBefore = cpuSnapshot(processes, server, runQueueWaitSeconds);
  const wallBefore = performance.now();
  const monoStartS = monoSeconds();
  const step = load.beginStep(rate);
  let generatorLagUs = 0;
  let price = load.mark();
  while (step.sent < total) {
    const now = load.now();
    const due = Math.min(total, Math.floor(((now - step.startUs) * rate) / 1e6) + 1);
    if (step.sent < due) price = load.mark() || price;
    while (step.sent < due) {
      const scheduledUs = step.startUs + (step.sent * 1e6) / rate;
      generatorLagUs = Math.max(generatorLagUs, now - scheduledUs);
      load.submit(step.sent, scheduledUs, price);
      step.sent++;
    }
    await sleep(1);
  }
  const sentAtUs = load.now();
  // Drain: until every order of the step filled, or no fill for 3 s, or 20 s.
  let lastProgress = performance.now();
  let lastCount = step.latenciesUs.length;
  while (load.outstanding() > 0 && performance.now() - lastProgress < 3_000 && load.now() - sentAtUs < 20_000_000) {
    await sleep(50);
    if (step.latenciesUs.length !== lastCount) {
      lastCount = step.latenciesUs.length;
      lastProgress = performance.now();
    }
  }
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = cpuDelta(cpuBefore, cpuSnapshot(processes, server), wallSeconds);
  const runQueueWait = cpuDelta(waitBefore, cpuSnapshot(processes, server, runQueueWaitSeconds), wallSeconds);
  const workAfter = await workSnapshot(server.monitorUrl, runId, pids);
  load.step = undefined;

  // Steady rate: fills arrive in bursts, one per block, so the counted window runs from the first
  // block to arrive after the warm-up to the last one before the last send, and counts the fills
  // of the blocks after its start (each carries what came in during one block interval).
  const blocks = step.heights.filter((h) => h.atUs >= step.startUs + warmUs && h.atUs <= sentAtUs);
  const windowStartUs = blocks[0]?.atUs ?? step.startUs + warmUs;
  const windowUs = Math.max(1, (blocks.at(-1)?.atUs ?? sentAtUs) - windowStartUs);
  const inWindow = step.fillAtUs.filter((t) => t > windowStartUs && t <= windowStartUs + windowUs).length;
  const fillsPerSecond = blocks.length >= 2 ? (inWindow * 1e6) / windowUs : 0;
  // A queue that builds up during the step: orders of its last quarter wait much longer than those of its second.
  const quarter = (from: number, to: number): number => median(step.latencyByOrder.filter(([i]) => i >= from * step.sent && i < to * step.sent).map(([, l]) => l)) / 1000;
  const growingMs = [quarter(0.25, 0.5), quarter(0.75, 1)] as const;
  // Latency of the orders scheduled after the warm-up (a step starts with a transient: the jump
  // from the previous rate makes one or two blocks much larger than the steady ones).
  const firstCounted = Math.ceil((warmUs * rate) / 1e6);
  const latencies = step.latencyByOrder.filter(([i]) => i >= firstCounted).map(([, l]) => l).sort((a, b) => a - b);
  const pct = (p: number): number => (latencies.length ? (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] as number) / 1000 : Number.NaN);
  const filled = step.latenciesUs.length;
  const p99Ms = pct(0.99);
  return {
    targetRate: rate,
    sent: step.sent,
    filled,
    fillsPerSecond,
    p50Ms: pct(0.5),
    p99Ms,
    maxMs: latencies.length ? (latencies[latencies.length - 1] as number) / 1000 : Number.NaN,
    sustained: fillsPerSecond >= 0.95 * rate && filled >= 0.99 * step.sent && p99Ms < 5_000 && !(growingMs[1] > 2 * growingMs[0] + 250),
    p50ByQuarterMs: [growingMs[0], growingMs[1]],
    blocksPerSecond: ((blocks.length - 1) * 1e6) / windowUs,
    execLagMs: percentiles(step.execLagUs.map((us) => us / 1000)),
    blocks: step.rounds.length,
    blocksAfterRound0: step.rounds.filter((round) => round > 0).length,
    blockIntervalMs: percentiles(blocks.slice(1).map((b, i) => (b.atUs - (blocks[i] as { atUs: number }).atUs) / 1000)),
    ordersPerBlock: blocks.length > 1 ? blocks.slice(1).reduce((sum, b) => sum + b.filled, 0) / (blocks.length - 1) : 0,
    rejected: Object.fromEntries(step.rejected),
    generatorLagMs: generatorLagUs / 1000,
    cpu,
    runQueueWait,
    monoS: [monoStartS, monoSeconds()],
    workAccount: workAccount(workBefore, workAfter, step.sent, step.rounds.length),
    loadAverage: loadavg(),
    hops: trace.summarize(step.startUs + warmUs, load.now()),
    stages: orderStages(
      step.orderTimes.filter(([i]) => i >= firstCounted).map(([, t]) => t),
      (height) => trace.proposalAt(height),
      (height) => trace.firstBlockAt(height),
      (height) => trace.reapAt(height),
    ),
    tail: tailAnatomy(
      step.orderTimes.filter(([i]) => i >= firstCounted).map(([, t]) => t),
      (height) => trace.pathAt(height),
    ),
  };
}

/**
 * Whether the bench follows the per-hop trace (LIVE_BENCH_HOPS, default on; `0` off). The trace reads
 * every proposal, vote and relay batch (`consensus.*`), each validator's copy of every committed block
 * (`block.*`: four per height, each decoded) and validator-1's and the execution node's write-ahead
 * records (whole blocks twice per height): per order, about as many bytes again as the venue's own
 * traffic, delivered by the broker and parsed here, on the two cores the venue runs on. Off, the
 * order latencies, fills/s and blocks are measured as before (they need validator-1's blocks and the
 * BlockExecuted stream only); the hops and order stages are not printed.
 */
export function liveBenchHopsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['LIVE_BENCH_HOPS'] !== '0';
}

/** The per-hop trace's subscriptions besides `block.*` (hop-trace.ts). */
function subscribeHopTrace(nc: NatsConnection, runId: string, specs: readonly ActorSpec[], trace: HopTrace, host: NatsHost): void {
  nc.subscribe(wireSubject(runId, 'consensus.*'), { callback: (error, message) => {
    if (!error) trace.onConsensus(message.data, host.now());
  } });
  nc.subscribe(wireSubject(runId, 'log.validator-1'), { callback: (error, message) => {
    if (!error) trace.onWitnessLog(message.data, host.now());
  } });
  // The validators' proposal and vote records as the broker republishes them once stored, when their
  // peers read them there (FAULTLINE_DELIVER_FROM_LOG=1, which the services inherit: deliverFromLog).
  // Not otherwise: the bench would receive every validator's lock and commit records too (whole blocks,
  // ~0.4 MB each at 15,000/s), on the two cores the venue runs on, which the tree before it did not.
  const storedCopies = storedLogDeliveryOn();
  for (const spec of specs.filter((s) => storedCopies && s.kind === 'validator')) {
    nc.subscribe(wireSubject(runId, `stored.${spec.id}`), { callback: (error, message) => {
      if (!error) trace.onStored(message.data, host.now());
    } });
  }
  nc.subscribe(wireSubject(runId, 'snap.*'), { callback: (error) => {
    if (!error) trace.onSnapshot(host.now());
  } });
  // The execution node's own appends: the execute hop in two (its work, then its append's ack and publish).
  for (const spec of specs.filter((s) => s.kind === 'execution').slice(0, 1)) {
    nc.subscribe(wireSubject(runId, `log.${spec.id}`), { callback: (error, message) => {
      if (!error) trace.onExecutionLog(message.data, host.now());
    } });
  }
}

/** The pids the work account reads, by group (as the CPU figures group them). */
function servicePids(processes: Map<string, ChildProcess>, server: BrokerRef): Array<readonly [string, number | 'self' | undefined]> {
  return [...[...processes].map(([id, child]) => [groupOf(id), child.pid] as const), ['nats-server', server.pid], ['bench', 'self']];
}

/** What the bench needs of the broker: where to connect, and whose CPU to read. */
interface BrokerRef {
  readonly url: string;
  readonly pid?: number | undefined;
  /** Its monitoring endpoint (the step's work account; a cluster has none). */
  readonly monitorUrl?: string | undefined;
}

/**
 * CPU seconds so far per process group (validators, execution, oracles + external venue, nats-server,
 * this process); or, with `seconds` = runQueueWaitSeconds, their run-queue wait so far.
 */
function cpuSnapshot(processes: Map<string, ChildProcess>, server: BrokerRef, seconds?: (pid: number | 'self' | undefined) => number): Record<string, number> {
  const groups: Record<string, number> = { validators: 0, execution: 0, oracles: 0, 'nats-server': 0, bench: 0 };
  for (const [id, child] of processes) {
    const group = groupOf(id);
    groups[group] = (groups[group] ?? 0) + (seconds ?? procCpuSeconds)(child.pid);
  }
  groups['nats-server'] = (seconds ?? procCpuSeconds)(server.pid);
  if (seconds) {
    groups['bench'] = seconds('self');
    return groups;
  }
  const own = process.cpuUsage();
  groups['bench'] = (own.user + own.system) / 1e6;
  return groups;
}

/** CPU per process group between two snapshots, per wall second (1.0 = one core). */
function cpuDelta(before: Record<string, number>, after: Record<string, number>, wallSeconds: number): Record<string, number> {
  const cpu: Record<string, number> = {};
  for (const [group, seconds] of Object.entries(after)) cpu[group] = (seconds - (before[group] ?? 0)) / wallSeconds;
  return cpu;
}

async function until(predicate: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`live bench: timed out waiting for ${what()}`);
    await sleep(100);
  }
}

/** CLOCK_MONOTONIC in seconds (the clock of V8's profile timestamps). */
function monoSeconds(): number {
  return Number(process.hrtime.bigint() / 1000n) / 1e6;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function percentiles(values: number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [Number.NaN, Number.NaN, Number.NaN];
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return [at(0.5), at(0.99), sorted[sorted.length - 1] as number];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : Number.NaN;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      profile: { type: 'string', multiple: true },
      rates: { type: 'string' },
      seconds: { type: 'string' },
      keep: { type: 'boolean', default: false },
      cluster: { type: 'string' },
      warmup: { type: 'string' },
      idle: { type: 'string' },
    },
  });
  const results = await run({
    quick: values.quick ?? false,
    ...(values.profile ? { profiles: values.profile } : {}),
    ...(values.rates ? { rates: values.rates.split(',').map(Number) } : {}),
    ...(values.seconds ? { stepSeconds: Number(values.seconds) } : {}),
    keep: values.keep ?? false,
    ...(values.cluster ? { cluster: Number(values.cluster) } : {}),
    ...(values.warmup ? { warmupSeconds: Number(values.warmup) } : {}),
    ...(values.idle ? { idleSeconds: Number(values.idle) } : {}),
  });
  console.table(results.map(({ name, value, unit, target, notes }) => ({ name, value, unit, target: target ?? '', notes: notes ?? '' })));
  process.stdout.write(`${JSON.stringify(lastSteps)}\n`);
}
