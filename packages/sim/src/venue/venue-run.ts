/**
 * One whole-venue run in the simulator: validators, execution replicas and the market actors
 * (oracles, traders, liquidator, hedger, external venue) under a fault schedule, in virtual
 * time. It checks every invariant as the run goes, writes the event log, and returns the
 * summary `faultline sim` prints. Deterministic: same setup and seed, same trace hash.
 */
import { ACTOR_VARIANT_KINDS, createExecutionNode, createValidator, type ActorVariant, type ExecutionVariant, type ExecutionActor, type HedgerMetrics } from '@faultline/actors';
import { headerFacts, type ByzantineBehaviour, type ConsensusVariant, type TimeoutConfig } from '@faultline/consensus';
import { deriveKeyPair, encodeLogHeader, encodeLogRecord, type faultline } from '@faultline/protocol';
import { faultToCommand, type ActorFactory, type FaultSchedule } from '@faultline/runtime';
import { Simulation, simSigning, type SimSigning, type SimStats, type SimVariant } from '@faultline/runtime/sim';
import { venueEventToWire, type VenueConfig, type VenueVariant } from '@faultline/venue';
import type { Violation } from '../invariants/monitor.ts';
import type { BoundName } from '../invariants/registry.ts';
import { RunObserver } from '../invariants/run-observer.ts';
import type { Verdicts } from '../invariants/verdict.ts';
import type { VenueFigures } from './collector.ts';

/** What a run reports of the hedger: its own metrics (actors/hedger), the fields the summary shows. */
export type HedgerFigures = Pick<
  HedgerMetrics,
  'state' | 'venuePositionLots' | 'externalPositionLots' | 'deltaLots' | 'maxAbsDeltaLots' | 'venuePnl' | 'externalPnl' | 'basisPnl' | 'timeOutsideDeltaLimitUs' | 'hedgeTimeouts'
>;

export interface VenueRunSetup {
  scenario: string;
  /** The scenario as loaded (JSON), kept in the log header so a log replays on its own. */
  scenarioJson: string;
  policyName: string;
  seed: number;
  durationUs: number;
  venue: VenueConfig;
  validatorIds: readonly string[];
  executionIds: readonly string[];
  timeouts: TimeoutConfig;
  /** Validators that misbehave (equivocate, withhold, …): at most f for safety to hold. */
  byzantine?: Partial<Record<string, ByzantineBehaviour>>;
  faults: FaultSchedule;
  /** Oracles, traders, liquidator, hedger, external venue: everything but validators and execution. */
  marketActors: ReadonlyArray<{ id: string; factory: ActorFactory }>;
  /** The hedger's figures, when there is one (read at the end and for log snapshots). */
  hedger?: { id: string; deltaLimitLots: number; metrics: () => HedgerFigures | undefined };
  /** The external venue's id (its price ticks are sampled into the log). */
  externalVenueId?: string;
  /** Testing seam: planted actor variants (@faultline/actors/testing); the execution nodes take theirs here. */
  actorVariants?: readonly ActorVariant[];
  /** Testing seam: a deliberately broken simulator (SIM_VARIANTS in @faultline/runtime/testing). */
  simVariant?: SimVariant;
  /** Testing seam: a deliberately broken venue engine in every execution replica (never hashed, never in the log header). */
  venueVariant?: VenueVariant;
  /** Testing seam: a planted consensus bug in every honest validator (never hashed, never in the log header). */
  consensusVariant?: ConsensusVariant;
}

export interface VenueRunProgress {
  timeUs: number;
  durationUs: number;
  height: number;
  events: number;
}

export interface VenueRunSummary extends VenueFigures {
  scenario: string;
  policy: string;
  seed: number;
  durationUs: number;
  insuranceFundSeed: number;
  badDebtUncovered: number;
  hedger: HedgerFigures | null;
  /** The hedger's largest true |delta| (venue state + external fills), what hedger-delta-bounded checks; simulator only. */
  hedgerTrueMaxAbsDeltaLots?: number;
  /** One verdict per registered invariant: passed, failed (first height, evidence) or not-evaluated (why). */
  verdicts: Verdicts;
  /** Present only when the solvency referee lost track of the engine (why): its invariants are then not-evaluated. */
  refereeUnjudged?: string;
  /** The named bounds the verdicts used (docs/invariants.md). */
  bounds: Record<BoundName, number>;
  /** The first violations found (at most 20). */
  violations: Violation[];
  traceHash: string;
  finalStateHash: string;
  replicaHeights: Record<string, number>;
  /** Blocks each replica re-executed from its own durable log when it last started (a crashed one rebuilt from them); simulator only. */
  replicaReplayedOnStart?: Record<string, number>;
  sim: SimStats;
}

export interface VenueRunOptions {
  onProgress?: (p: VenueRunProgress) => void;
  progressEveryUs?: number;
  logSink?: (bytes: Uint8Array) => void;
  /** Where votes and proposals are signed (SimulationOptions.signing; the traces are the same). Default: simSigning('main'): FAULTLINE_SIM_SIGNING=worker turns the signing thread on (session 26: slower per wall s even at load 1.5). */
  signing?: SimSigning;
}

export function runVenue(setup: VenueRunSetup, options: VenueRunOptions = {}): VenueRunSummary {
  const sim = new Simulation({ seed: setup.seed, runId: `${setup.scenario}-${setup.seed}`, signing: options.signing ?? simSigning('main'), ...(setup.simVariant ? { variant: setup.simVariant } : {}) });
  try {
    return runVenueIn(sim, setup, options);
  } finally {
    sim.close();
  }
}

function runVenueIn(sim: Simulation, setup: VenueRunSetup, options: VenueRunOptions): VenueRunSummary {
  const log = options.logSink;
  let seq = 0;
  const record = (timeUs: number, body: Omit<faultline.v1.ILogRecord, 'seq' | 'timeUs'>): void => {
    if (log) log(encodeLogRecord({ seq: ++seq, timeUs, ...body }));
  };
  log?.(encodeLogHeader({ runId: `${setup.scenario}-${setup.seed}`, scenario: setup.scenario, seed: setup.seed, createdBy: 'sim', scenarioJson: setup.scenarioJson, policy: setup.policyName }));

  const observer = new RunObserver({
    world: 'sim',
    venue: setup.venue,
    faults: setup.faults.faults,
    replicaIds: setup.executionIds,
    validatorIds: setup.validatorIds,
    byzantine: Object.keys(setup.byzantine ?? {}),
    validatorKeys: setup.validatorIds.map((id) => ({ id, publicKeyRaw: deriveKeyPair(setup.seed, id).publicKeyRaw })),
    ...(setup.hedger && setup.externalVenueId ? { hedger: { id: setup.hedger.id, externalVenueId: setup.externalVenueId, deltaLimitLots: setup.hedger.deltaLimitLots } } : {}),
  });
  /** The replica that executed each height first: it speaks for that height (checks, figures, the log). */
  const firstExecuted = new Set<number>();
  const replicas = new Map<string, ExecutionActor>();
  let events = 0;

  // Before any actor is added: an actor publishes as it starts (a trader's or the hedger's deposit
  // at t = 0), and validity counts a tx as submitted only if this listener saw it published.
  let lastExternalSampleUs = -Infinity;
  sim.observePublishes((message) => {
    observer.published(message);
    if (!log) return; // the records below are the log's alone: without one, nothing to build
    const envelope = message.envelope;
    if (envelope.committedBlock) {
      record(message.timeUs, { validator: validatorProgress(message.from, envelope.committedBlock) });
    } else if (envelope.externalPrice && message.timeUs - lastExternalSampleUs >= 1_000_000) {
      lastExternalSampleUs = message.timeUs;
      record(message.timeUs, { externalPrice: envelope.externalPrice });
    }
  });

  for (const id of setup.validatorIds) {
    const testOptions = setup.consensusVariant && !setup.byzantine?.[id] ? { variant: setup.consensusVariant } : {};
    sim.addActor(id, createValidator({ validatorIds: setup.validatorIds, keySeed: setup.seed, timeouts: setup.timeouts, ...(setup.byzantine ? { byzantine: setup.byzantine } : {}) }, testOptions));
  }
  const executionVariant = setup.actorVariants?.find((v): v is ExecutionVariant => ACTOR_VARIANT_KINDS[v] === 'execution');
  for (const id of setup.executionIds) {
    sim.addActor(id, (host) => {
      const actor = createExecutionNode({
        venue: setup.venue,
        validatorIds: setup.validatorIds,
        keySeed: setup.seed,
        onApplied: (replica, committed, result, state, replayed) => {
          if (replayed) return;
          const height = state.height;
          if (firstExecuted.has(height)) return; // the other replicas are judged by what they publish
          firstExecuted.add(height);
          const timeUs = sim.now();
          events += result.events.length;
          observer.executed(replica, height, state, result.events, Buffer.from(result.stateHash ?? []).toString('hex'), timeUs, committed.block?.txs ?? []);
          if (!log) return; // each event's wire form is the log's alone (a run without a log converted them for nothing)
          record(timeUs, { block: committed });
          for (const event of result.events) record(timeUs, { event: venueEventToWire(event) });
          record(timeUs, { stateHash: { height, hash: result.stateHash ?? new Uint8Array(0), replicaId: replica } });
        },
      }, { ...(executionVariant ? { variant: executionVariant } : {}), ...(setup.venueVariant ? { venueVariant: setup.venueVariant } : {}) })(host) as ExecutionActor;
      replicas.set(id, actor);
      return actor;
    });
  }
  for (const actor of setup.marketActors) sim.addActor(actor.id, actor.factory);

  sim.schedule(setup.faults);
  const pendingFaults = [...setup.faults.faults].map((fault, index) => ({ fault, index })).sort((a, b) => a.fault.atUs - b.fault.atUs);
  const slice = options.progressEveryUs ?? 1_000_000;
  try {
    while (sim.now() < setup.durationUs) {
      sim.runFor(Math.min(slice, setup.durationUs - sim.now()));
      while (pendingFaults.length > 0 && (pendingFaults[0]?.fault.atUs ?? Infinity) <= sim.now()) {
        const { fault, index } = pendingFaults.shift() as { fault: FaultSchedule['faults'][number]; index: number };
        record(fault.atUs, { fault: faultToCommand(fault, index + 1) });
      }
      const hedger = setup.hedger?.metrics();
      if (hedger && setup.hedger) {
        record(sim.now(), { hedger: { hedgerId: setup.hedger.id, state: hedger.state, venuePositionLots: hedger.venuePositionLots, externalPositionLots: hedger.externalPositionLots, deltaLots: hedger.deltaLots, venuePnl: hedger.venuePnl, externalPnl: hedger.externalPnl, basisPnl: hedger.basisPnl } });
      }
      options.onProgress?.({ timeUs: sim.now(), durationUs: setup.durationUs, height: observer.height, events });
    }
  } catch (error) {
    // An actor threw (a bug the run found, not a reason to lose the run): the run ends here and says why.
    observer.finding({ invariant: 'run-completes', timeUs: sim.now(), height: observer.height, detail: `the run stopped at ${(sim.now() / 1e6).toFixed(3)} s: ${(error as Error).message}` });
  }

  const hedger = setup.hedger?.metrics() ?? null;
  const judged = observer.finish(sim.now(), {
    isUp: (id) => sim.isUp(id),
    notEvaluated: { 'broker-permissions': 'the simulator has no broker (faultline up judges it)' },
  });
  const figures = judged.figures;
  const replicaReplayedOnStart = Object.fromEntries([...replicas].map(([id, actor]) => [id, actor.counters.replayedOnStart]));
  const primary = replicas.get(setup.executionIds[0] as string);
  return {
    ...figures,
    scenario: setup.scenario,
    policy: setup.policyName,
    seed: setup.seed,
    durationUs: setup.durationUs,
    insuranceFundSeed: setup.venue.insuranceFundSeed,
    badDebtUncovered: primary?.state.badDebtTotal ?? 0,
    hedger,
    ...(judged.hedgerTrueMaxAbsDeltaLots !== undefined ? { hedgerTrueMaxAbsDeltaLots: judged.hedgerTrueMaxAbsDeltaLots } : {}),
    verdicts: judged.verdicts,
    ...(judged.refereeUnjudged !== undefined ? { refereeUnjudged: judged.refereeUnjudged } : {}),
    bounds: judged.bounds,
    violations: judged.violations.slice(0, 20),
    traceHash: sim.traceHash(),
    finalStateHash: observer.finalStateHash,
    replicaHeights: judged.replicaHeights,
    replicaReplayedOnStart,
    sim: sim.stats(),
  };
}

/** The log's record of a validator's commit (sim and live logs alike): who, which height and round, the block's time. */
export function validatorProgress(validatorId: string, committed: faultline.v1.ICommittedBlock): faultline.v1.IValidatorProgress {
  const header = headerFacts(committed.block?.header ?? {});
  return { validatorId, height: header.height, round: header.round, blockTimeUs: header.timeUs };
}
