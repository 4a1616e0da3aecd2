/**
 * One whole-venue run in the simulator: validators, execution replicas and the market actors
 * (oracles, traders, liquidator, hedger, external venue) under a fault schedule, in virtual
 * time. It checks every invariant as the run goes, writes the event log, and returns the
 * summary `faultline sim` prints. Deterministic: same setup and seed, same trace hash.
 */
import { createExecutionNode, createValidator, type ExecutionActor, type HedgerMetrics } from '@faultline/actors';
import type { ByzantineBehaviour, TimeoutConfig } from '@faultline/consensus';
import { encodeLogHeader, encodeLogRecord, type faultline } from '@faultline/protocol';
import { faultToCommand, type ActorFactory, type FaultSchedule } from '@faultline/runtime';
import { Simulation, type SimStats } from '@faultline/runtime/sim';
import { MARKET_ACTIVE, VENUE_INVARIANTS, VenueMonitor, venueEventToWire, type VenueConfig, type VenueVariant } from '@faultline/venue';
import { ConsensusAgreementMonitor } from '../invariants/consensus-agreement.ts';
import { HEDGER_DELTA_BOUND_FACTOR, HedgerExposureMonitor } from '../invariants/hedger-exposure.ts';
import type { Violation } from '../invariants/monitor.ts';
import { VenueFiguresCollector, type VenueFigures } from './collector.ts';

/** What a run reports of the hedger: its own metrics (actors/hedger), the fields the summary shows. */
export type HedgerFigures = Pick<
  HedgerMetrics,
  'state' | 'venuePositionLots' | 'externalPositionLots' | 'deltaLots' | 'maxAbsDeltaLots' | 'venuePnl' | 'externalPnl' | 'basisPnl' | 'timeOutsideDeltaLimitUs'
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
  /** Deliberately broken execution nodes, for proving the campaign catches them. */
  executionPlantedBug?: 'skip-block-on-gap';
  /** Testing seam: a deliberately broken venue engine in every execution replica (never hashed, never in the log header). */
  venueVariant?: VenueVariant;
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
  oracleMaxStalenessUs: number;
  hedger: HedgerFigures | null;
  /** The hedger's largest true |delta| (venue state + external fills), what hedger-delta-bounded checks; simulator only. */
  hedgerTrueMaxAbsDeltaLots?: number;
  invariants: Record<string, boolean>;
  violations: Violation[];
  traceHash: string;
  finalStateHash: string;
  replicaHeights: Record<string, number>;
  sim: SimStats;
}

/** Recovery bounds (documented in docs/invariants.md): generous, so a failure is a real one. */
const LIVENESS_AFTER_HEAL_US = 30_000_000;

export function runVenue(setup: VenueRunSetup, options: { onProgress?: (p: VenueRunProgress) => void; progressEveryUs?: number; logSink?: (bytes: Uint8Array) => void } = {}): VenueRunSummary {
  const sim = new Simulation({ seed: setup.seed, runId: `${setup.scenario}-${setup.seed}` });
  const log = options.logSink;
  let seq = 0;
  const record = (timeUs: number, body: Omit<faultline.v1.ILogRecord, 'seq' | 'timeUs'>): void => {
    if (log) log(encodeLogRecord({ seq: ++seq, timeUs, ...body }));
  };
  log?.(encodeLogHeader({ runId: `${setup.scenario}-${setup.seed}`, scenario: setup.scenario, seed: setup.seed, createdBy: 'sim', scenarioJson: setup.scenarioJson, policy: setup.policyName }));

  const consensus = new ConsensusAgreementMonitor();
  const hedgerExposure = setup.hedger && setup.externalVenueId ? new HedgerExposureMonitor(setup.hedger.id, setup.externalVenueId, HEDGER_DELTA_BOUND_FACTOR * setup.hedger.deltaLimitLots) : undefined;
  const venueMonitor = new VenueMonitor();
  const violations: VenueRunSummary['violations'] = [];
  const collector = new VenueFiguresCollector(setup.venue.insuranceFundSeed, {
    gapThresholdUs: setup.venue.policy.blockGapHalt.thresholdUs,
    afterGapWindowUs: 60_000_000,
  });
  const hashes = new Map<number, { hash: string; replica: string }>();
  const replicas = new Map<string, ExecutionActor>();
  let replicaDisagreement = false;
  let events = 0;
  let lastHashHex = '';
  let lastBlockAtUs = 0;
  let finalMarketsActive = true;

  for (const id of setup.validatorIds) {
    sim.addActor(id, createValidator({ validatorIds: setup.validatorIds, keySeed: setup.seed, timeouts: setup.timeouts, ...(setup.byzantine ? { byzantine: setup.byzantine } : {}) }));
  }
  for (const id of setup.executionIds) {
    sim.addActor(id, (host) => {
      const actor = createExecutionNode({
        venue: setup.venue,
        validatorIds: setup.validatorIds,
        keySeed: setup.seed,
        ...(setup.executionPlantedBug ? { plantedBug: setup.executionPlantedBug } : {}),
        ...(setup.venueVariant ? { venueVariant: setup.venueVariant } : {}),
        onApplied: (replica, committed, result, state, replayed) => {
          if (replayed) return;
          const height = state.height;
          const hash = Buffer.from(result.stateHash ?? []).toString('hex');
          const first = hashes.get(height);
          if (first) {
            if (first.hash !== hash && !replicaDisagreement) {
              replicaDisagreement = true;
              violations.push({ invariant: 'replicas-agree', timeUs: sim.now(), height, detail: `${replica} hash ${hash.slice(0, 16)}… ≠ ${first.replica} ${first.hash.slice(0, 16)}…` });
            }
            return;
          }
          // The first replica to execute a height speaks for it: figures, monitors, the log.
          hashes.set(height, { hash, replica });
          lastHashHex = hash;
          lastBlockAtUs = sim.now();
          events += result.events.length;
          for (const v of venueMonitor.check(state, height, result.events)) if (violations.length < 100) violations.push({ ...v, timeUs: sim.now() });
          collector.addBlock(height, state.blockTimeUs, result.events, state.insuranceFund);
          finalMarketsActive = [...state.markets.values()].every((m) => m.state === MARKET_ACTIVE);
          const timeUs = sim.now();
          record(timeUs, { block: committed });
          for (const event of result.events) record(timeUs, { event: venueEventToWire(event) });
          record(timeUs, { stateHash: { height, hash: result.stateHash ?? new Uint8Array(0), replicaId: replica } });
        },
      })(host) as ExecutionActor;
      replicas.set(id, actor);
      return actor;
    });
  }
  for (const actor of setup.marketActors) sim.addActor(actor.id, actor.factory);

  let lastExternalSampleUs = -Infinity;
  sim.observePublishes((message) => {
    const envelope = message.envelope;
    if (envelope.blockExecuted || envelope.hedgeFill) hedgerExposure?.observe(message);
    if (envelope.committedBlock) {
      consensus.observe(message);
      const header = envelope.committedBlock.block?.header;
      record(message.timeUs, { validator: { validatorId: message.from, height: Number(header?.height ?? 0), round: header?.round ?? 0, blockTimeUs: Number(header?.timeUs ?? 0) } });
    } else if (envelope.externalPrice && message.timeUs - lastExternalSampleUs >= 1_000_000) {
      lastExternalSampleUs = message.timeUs;
      record(message.timeUs, { externalPrice: envelope.externalPrice });
    }
  });

  sim.schedule(setup.faults);
  const pendingFaults = [...setup.faults.faults].map((fault, index) => ({ fault, index })).sort((a, b) => a.fault.atUs - b.fault.atUs);
  const slice = options.progressEveryUs ?? 1_000_000;
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
    options.onProgress?.({ timeUs: sim.now(), durationUs: setup.durationUs, height: hashes.size, events });
  }

  const figures = collector.finish(setup.durationUs);
  const hedger = setup.hedger?.metrics() ?? null;
  const lastFaultEndUs = setup.faults.faults.reduce((end, f) => Math.max(end, f.atUs + ('durationUs' in f && typeof f.durationUs === 'number' ? f.durationUs : 0)), 0);
  const invariantResults: Record<string, boolean> = {};
  for (const name of VENUE_INVARIANTS) invariantResults[name] = !violations.some((v) => v.invariant === name);
  for (const v of consensus.violations()) if (violations.length < 100) violations.push(v);
  invariantResults['consensus-agreement'] = consensus.violations().length === 0;
  if (hedgerExposure) {
    for (const v of hedgerExposure.violations()) if (violations.length < 100) violations.push(v);
    invariantResults['hedger-delta-bounded'] = hedgerExposure.violations().length === 0;
  }
  invariantResults['replicas-agree'] = !replicaDisagreement;
  const replicaHeights: Record<string, number> = {};
  for (const [id, actor] of replicas) replicaHeights[id] = actor.height;
  const top = Math.max(0, ...Object.values(replicaHeights));
  const behind = [...replicas].filter(([id, actor]) => sim.isUp(id) && top - actor.height > 2);
  invariantResults['replicas-catch-up'] = behind.length === 0;
  if (behind.length > 0) violations.push({ invariant: 'replicas-catch-up', timeUs: sim.now(), detail: `${behind.map(([id, a]) => `${id} at ${a.height}`).join(', ')}; the others at ${top}` });
  const healedLongEnough = setup.durationUs - lastFaultEndUs > LIVENESS_AFTER_HEAL_US;
  invariantResults['blocks-resume-after-heal'] = !healedLongEnough || lastBlockAtUs > lastFaultEndUs;
  if (!invariantResults['blocks-resume-after-heal']) violations.push({ invariant: 'blocks-resume-after-heal', timeUs: sim.now(), detail: `no block in the ${(setup.durationUs - lastFaultEndUs) / 1e6} s after the last fault healed` });
  const reopenBoundUs = setup.venue.policy.resumeDelayUs + setup.venue.policy.reopeningAuction.durationUs + setup.venue.policy.priceBand.haltUs + LIVENESS_AFTER_HEAL_US;
  if (setup.durationUs - lastFaultEndUs > reopenBoundUs) {
    invariantResults['trading-reopens'] = finalMarketsActive;
    if (!finalMarketsActive) violations.push({ invariant: 'trading-reopens', timeUs: sim.now(), detail: 'a market is still halted long after the faults healed' });
  }
  if (hedger && setup.hedger && healedLongEnough) {
    invariantResults['hedger-delta-in-limit'] = Math.abs(hedger.deltaLots) <= setup.hedger.deltaLimitLots;
    if (!invariantResults['hedger-delta-in-limit']) violations.push({ invariant: 'hedger-delta-in-limit', timeUs: sim.now(), detail: `hedger delta ${hedger.deltaLots} lots at the end, limit ${setup.hedger.deltaLimitLots}` });
  }
  const primary = replicas.get(setup.executionIds[0] as string);
  return {
    ...figures,
    scenario: setup.scenario,
    policy: setup.policyName,
    seed: setup.seed,
    durationUs: setup.durationUs,
    insuranceFundSeed: setup.venue.insuranceFundSeed,
    badDebtUncovered: primary?.state.badDebtTotal ?? 0,
    oracleMaxStalenessUs: Math.max(0, ...figures.markets.map((m) => m.maxOracleStaleUs)),
    hedger,
    ...(hedgerExposure ? { hedgerTrueMaxAbsDeltaLots: hedgerExposure.maxAbsDeltaLots } : {}),
    invariants: invariantResults,
    violations: violations.slice(0, 20),
    traceHash: sim.traceHash(),
    finalStateHash: lastHashHex,
    replicaHeights,
    sim: sim.stats(),
  };
}
