/**
 * `faultline up --scenario FILE`: the whole venue live. Every actor its own OS process over a
 * real nats-server (protobuf bytes on the wire, JetStream durable logs), composed of:
 * - the broker (live/broker.ts): its own nats-server with per-run users;
 * - the supervisor (live/supervisor.ts): one process per actor, restarted with backoff;
 * - the nemesis (live/nemesis.ts): the fault schedule on wall time;
 * - the observer (live/live-observer.ts): an execution replica in this process feeding the run
 *   observer of packages/sim — the simulator's verdicts, with the registry's bounds — and
 *   writing the event log;
 * - the status line (live/status-line.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { anyFailed, failed, notEvaluated, scenarioActorSpecs, scenarioToJson, type VenueRunSummary, type Verdicts } from '@faultline/sim';
import { liveRefusal, type FaultSchedule } from '@faultline/runtime';
import { wallClockUs } from '@faultline/runtime/nats';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { loadFaultSchedule } from '../load-json.ts';
import { loadScenarioInput } from '../scenario-input.ts';
import { formatVenueSummary, type VenueSummaryInput } from '../venue-summary.ts';
import { startRunBroker } from '../live/broker.ts';
import { startClusterBroker, type ReplicaReport } from '../live/broker-cluster.ts';
import { LiveObserver } from '../live/live-observer.ts';
import { Nemesis } from '../live/nemesis.ts';
import { startupMilestones } from '../live/startup-milestones.ts';
import { StatusLine } from '../live/status-line.ts';
import { Supervisor, serviceExits, type Service } from '../live/supervisor.ts';
import { observerAccess } from '../live/observer-access.ts';
import { judgeServicesCameUp, type ServicesCameUp } from '../live/services-came-up.ts';
import { CLIENTS_AT_LATEST_MS, isVenueClient } from '../live/staged-start.ts';

export interface UpScenarioOptions {
  scenario: string;
  seed: number;
  durationUs: number;
  policy?: string;
  nemesis?: string;
  server?: string;
  /** Start an n-node nats-server cluster (live/broker-cluster.ts) instead of one server. */
  cluster?: number;
  out?: string;
  json?: boolean;
  /** A read-only broker user for the run, its credentials in the run directory (live/observer-access.ts). */
  observer?: boolean;
  keepCredentials?: boolean;
  /**
   * The fault schedule's clock starts when the observer has executed this height (default: at
   * the run's start). A live run's start-up takes from ~2 s to tens of seconds on a busy machine:
   * from a height on, the faults hit a running chain whatever the machine.
   */
  faultsAfterHeight?: number;
}

export async function runUpScenario(options: UpScenarioOptions): Promise<number> {
  const scenario = loadScenarioInput({ scenario: options.scenario, ...(options.policy ? { policy: options.policy } : {}) });
  const schedule: FaultSchedule = options.nemesis ? loadFaultSchedule(options.nemesis) : scenario.faults;
  const refused = liveRefusal(schedule, options.nemesis ? '$' : '$.faults');
  if (refused) throw new CliError('EFAULTS', 'a fault the live nemesis cannot carry out', `${options.nemesis ?? `scenario ${scenario.name}`}: ${refused.message}`);
  const { venue, specs } = scenarioActorSpecs(scenario, options.seed);
  const runId = `up-${scenario.name}-${options.seed}-${process.pid}`;
  const runDir = resolve(options.out ?? join('runs', runId));
  mkdirSync(join(runDir, 'specs'), { recursive: true });
  mkdirSync(join(runDir, 'logs'), { recursive: true });

  if (options.observer && options.server) throw new CliError('EUSAGE', '--observer needs the run\'s own broker', 'with --server the broker\'s users are not this run\'s to make; drop one of them');
  const observerUser = options.observer ? observerAccess(runId, runDir, { keepCredentials: options.keepCredentials ?? false }) : undefined;
  const extraUsers = observerUser ? { extraUsers: [observerUser.user] } : {};
  const broker = options.cluster !== undefined ? await startClusterBroker({ size: options.cluster, runId, specs, logDir: join(runDir, 'logs'), ...extraUsers }) : await startRunBroker({ runId, specs, server: options.server, ...extraUsers });
  for (const line of observerUser?.publish(broker.url) ?? []) process.stderr.write(`[faultline up] ${line}\n`);
  const epochUs = wallClockUs();
  const nowUs = (): number => wallClockUs() - epochUs;
  const hedgerSpec = specs.find((s) => s.kind === 'hedger');
  const externalSpec = specs.find((s) => s.kind === 'external-venue');
  let observer: LiveObserver | undefined;
  let nemesis: Nemesis | undefined;
  let faultsStarted = false;
  /** The schedule's clock starts now: the nemesis's timers, and the observer's recovery bounds with it. */
  const startFaults = (): void => {
    if (faultsStarted || !nemesis) return;
    faultsStarted = true;
    if (options.faultsAfterHeight) {
      observer?.run.startFaultClock(nowUs());
      if (!options.json) process.stderr.write(`[faultline up] height ${options.faultsAfterHeight} reached at ${(nowUs() / 1e6).toFixed(1)} s: the fault schedule starts\n`);
      nemesis.start();
    } else {
      // The schedule's clock is the run's (epochUs), which started before the broker and the observer were up.
      nemesis.start(nowUs());
    }
  };
  const supervisor = new Supervisor({
    specs,
    runDir,
    url: broker.url,
    urlFor: (index) => broker.urlFor(index),
    runId,
    seed: options.seed,
    epochUs,
    credentialsEnv: (id) => broker.credentialsEnv(id),
    onFirstBrokerRefusal: (detail) => observer?.finding({ invariant: 'broker-permissions', timeUs: nowUs(), detail: `refused by the broker: ${detail}` }),
  });
  let status: StatusLine | undefined;
  const milestones = startupMilestones();
  observer = await LiveObserver.start({
    url: broker.url,
    runId,
    seed: options.seed,
    epochUs,
    nowUs,
    orchestrator: broker.orchestrator,
    venue,
    validatorIds: scenario.topology.validators,
    logPath: join(runDir, 'events.fllog'),
    header: { runId, scenario: scenario.name, seed: options.seed, createdBy: 'live', scenarioJson: JSON.stringify(scenarioToJson(scenario)), policy: scenario.policy.name },
    observer: {
      world: 'live',
      venue,
      faults: schedule.faults,
      replicaIds: specs.filter((s) => s.kind === 'execution').map((s) => s.id),
      ...(hedgerSpec && externalSpec && scenario.topology.hedger.enabled ? { hedger: { id: hedgerSpec.id, externalVenueId: externalSpec.id, deltaLimitLots: scenario.topology.hedger.deltaLimitLots } } : {}),
    },
    hedgerMarketId: scenario.markets[0]?.marketId ?? 1,
    onViolation: (v) => {
      if (!options.json) process.stderr.write(`\n[faultline up] VIOLATION ${v.invariant}${v.height !== undefined ? ` at height ${v.height}` : ''}: ${v.detail}\n`);
    },
    onBlock: (height, events) => {
      milestones.onBlock(height, events);
      if (!faultsStarted && height >= (options.faultsAfterHeight ?? 0)) startFaults();
      supervisor.startDeferred();
      status?.addFills(events.filter((e) => e.kind === 'fill').length);
    },
  });
  nemesis = new Nemesis({
    schedule,
    supervisor,
    server: broker.server,
    cluster: broker.cluster,
    url: broker.url,
    record: (body) => observer?.record(body),
    publishFault: (fault) => observer?.publishFault(fault),
    ...(options.json ? {} : { say: (line: string) => process.stderr.write(`[faultline up] nemesis: ${line}\n`) }),
  });
  supervisor.startAll({ later: isVenueClient });
  const clientsAtLatest = setTimeout(() => supervisor.startDeferred(), CLIENTS_AT_LATEST_MS);
  if (!options.faultsAfterHeight) startFaults();

  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const startedMs = Date.now();
  status = new StatusLine(observer.run, supervisor, options.durationUs, startedMs, nowUs, options.json ?? false);
  let endUs: number;
  let brokerReplicas: ReplicaReport | undefined;
  try {
    while (Date.now() - startedMs < options.durationUs / 1000 && !interrupted) {
      await new Promise((done) => setTimeout(done, 500));
      status.print();
    }
    status.end();
  } finally {
    endUs = nowUs();
    clearTimeout(clientsAtLatest);
    nemesis?.stop();
    await supervisor.stopAll();
    await observer.stop();
    // Asked before the servers stop: a node still down or cut off is healed first, and its replica must catch up.
    if (broker.cluster) brokerReplicas = await (nemesis?.healCluster() ?? Promise.resolve()).then(() => broker.cluster?.replicas(runId, broker.orchestrator as { user: string; pass: string }));
    await broker.stop();
    if (observerUser) process.stderr.write(`[faultline up] ${observerUser.finish()}\n`);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  // The services were judged up or down at the end of the run, before the clean stop.
  // The first refusal failed broker-permissions when it came (onFirstBrokerRefusal); the count is in the summary.
  const { brokerRefusals } = supervisor;
  const judged = observer.run.finish(endUs, {
    isUp: (id) => !supervisor.services.get(id)?.held,
    notEvaluated: {
      // A service may exit by design (a log append lost in a broker restart) and is restarted: its exits are in `processes`.
      'run-completes': 'live services that exit are restarted by the supervisor (their exits: processes in the summary)',
      ...(broker.server || broker.cluster ? {} : { 'broker-permissions': `the broker at ${broker.url} was not started by this run (its permissions are its own)` }),
    },
  });
  if (judged.figures.height === 0) judgedNothing(judged.verdicts, (Date.now() - startedMs) / 1000, supervisor.services.values());
  else {
    const brokerFaults = (nemesis?.brokerRestarts ?? 0) + (nemesis?.brokerKills ?? 0) + (nemesis?.brokerPartitions ?? 0) > 0;
    judgeServices(judged.verdicts, judgeServicesCameUp([...supervisor.services.values()].map((s) => ({ id: s.spec.id, held: s.held, incarnations: s.incarnations })), { brokerFaults }), endUs);
  }
  const hedgerReport = [...supervisor.services.values()].find((s) => s.spec.kind === 'hedger')?.report as { state?: { metrics?: VenueRunSummary['hedger'] } } | undefined;
  // No traceHash and no simulated-network stats: a live run has neither (formatVenueSummary says why).
  const summary: VenueSummaryInput & { runDir: string; processes: Record<string, { restarts: number; exits: Array<number | null>; started: number }>; brokerRestarts: number; brokerRefusals: number; cluster?: { nodes: number; brokerKills: number; brokerPartitions: number; replicas: ReplicaReport } } = {
    ...judged.figures,
    scenario: scenario.name,
    policy: scenario.policy.name,
    seed: options.seed,
    durationUs: endUs,
    insuranceFundSeed: venue.insuranceFundSeed,
    badDebtUncovered: observer.badDebtTotal,
    hedger: hedgerReport?.state?.metrics ?? null,
    ...(judged.hedgerTrueMaxAbsDeltaLots !== undefined ? { hedgerTrueMaxAbsDeltaLots: judged.hedgerTrueMaxAbsDeltaLots } : {}),
    verdicts: judged.verdicts,
    bounds: judged.bounds,
    violations: judged.violations.slice(0, 20),
    finalStateHash: observer.run.finalStateHash,
    replicaHeights: judged.replicaHeights,
    runDir,
    brokerRestarts: nemesis?.brokerRestarts ?? 0,
    brokerRefusals: brokerRefusals.count,
    ...(broker.cluster ? { cluster: { nodes: broker.cluster.nodes.length, brokerKills: nemesis?.brokerKills ?? 0, brokerPartitions: nemesis?.brokerPartitions ?? 0, replicas: brokerReplicas ?? { agree: false, detail: 'not asked (the run was interrupted before)' } } } : {}),
    processes: Object.fromEntries([...supervisor.services.values()].map((s) => [s.spec.id, { restarts: s.restarts, exits: serviceExits(s), started: s.incarnations.filter((r) => r.started).length }])),
  };
  writeFileSync(join(runDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, eventLog: join(runDir, 'events.fllog') })}\n`);
  else {
    process.stdout.write(`${formatVenueSummary(summary, 'live')}\n`);
    if (summary.cluster) process.stdout.write(`broker cluster: ${summary.cluster.nodes} nodes, ${summary.cluster.brokerKills} node kills, ${summary.cluster.brokerPartitions} route partitions; run stream replicas ${summary.cluster.replicas.agree ? 'agree' : 'DISAGREE'} (${summary.cluster.replicas.detail})\n`);
    process.stdout.write(`run directory: ${runDir} (events.fllog, summary.json, logs/, specs/)\n`);
  }
  // Replicas of the run's stream that disagree are a failed run, as a failed invariant is.
  return anyFailed(judged.verdicts) || (summary.cluster && !summary.cluster.replicas.agree) ? EXIT_VIOLATIONS : EXIT_OK;
}

/**
 * A live run that committed no block judged nothing: every monitor that reads blocks "passed" an empty
 * chain. Such a run fails run-completes (its services' error exits named), and what passed on nothing is
 * not evaluated. broker-permissions judges the broker's refusals, not blocks: it stands.
 */
function judgedNothing(verdicts: Verdicts, wallS: number, services: Iterable<Pick<Service, 'spec' | 'incarnations'>>): void {
  const failedExits = [...services].flatMap((s) => {
    const errors = serviceExits(s).filter((code): code is number => code !== null && code > 0);
    return errors.length > 0 ? [`${s.spec.id} exited ${errors.join(', ')}`] : [];
  });
  const why = 'the run committed no block: there was nothing for it to judge';
  for (const [name, verdict] of Object.entries(verdicts)) if (verdict.status === 'passed' && name !== 'broker-permissions') verdicts[name] = notEvaluated(name, why);
  const exits = failedExits.length > 0 ? `; services that exited with an error (their logs say why): ${failedExits.join('; ')}` : '';
  verdicts['run-completes'] = failed('run-completes', { timeUs: 0, detail: `no block was committed in ${wallS.toFixed(1)} s${exits}` });
}

/**
 * A live run whose chain grew, judged on its services (live/services-came-up.ts): one that never
 * started or did not come back fails run-completes; otherwise run-completes stays not evaluated
 * (services that exit after starting are restarted by design) and its reason says what is known.
 */
function judgeServices(verdicts: Verdicts, cameUp: ServicesCameUp, endUs: number): void {
  if (cameUp.failures.length > 0) {
    verdicts['run-completes'] = failed('run-completes', { timeUs: endUs, detail: cameUp.failures.join('; ') }, cameUp.failures.length);
    return;
  }
  const current = verdicts['run-completes'];
  if (current?.status !== 'not-evaluated') return;
  const notes = [
    ...(cameUp.stillStarting.length > 0 ? [`not started when the run stopped (still loading, or spawned late): ${cameUp.stillStarting.join(', ')}`] : []),
    ...(cameUp.unjudged.length > 0 ? [`not judged, the run had broker faults: ${cameUp.unjudged.join('; ')}`] : []),
  ];
  verdicts['run-completes'] = notEvaluated('run-completes', notes.length > 0 ? `${current.why}; ${notes.join('; ')}` : `${current.why}; every service came up`);
}
