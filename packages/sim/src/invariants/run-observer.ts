/**
 * The run observer: one module that turns a run's event stream into verdicts, for the simulator
 * (`faultline sim`, `check`, `compare`) and live runs (`faultline up`) alike, with the registry's
 * bounds. It is fed:
 * - `executed`: each height as the run's primary execution replica applied it (the venue state
 *   and the block's events: venue checks, figures, block times, market states);
 * - `published`: what actors publish (committed blocks, every replica's executed blocks, the
 *   external venue's hedge fills, votes): consensus agreement, replica agreement and heights, the
 *   hedger's true exposure, equivocation;
 * - `finding`: a violation found outside the stream (e.g. the broker's refusals, live);
 * and at the end `finish` gives one verdict per registered invariant: passed, failed (first
 * height, evidence) or not-evaluated (why). Every world lists the same invariants with the same
 * bounds; an invariant a world cannot judge is `not-evaluated` with the reason.
 */
import { hex } from '@faultline/consensus';
import { pb } from '@faultline/protocol';
import type { FaultEvent } from '@faultline/runtime';
import { MARKET_ACTIVE, REFEREE_INVARIANTS, VenueMonitor, blockTxFromBytes, type VenueConfig, type VenueEvent, type VenueState } from '@faultline/venue';
import { VenueFiguresCollector, type VenueFigures } from '../venue/collector.ts';
import { CertificatesValidMonitor } from './certificates-valid.ts';
import { ChainIntegrityMonitor } from './chain-integrity.ts';
import { ConsensusAgreementMonitor } from './consensus-agreement.ts';
import { lastFaultEndUs, realFaults } from './fault-end.ts';
import { HedgerExposureMonitor } from './hedger-exposure.ts';
import { VIOLATIONS_KEPT_MAX, type BaseMonitor, type PublishedMessage, type Violation } from './monitor.ts';
import { REGISTRY, resolveBounds, type BoundName, type InvariantWorld } from './registry.ts';
import { ReplicaHashMonitor } from './replica-hashes.ts';
import { ValidatorsCatchUpMonitor } from './validators-catch-up.ts';
import { ValidityMonitor } from './validity.ts';
import { VerdictBook, type Verdicts } from './verdict.ts';

export interface RunObserverSetup {
  world: Extract<InvariantWorld, 'sim' | 'live'>;
  venue: VenueConfig;
  /** The fault schedule the run carries out (recovery bounds count from its last fault's end). */
  faults: readonly FaultEvent[];
  /** The run's execution replicas (catch-up is judged for each). */
  replicaIds: readonly string[];
  /** The run's validators (validators-catch-up is judged for each honest one; default: those seen committing). */
  validatorIds?: readonly string[];
  /** Validators whose votes are not judged (planted Byzantine ones). */
  byzantine?: readonly string[];
  /** The validator set's public keys: certificates-valid is judged with them (absent: not evaluated). */
  validatorKeys?: ReadonlyArray<{ id: string; publicKeyRaw: Uint8Array }>;
  hedger?: { id: string; externalVenueId: string; deltaLimitLots: number };
  /** Figures: a block gap longer than this starts the after-gap window (default: the policy's gap halt threshold). */
  afterGapWindowUs?: number;
}

export interface RunVerdicts {
  verdicts: Verdicts;
  bounds: Record<BoundName, number>;
  /** The first violations, in the order found (at most VIOLATIONS_KEPT_MAX). */
  violations: Violation[];
  figures: VenueFigures;
  replicaHeights: Record<string, number>;
  /** The hedger's largest true |delta| (venue state + external fills), when there is a hedger. */
  hedgerTrueMaxAbsDeltaLots?: number;
  /** Why the solvency referee stopped judging (its invariants are then not-evaluated); absent when it judged every block. */
  refereeUnjudged?: string;
}

const s = (us: number): string => `${(us / 1e6).toFixed(1)} s`;

export class RunObserver {
  readonly bounds: Record<BoundName, number>;
  /** Height, time and hash of the last block the primary replica executed. */
  height = 0;
  lastBlockAtUs = 0;
  finalStateHash = '';
  marketsActive = true;
  private readonly book = new VerdictBook();
  private readonly violations: Violation[] = [];
  private readonly venueChecks = new VenueMonitor();
  private readonly collector: VenueFiguresCollector;
  private readonly agreement = new ConsensusAgreementMonitor();
  private readonly replicas = new ReplicaHashMonitor();
  private readonly chainIntegrity = new ChainIntegrityMonitor();
  private readonly certificates: CertificatesValidMonitor | undefined;
  /** Simulator runs: every published transaction is seen (a live observer sees only what it subscribes to). */
  private readonly validity: ValidityMonitor | undefined;
  private readonly validatorsCatchUp: ValidatorsCatchUpMonitor;
  private readonly exposure: HedgerExposureMonitor | undefined;
  private readonly byzantine: ReadonlySet<string>;
  private readonly votes = new Map<string, string>();
  private faultsEndUs: number;
  /** The schedule holds a real fault (blocks-resume-after-heal needs one: a run's start is not a heal). */
  private readonly anyFault: boolean;
  private firstBlockAfterFaultsUs: number | undefined;
  /** The monitors whose violations absorb() moves into the book (those this run has), and how many of each it moved. */
  private readonly absorbing: Array<{ monitor: BaseMonitor; moved: number }>;
  /** The primary replica's state as last executed (the venue checks' sums from scratch at the end). */
  private lastState: VenueState | undefined;

  constructor(private readonly setup: RunObserverSetup) {
    this.bounds = resolveBounds(setup.venue.policy);
    this.collector = new VenueFiguresCollector(setup.venue.insuranceFundSeed, {
      gapThresholdUs: setup.venue.policy.blockGapHalt.thresholdUs,
      afterGapWindowUs: setup.afterGapWindowUs ?? 60_000_000,
    });
    this.exposure = setup.hedger ? new HedgerExposureMonitor(setup.hedger.id, setup.hedger.externalVenueId, this.bounds['hedger-delta-factor'] * setup.hedger.deltaLimitLots) : undefined;
    this.byzantine = new Set(setup.byzantine ?? []);
    this.validity = setup.world === 'sim' ? new ValidityMonitor() : undefined;
    this.certificates = setup.validatorKeys ? new CertificatesValidMonitor(setup.validatorKeys) : undefined;
    this.faultsEndUs = lastFaultEndUs(setup.faults);
    this.anyFault = realFaults(setup.faults).length > 0;
    this.validatorsCatchUp = new ValidatorsCatchUpMonitor({
      ...(setup.validatorIds ? { validatorIds: setup.validatorIds } : {}),
      lastFaultEndUs: this.faultsEndUs,
      boundUs: this.bounds['liveness-after-heal'],
      honest: (id) => !this.byzantine.has(id),
    });
    // One list built here: absorb() runs after every publish (it built an array and asked a Map per monitor each time).
    this.absorbing = [this.agreement, this.replicas, this.chainIntegrity, this.certificates, this.exposure, this.validity].filter((m): m is NonNullable<typeof m> => m !== undefined).map((monitor) => ({ monitor, moved: 0 }));
  }

  /**
   * Live: the nemesis started the schedule at `atUs` (run time), e.g. once a height was reached,
   * so its times count from there: the recovery bounds count from the shifted last fault's end.
   */
  startFaultClock(atUs: number): void {
    this.faultsEndUs = lastFaultEndUs(this.setup.faults) + atUs;
    this.firstBlockAfterFaultsUs = undefined;
    this.validatorsCatchUp.setLastFaultEndUs(this.faultsEndUs);
  }

  /** One height as the run's primary replica executed it (`txs`: the committed block's, for what execution does not report: consensus evidence). */
  executed(replicaId: string, height: number, state: VenueState, events: readonly VenueEvent[], stateHashHex: string, timeUs: number, txs: readonly Uint8Array[] = []): void {
    this.height = height;
    this.lastBlockAtUs = timeUs;
    this.finalStateHash = stateHashHex;
    this.lastState = state;
    if (timeUs > this.faultsEndUs && this.firstBlockAfterFaultsUs === undefined) this.firstBlockAfterFaultsUs = timeUs;
    // The referee reads the block's transactions (decoded here: the execution node decoded its own copy).
    const block = { timeUs: state.blockTimeUs, txs: txs.map(blockTxFromBytes) };
    for (const v of this.venueChecks.check(state, height, events, block)) this.finding({ ...v, timeUs });
    this.collector.addBlock(height, state.blockTimeUs, events, state.insuranceFund);
    this.collector.addCommittedTxs(height, txs);
    this.marketsActive = [...state.markets.values()].every((m) => m.state === MARKET_ACTIVE);
    this.replicas.observe({ timeUs, from: replicaId, subject: `exec.${replicaId}`, envelope: { blockExecuted: { height, replicaId, stateHash: Buffer.from(stateHashHex, 'hex') } } });
    this.absorb();
  }

  /** A message an actor published (any subject; what no check reads is ignored). */
  published(message: PublishedMessage): void {
    const envelope = message.envelope;
    if (envelope.committedBlock) {
      this.agreement.observe(message);
      if (!this.byzantine.has(message.from)) {
        this.chainIntegrity.observe(message);
        this.certificates?.observe(message);
        this.validatorsCatchUp.observe(message);
        this.validity?.observe(message);
      }
    } else if (envelope.tx) this.validity?.observe(message);
    if (envelope.blockExecuted) {
      this.replicas.observe(message);
      this.chainIntegrity.observe(message);
      this.exposure?.observe(message);
    } else if (envelope.hedgeFill) this.exposure?.observe(message);
    else if (envelope.vote && !this.byzantine.has(message.from)) this.observeVote(message);
    this.absorb();
  }

  /** A violation found outside the event stream (the broker's refusals, …). */
  finding(violation: Violation): void {
    this.book.record(violation);
    if (this.violations.length < VIOLATIONS_KEPT_MAX) this.violations.push(violation);
  }

  /** The violations found so far, in order (a live run prints each as it comes). */
  violationsSoFar(): readonly Violation[] {
    return this.violations;
  }

  /** The figures so far (the status line of a live run). */
  figuresSoFar(): Readonly<VenueFigures> {
    return this.collector.current();
  }

  /** The true delta of the hedger in a market (venue position + external fills), live snapshots. */
  hedgerExposure(): HedgerExposureMonitor | undefined {
    return this.exposure;
  }

  /**
   * The verdicts at the end of the run. `isUp` says whether a replica is running now (a replica
   * held down by the schedule is not expected to catch up); `notEvaluated` adds reasons a world
   * knows (e.g. the simulator has no broker).
   */
  finish(endUs: number, options: { isUp?: (replicaId: string) => boolean; notEvaluated?: Record<string, string> } = {}): RunVerdicts {
    this.absorb();
    const { bounds, book } = this;
    const tailUs = endUs - this.faultsEndUs;
    const tooSoon = (bound: BoundName): string | undefined => {
      if (this.faultsEndUs === Infinity) return 'a fault of the schedule never ends';
      if (tailUs < bounds[bound]) return `the run ended ${s(Math.max(0, tailUs))} after the last fault, ${bound} is ${s(bounds[bound])}`;
      return undefined;
    };
    // blocks-resume-after-heal: a block within the bound after the last fault ended. Without a
    // fault nothing healed: the time to a run's first block is start-up (a live run's processes
    // on a busy machine), not recovery, in both worlds.
    const liveness = tooSoon('liveness-after-heal');
    if (!this.anyFault) book.notEvaluated('blocks-resume-after-heal', 'no fault in the schedule: nothing healed (a run’s start is not a heal)');
    else if (liveness) book.notEvaluated('blocks-resume-after-heal', liveness);
    else if (this.firstBlockAfterFaultsUs === undefined || this.firstBlockAfterFaultsUs - this.faultsEndUs > bounds['liveness-after-heal']) {
      this.finding({
        invariant: 'blocks-resume-after-heal',
        timeUs: endUs,
        height: this.height,
        detail: this.firstBlockAfterFaultsUs === undefined ? `no block in the ${s(tailUs)} after the last fault ended (at ${s(this.faultsEndUs)})` : `the first block after the last fault came ${s(this.firstBlockAfterFaultsUs - this.faultsEndUs)} after it`,
      });
    }
    // replicas-catch-up: every running replica within replica-lag heights of the highest.
    const replicaHeights: Record<string, number> = {};
    for (const id of this.setup.replicaIds) replicaHeights[id] = this.replicas.heights.get(id) ?? 0;
    const top = Math.max(this.height, ...Object.values(replicaHeights));
    if (liveness) book.notEvaluated('replicas-catch-up', liveness);
    else {
      const behind = Object.entries(replicaHeights).filter(([id, h]) => (options.isUp?.(id) ?? true) && top - h > bounds['replica-lag']);
      if (behind.length > 0) this.finding({ invariant: 'replicas-catch-up', timeUs: endUs, height: top, detail: `${behind.map(([id, h]) => `${id} at ${h}`).join(', ')}; the highest at ${top}, replica-lag ${bounds['replica-lag']}` });
    }
    // trading-reopens: every market trading at the end — active in the last block, and that block
    // recent (a venue whose last block is older than its gap-halt threshold halts at the next one).
    const reopen = tooSoon('reopen-after-heal');
    const gapUs = this.setup.venue.policy.blockGapHalt.thresholdUs;
    if (reopen) book.notEvaluated('trading-reopens', reopen);
    else if (!this.marketsActive) this.finding({ invariant: 'trading-reopens', timeUs: endUs, height: this.height, detail: `a market is not trading ${s(tailUs)} after the last fault ended (reopen-after-heal ${s(bounds['reopen-after-heal'])})` });
    else if (endUs - this.lastBlockAtUs > gapUs) this.finding({ invariant: 'trading-reopens', timeUs: endUs, height: this.height, detail: `no block for the last ${s(endUs - this.lastBlockAtUs)} (gap halt at ${s(gapUs)}): nothing trades ${s(tailUs)} after the last fault ended` });
    // The hedger: true exposure, and back inside its limit at the end.
    if (!this.exposure || !this.setup.hedger) {
      book.notEvaluated('hedger-delta-bounded', 'no hedger in this run');
      book.notEvaluated('hedger-delta-in-limit', 'no hedger in this run');
    } else {
      const rehedge = tooSoon('hedger-rehedge-after-heal');
      if (rehedge) book.notEvaluated('hedger-delta-in-limit', rehedge);
      else {
        const limit = this.setup.hedger.deltaLimitLots;
        const markets = this.setup.venue.markets.map((m) => ({ marketId: m.marketId, delta: (this.exposure as HedgerExposureMonitor).deltaLots(m.marketId) }));
        const outside = markets.filter((m) => Math.abs(m.delta) > limit);
        if (outside.length > 0) this.finding({ invariant: 'hedger-delta-in-limit', timeUs: endUs, detail: `${this.setup.hedger.id} true delta ${outside.map((m) => `${m.delta} lots in market ${m.marketId}`).join(', ')} at the end, limit ${limit}` });
      }
    }
    // conservation and open interest, summed over every account (per height: over the accounts each block named).
    if (this.lastState) for (const v of this.venueChecks.finish(this.lastState)) this.finding({ ...v, timeUs: endUs });
    // chain-integrity: held checks of heights committed late; validators-catch-up: every honest validator running at the end.
    this.chainIntegrity.finish();
    if (liveness) book.notEvaluated('validators-catch-up', liveness);
    else {
      this.validatorsCatchUp.finish(endUs, options.isUp);
      for (const v of this.validatorsCatchUp.violations()) this.finding(v);
    }
    this.absorb();
    const unjudged = this.venueChecks.refereeUnjudged;
    if (unjudged !== undefined && this.height > 0) for (const name of REFEREE_INVARIANTS) book.notEvaluated(name, unjudged);
    if (!this.certificates) book.notEvaluated('certificates-valid', 'the observer was not given the validator set’s keys (faultline replay judges the log’s blocks)');
    if (!this.validity) book.notEvaluated('validity', 'judged where every published transaction is seen: simulator runs (faultline sim, check; validator-only runs too)');
    for (const entry of REGISTRY) if (entry.kind === 'replay-only') book.notEvaluated(entry.name, 'judged by faultline replay of the run’s log');
    for (const [name, why] of Object.entries(options.notEvaluated ?? {})) book.notEvaluated(name, why);
    const names = [...REGISTRY.map((e) => e.name), ...this.violations.map((v) => v.invariant).filter((n) => !REGISTRY.some((e) => e.name === n))];
    return {
      verdicts: book.verdicts([...new Set(names)]),
      bounds,
      violations: this.violations.slice(),
      figures: this.collector.finish(endUs),
      replicaHeights,
      ...(this.exposure ? { hedgerTrueMaxAbsDeltaLots: this.exposure.maxAbsDeltaLots } : {}),
      ...(unjudged !== undefined && this.height > 0 ? { refereeUnjudged: unjudged } : {}),
    };
  }

  /** Moves the monitors' new violations into the verdict book. */
  private absorb(): void {
    for (const entry of this.absorbing) {
      const found = entry.monitor.violations();
      for (let i = entry.moved; i < found.length; i++) this.finding(found[i] as Violation);
      entry.moved = found.length;
    }
  }

  private observeVote(message: PublishedMessage): void {
    const vote = message.envelope.vote;
    if (!vote || vote.validatorId !== message.from) return;
    const key = `${vote.validatorId}/${vote.height}/${vote.round}/${vote.type}`;
    const hashHex = hex(vote.blockHash ?? new Uint8Array(0));
    const previous = this.votes.get(key);
    if (previous === undefined) this.votes.set(key, hashHex);
    else if (previous !== hashHex) {
      this.finding({
        invariant: 'no-equivocation',
        timeUs: message.timeUs,
        height: Number(vote.height),
        detail: `${vote.validatorId} signed two different ${vote.type === pb.VoteType.VOTE_TYPE_PREVOTE ? 'prevotes' : 'precommits'} at ${vote.height}/${vote.round}`,
        involved: [vote.validatorId ?? ''],
      });
    }
  }
}
