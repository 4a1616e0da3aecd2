/**
 * `faultline up --scenario FILE`: the whole venue live. Every actor its own OS process over a
 * real nats-server (protobuf bytes on the wire, JetStream durable logs), supervised (restart
 * with backoff); a nemesis applies the fault schedule (app-level network faults by control
 * message, kill -9 + restart, SIGSTOP/SIGCONT); an in-process observer — itself an execution
 * replica — follows the committed chain, checks every invariant online, compares every
 * replica's state hash with its own, writes the event log, and feeds the status line.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { actorSubjects, createExecutionNode, type ActorSpec, type ExecutionActor } from '@faultline/actors';
import { decodeEnvelope, encodeLogHeader, encodeLogRecord, type faultline } from '@faultline/protocol';
import { faultToCommand, wireSubject, type FaultEvent, type FaultSchedule } from '@faultline/runtime';
import { NatsHost, NATS_PASSWORD_ENV, NATS_USER_ENV, orchestratorUser, serviceUser, startNatsServer, wallClockUs, NatsServerMissingError, writeRunNatsConf, volatileLog, type NatsServerHandle } from '@faultline/runtime/nats';
import { HEDGER_DELTA_BOUND_FACTOR, HedgerExposureMonitor, scenarioActorSpecs, scenarioToJson, type PublishedMessage, VenueFiguresCollector, type VenueRunSummary } from '@faultline/sim';
import { MARKET_ACTIVE, VENUE_INVARIANTS, VenueMonitor, venueEventToWire } from '@faultline/venue';
import { CliError, EXIT_ENVIRONMENT, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { loadFaultSchedule } from '../load-json.ts';
import { loadScenarioInput } from '../scenario-input.ts';
import { formatVenueSummary } from '../venue-summary.ts';
import { spawnActorProcess, stopActorProcess, writeSpecFile } from '../live/actor-processes.ts';
import { startupMilestones } from '../live/startup-milestones.ts';

const RESTART_BACKOFF_MS = [500, 1_000, 2_000, 5_000];

export interface UpScenarioOptions {
  scenario: string;
  seed: number;
  durationUs: number;
  policy?: string;
  nemesis?: string;
  server?: string;
  out?: string;
  json?: boolean;
}

interface Service {
  spec: ActorSpec;
  specPath: string;
  child: ChildProcess | undefined;
  incarnation: number;
  /** Why it is not running: the nemesis holds it down, or it exited and awaits a restart. */
  held: boolean;
  paused: boolean;
  restarts: number;
  exits: Array<number | null>;
  report: unknown;
}

export async function runUpScenario(options: UpScenarioOptions): Promise<number> {
  const scenario = loadScenarioInput({ scenario: options.scenario, ...(options.policy ? { policy: options.policy } : {}) });
  const nemesis: FaultSchedule = options.nemesis ? loadFaultSchedule(options.nemesis) : scenario.faults;
  const { venue, specs } = scenarioActorSpecs(scenario, options.seed);
  const runId = `up-${scenario.name}-${options.seed}-${process.pid}`;
  const runDir = resolve(options.out ?? join('runs', runId));
  mkdirSync(join(runDir, 'specs'), { recursive: true });
  mkdirSync(join(runDir, 'logs'), { recursive: true });

  // Our own broker gets per-run users: each service may touch only its own subjects.
  const users = new Map(specs.map((spec) => [spec.id, serviceUser(runId, spec.id, actorSubjects(spec.kind, spec.id))]));
  const orchestrator = orchestratorUser(runId);
  let server: NatsServerHandle | undefined;
  let confDir: string | undefined;
  if (!options.server) {
    try {
      confDir = mkdtempSync(join(tmpdir(), 'faultline-conf-'));
      const configPath = writeRunNatsConf(confDir, [...users.values(), orchestrator]);
      server = await startNatsServer({ configPath, probe: { user: orchestrator.user, pass: orchestrator.password } });
    } catch (error) {
      if (error instanceof NatsServerMissingError) throw new CliError('ENATSSERVER', 'nats-server is missing', error.message, EXIT_ENVIRONMENT);
      throw new CliError('ENATSSERVER', 'nats-server did not start', (error as Error).message, EXIT_ENVIRONMENT);
    }
  }
  const url = options.server ?? (server as NatsServerHandle).url;
  const epochUs = wallClockUs();
  const nowUs = (): number => wallClockUs() - epochUs;

  // The observer: an execution replica in this process, plus the log, monitors and figures.
  const nc: NatsConnection = await connect({ servers: url, name: `${runId}/observer`, maxReconnectAttempts: -1, reconnectTimeWait: 250, ...(server ? { user: orchestrator.user, pass: orchestrator.password } : {}) });
  const logFd = openSync(join(runDir, 'events.fllog'), 'w');
  let seq = 0;
  const record = (body: Omit<faultline.v1.ILogRecord, 'seq' | 'timeUs'>): void => {
    writeSync(logFd, encodeLogRecord({ seq: ++seq, timeUs: nowUs(), ...body }));
  };
  writeSync(logFd, encodeLogHeader({ runId, scenario: scenario.name, seed: options.seed, createdBy: 'live', scenarioJson: JSON.stringify(scenarioToJson(scenario)), policy: scenario.policy.name }));
  const monitor = new VenueMonitor();
  const collector = new VenueFiguresCollector(venue.insuranceFundSeed, { gapThresholdUs: venue.policy.blockGapHalt.thresholdUs, afterGapWindowUs: 60_000_000 });
  const violations: VenueRunSummary['violations'] = [];
  const ownHashes = new Map<number, string>();
  const replicaHashes = new Map<string, Map<number, string>>();
  let replicaMismatch: string | undefined;
  let lastBlockAtUs = 0;
  let height = 0;
  let marketsActive = true;
  let finalHash = '';
  let fillsSince = 0;
  const validatorIds = scenario.topology.validators;
  const milestones = startupMilestones();
  // The observer lives as long as this process and never recovers, so it keeps no JetStream log
  // (an append lost in a broker restart would stop it, and the run's verdict with it).
  const observerHost = new NatsHost({ nc, runId, actorId: 'observer', seed: options.seed, epochUs, log: volatileLog(), logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const observer = createExecutionNode({
    venue,
    validatorIds,
    keySeed: options.seed,
    onApplied: (_replica, committed, result, state, replayed) => {
      if (replayed) return;
      height = state.height;
      lastBlockAtUs = nowUs();
      finalHash = Buffer.from(result.stateHash ?? []).toString('hex');
      ownHashes.set(height, finalHash);
      for (const v of monitor.check(state, height, result.events)) {
        if (violations.length < 100) violations.push({ ...v, timeUs: nowUs() });
        if (!options.json) process.stderr.write(`\n[faultline up] VIOLATION ${v.invariant} at height ${v.height}: ${v.detail}\n`);
      }
      collector.addBlock(height, state.blockTimeUs, result.events, state.insuranceFund);
      fillsSince += result.events.filter((e) => e.kind === 'fill').length;
      milestones.onBlock(height, result.events);
      marketsActive = [...state.markets.values()].every((m) => m.state === MARKET_ACTIVE);
      record({ block: committed });
      for (const event of result.events) record({ event: venueEventToWire(event) });
      record({ stateHash: { height, hash: result.stateHash ?? new Uint8Array(0), replicaId: 'observer' } });
      checkReplicas(height);
    },
  })(observerHost) as ExecutionActor;
  const checkReplicas = (at: number): void => {
    const own = ownHashes.get(at);
    if (!own) return;
    for (const [replica, hashes] of replicaHashes) {
      const theirs = hashes.get(at);
      if (theirs && theirs !== own && !replicaMismatch) {
        replicaMismatch = `${replica} hash ${theirs.slice(0, 16)}… ≠ replay ${own.slice(0, 16)}… at height ${at}`;
        violations.push({ invariant: 'replicas-agree', timeUs: nowUs(), height: at, detail: replicaMismatch });
      }
    }
  };
  // What the simulator's log also carries, for post-mortem charts: each validator's commits,
  // the external price once a second per market, and the hedger's true positions (the same
  // monitor the simulator runs: venue account updates plus external fills).
  const hedgerSpec = specs.find((s) => s.kind === 'hedger');
  const externalSpec = specs.find((s) => s.kind === 'external-venue');
  const hedgerExposure = hedgerSpec && externalSpec && scenario.topology.hedger.enabled
    ? new HedgerExposureMonitor(hedgerSpec.id, externalSpec.id, HEDGER_DELTA_BOUND_FACTOR * scenario.topology.hedger.deltaLimitLots)
    : undefined;
  const lastExternalSampleUs = new Map<number, number>();
  /** Every well-formed envelope on a run-relative pattern, as the monitors take it (sender from the envelope). */
  const observe = (pattern: string, handler: (message: PublishedMessage) => void): void => {
    nc.subscribe(wireSubject(runId, pattern), {
      callback: (error, message) => {
        if (error) return;
        const decoded = decodeEnvelope(message.data);
        if (decoded.ok) handler({ timeUs: nowUs(), from: decoded.value.sender, subject: message.subject, envelope: decoded.value });
      },
    });
  };
  observe('block.*', ({ from, envelope }) => {
    const header = envelope.committedBlock?.block?.header;
    if (header) record({ validator: { validatorId: from, height: Number(header.height ?? 0), round: header.round ?? 0, blockTimeUs: Number(header.timeUs ?? 0) } });
  });
  observe('external.*', (message) => {
    if (message.envelope.hedgeFill) hedgerExposure?.observe(message);
    const tick = message.envelope.externalPrice;
    if (!tick) return;
    const marketId = Number(tick.marketId ?? 0);
    if (message.timeUs - (lastExternalSampleUs.get(marketId) ?? -Infinity) < 1_000_000) return;
    lastExternalSampleUs.set(marketId, message.timeUs);
    record({ externalPrice: tick });
  });
  const hedgerSnapshots =
    hedgerExposure && hedgerSpec
      ? setInterval(() => {
          // The hedger trades the first market (HedgerSnapshot has no market), as in the simulator.
          const marketId = scenario.markets[0]?.marketId ?? 1;
          const delta = hedgerExposure.deltaLots(marketId);
          const venue = hedgerExposure.venueLots(marketId);
          record({ hedger: { hedgerId: hedgerSpec.id, state: '', venuePositionLots: venue, externalPositionLots: delta - venue, deltaLots: delta, pnlUnknown: true } });
        }, 1_000)
      : undefined;
  observe('exec.*', (message) => {
    const executed = message.envelope.blockExecuted;
    if (!executed) return;
    hedgerExposure?.observe(message);
    const replica = executed.replicaId ?? '';
    const hashes = replicaHashes.get(replica) ?? new Map<number, string>();
    replicaHashes.set(replica, hashes);
    hashes.set(Number(executed.height), Buffer.from(executed.stateHash ?? []).toString('hex'));
    checkReplicas(Number(executed.height));
  });
  observer.start();

  // The services, supervised.
  const services = new Map<string, Service>();
  let stopping = false;
  /** Publishes and subscriptions the broker refused (actorSubjects and an actor disagree): how many, and the first. */
  const brokerRefusals = { count: 0, first: '' };
  const credentialsEnv = (actorId: string): Record<string, string> => {
    const user = users.get(actorId);
    return server && user ? { [NATS_USER_ENV]: user.user, [NATS_PASSWORD_ENV]: user.password } : {};
  };
  const spawnService = (service: Service): void => {
    const child = spawnActorProcess({
      spec: service.spec,
      specPath: service.specPath,
      url,
      runId,
      seed: options.seed,
      epochUs,
      incarnation: service.incarnation,
      logPath: join(runDir, 'logs', `${service.spec.id}.log`),
      env: credentialsEnv(service.spec.id),
      onReport: (report) => (service.report = report),
      onStderrLine: (line) => {
        if (!line.includes('Permissions Violation')) return;
        let reason = line;
        try {
          reason = String((JSON.parse(line) as { reason?: unknown }).reason ?? line);
        } catch {
          // not a pino line: keep it whole
        }
        if (brokerRefusals.count++ === 0) brokerRefusals.first = `${service.spec.id}: ${reason}`;
      },
    });
    child.once('exit', (code, signal) => {
      service.exits.push(code ?? (signal ? -1 : null));
      if (service.child === child) service.child = undefined;
      if (stopping || service.held) return;
      // An unexpected exit: restart with backoff (supervision), a new incarnation.
      const delay = RESTART_BACKOFF_MS[Math.min(service.restarts, RESTART_BACKOFF_MS.length - 1)] as number;
      service.restarts++;
      setTimeout(() => {
        if (stopping || service.held || service.child) return;
        service.incarnation++;
        spawnService(service);
      }, delay);
    });
    service.child = child;
  };
  for (const spec of specs) {
    const specPath = writeSpecFile(join(runDir, 'specs'), spec);
    const service: Service = { spec, specPath, child: undefined, incarnation: 1, held: false, paused: false, restarts: 0, exits: [], report: undefined };
    services.set(spec.id, service);
    spawnService(service);
  }

  // The nemesis: the same fault-schedule format as the simulator, on wall time from the start.
  const selected = (actors: readonly string[]): Service[] => [...services.values()].filter((s) => actors.some((a) => (a.endsWith('*') ? s.spec.id.startsWith(a.slice(0, -1)) : a === s.spec.id)));
  const timers: NodeJS.Timeout[] = [];
  let brokerRestarts = 0;
  const at = (us: number, action: () => void): void => {
    timers.push(setTimeout(action, Math.max(0, us / 1000)));
  };
  nemesis.faults.forEach((fault: FaultEvent, index) => {
    at(fault.atUs, () => {
      record({ fault: faultToCommand(fault, index + 1) });
      if (fault.kind === 'crash') {
        for (const s of selected(fault.actors)) {
          s.held = true;
          s.child?.kill('SIGKILL');
          record({ lifecycle: { actorId: s.spec.id, change: 'crashed' } });
        }
        at(fault.durationUs ?? 0, () => {
          for (const s of selected(fault.actors)) {
            s.held = false;
            if (!s.child && !stopping) {
              s.incarnation++;
              spawnService(s);
              record({ lifecycle: { actorId: s.spec.id, change: 'restarted' } });
            }
          }
        });
      } else if (fault.kind === 'pause') {
        for (const s of selected(fault.actors)) {
          s.paused = true;
          s.child?.kill('SIGSTOP');
        }
        at(fault.durationUs ?? 0, () => {
          for (const s of selected(fault.actors)) {
            s.paused = false;
            s.child?.kill('SIGCONT');
          }
        });
      } else if (fault.kind === 'broker-restart') {
        if (!server) {
          process.stderr.write(`[faultline up] nemesis: broker-restart skipped — the broker at ${url} was not started by this run\n`);
          return;
        }
        record({ lifecycle: { actorId: 'nats-server', change: 'crashed' } });
        brokerRestarts++;
        void server.restart({ downMs: fault.durationUs / 1000 }).then(
          () => record({ lifecycle: { actorId: 'nats-server', change: 'restarted' } }),
          (error: Error) => process.stderr.write(`[faultline up] nemesis: the broker did not come back: ${error.message}\n`),
        );
      } else if (fault.kind === 'restart' || fault.kind === 'resume') {
        for (const s of selected(fault.actors)) {
          if (fault.kind === 'resume') s.child?.kill('SIGCONT');
          else if (!s.child && !stopping) {
            s.held = false;
            s.incarnation++;
            spawnService(s);
          }
        }
      } else {
        observerHost.publish('control.faults', { fault: faultToCommand(fault, index + 1) });
      }
    });
  });

  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const startedMs = Date.now();
  try {
    let lastFillsAt = Date.now();
    while (Date.now() - startedMs < options.durationUs / 1000 && !interrupted) {
      await new Promise((done) => setTimeout(done, 500));
      if (process.stderr.isTTY && !options.json) {
        const up = [...services.values()].filter((s) => s.child && !s.paused).length;
        const figures = collector.finish(nowUs());
        const rate = (fillsSince / Math.max(0.5, (Date.now() - lastFillsAt) / 1000)).toFixed(1);
        fillsSince = 0;
        lastFillsAt = Date.now();
        const down = [...services.values()].filter((s) => !s.child || s.paused).map((s) => s.spec.id);
        process.stderr.write(
          `\r[faultline up] ${((Date.now() - startedMs) / 1000).toFixed(0)}/${(options.durationUs / 1e6).toFixed(0)} s | height ${height} | last block ${((nowUs() - lastBlockAtUs) / 1e6).toFixed(1)} s ago | ${marketsActive ? 'trading' : 'HALTED'} | fills/s ${rate} | liquidations ${figures.liquidations} | up ${up}/${services.size}${down.length ? ` (down: ${down.slice(0, 3).join(' ')})` : ''}   `,
        );
      }
    }
    if (process.stderr.isTTY && !options.json) process.stderr.write('\n');
  } finally {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    if (hedgerSnapshots) clearInterval(hedgerSnapshots);
    await Promise.all([...services.values()].map(async (s) => s.child && stopActorProcess(s.child, { paused: s.paused })));
    observer.stop();
    await observerHost.close();
    await nc.close();
    closeSync(logFd);
    await server?.stop();
    if (confDir) rmSync(confDir, { recursive: true, force: true });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const endUs = nowUs();
  const figures = collector.finish(endUs);
  const invariants: Record<string, boolean> = {};
  for (const name of VENUE_INVARIANTS) invariants[name] = !violations.some((v) => v.invariant === name);
  invariants['replicas-agree'] = replicaMismatch === undefined;
  const replicaHeights: Record<string, number> = {};
  for (const [replica, hashes] of replicaHashes) replicaHeights[replica] = Math.max(0, ...hashes.keys());
  const behind = Object.entries(replicaHeights).filter(([, h]) => height - h > 3);
  invariants['replicas-catch-up'] = behind.length === 0;
  if (behind.length) violations.push({ invariant: 'replicas-catch-up', timeUs: endUs, detail: behind.map(([r, h]) => `${r} at ${h}, chain at ${height}`).join(', ') });
  invariants['blocks-resume-after-heal'] = height > 0 && endUs - lastBlockAtUs < 30_000_000;
  invariants['broker-permissions'] = brokerRefusals.count === 0;
  if (hedgerExposure) {
    invariants['hedger-delta-bounded'] = hedgerExposure.violations().length === 0;
    for (const v of hedgerExposure.violations()) if (violations.length < 100) violations.push(v);
  }
  if (brokerRefusals.count) violations.push({ invariant: 'broker-permissions', timeUs: endUs, detail: `${brokerRefusals.count} refused by the broker, the first: ${brokerRefusals.first}` });
  const hedgerReport = [...services.values()].find((s) => s.spec.kind === 'hedger')?.report as { state?: { metrics?: VenueRunSummary['hedger'] } } | undefined;
  const summary: VenueRunSummary & { runDir: string; processes: Record<string, { restarts: number; exits: Array<number | null> }>; brokerRestarts: number } = {
    ...figures,
    scenario: scenario.name,
    policy: scenario.policy.name,
    seed: options.seed,
    durationUs: endUs,
    insuranceFundSeed: venue.insuranceFundSeed,
    badDebtUncovered: observer.state.badDebtTotal,
    oracleMaxStalenessUs: Math.max(0, ...figures.markets.map((m) => m.maxOracleStaleUs)),
    hedger: hedgerReport?.state?.metrics ?? null,
    invariants,
    violations: violations.slice(0, 20),
    traceHash: '',
    finalStateHash: finalHash,
    replicaHeights,
    sim: { deliveries: 0, dropped: 0, duplicated: 0, rejectedFrames: 0, published: 0, cut: 0, lost: 0, toDownActor: 0, timersFired: 0, events: 0, warnings: 0 } as VenueRunSummary['sim'],
    runDir,
    brokerRestarts,
    processes: Object.fromEntries([...services.values()].map((s) => [s.spec.id, { restarts: s.restarts, exits: s.exits }])),
  };
  const { sim: _sim, ...printable } = summary;
  writeFileSync(join(runDir, 'summary.json'), `${JSON.stringify(printable, null, 2)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...printable, eventLog: join(runDir, 'events.fllog') })}\n`);
  else process.stdout.write(`${formatVenueSummary(summary)}\nrun directory: ${runDir} (events.fllog, summary.json, logs/, specs/)\n`);
  return Object.values(invariants).every(Boolean) ? EXIT_OK : EXIT_VIOLATIONS;
}
