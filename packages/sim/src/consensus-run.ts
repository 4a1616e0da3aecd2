/**
 * Validators alone in the simulator under a fault schedule, with a client submitting
 * transactions: the consensus layer's own safety and liveness, measured. Used by
 * `faultline sim --consensus`, the consensus property tests and the consensus benchmark.
 */
import { createValidator, ValidatorActor } from '@faultline/actors';
import { committedHeight, DYDX_TIMEOUTS, hex, txHash, type ByzantineBehaviour, type ConsensusLimits, type ConsensusVariant, type TimeoutConfig } from '@faultline/consensus';
import { deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import type { FaultSchedule, Host } from '@faultline/runtime';
import { Simulation, simSigning, type LatencyRange, type SimSigning } from '@faultline/runtime/sim';
import { CertificatesValidMonitor } from './invariants/certificates-valid.ts';
import { ChainIntegrityMonitor } from './invariants/chain-integrity.ts';
import { ConsensusAgreementMonitor } from './invariants/consensus-agreement.ts';
import { lastFaultEndUs } from './invariants/fault-end.ts';
import type { Violation } from './invariants/monitor.ts';
import { SignedVotes } from './invariants/signed-votes.ts';
import { ValidatorsCatchUpMonitor } from './invariants/validators-catch-up.ts';
import { VerdictBook, type Verdicts } from './invariants/verdict.ts';

/** The invariants a consensus run judges (registry names), in report order. */
export const CONSENSUS_RUN_INVARIANTS = ['consensus-agreement', 'validity', 'no-equivocation', 'chain-integrity', 'validators-catch-up', 'certificates-valid'] as const;

export interface ConsensusRunOptions {
  validators: number;
  seed: number;
  durationUs: number;
  faults?: FaultSchedule;
  byzantine?: Record<string, ByzantineBehaviour>;
  /** A planted consensus bug, for tests only (list: `@faultline/consensus/testing`). */
  variant?: ConsensusVariant;
  timeouts?: TimeoutConfig;
  limits?: Partial<ConsensusLimits>;
  latencyUs?: LatencyRange;
  /** How often validators announce status and re-send their messages (default 1 s). */
  statusIntervalUs?: number;
  /** A client submits one transaction this often (0: none). */
  txIntervalUs?: number;
  /** Transactions per submission (for throughput runs). */
  txsPerTick?: number;
  /** Extra actors (e.g. an attacker), started after the validators. */
  extraActors?: Array<{ id: string; factory: (host: Host) => { start(): void } }>;
  /** Called with the simulation before it runs (tests schedule adaptive faults here). */
  prepare?: (sim: Simulation, validators: Map<string, ValidatorActor>) => void;
  /** The validators publish a committed block ahead of their commit record, as live ones do (ValidatorConfig.commitBeforeRecord; tests of chain integrity across crashes). Default off. */
  commitBeforeRecord?: boolean;
  /** The validators publish a committed block flagged to leave with its commit record (ValidatorConfig.commitWithRecord, the live default); the simulator's host carries it out as without the flag. Default off. */
  commitWithRecord?: boolean;
  /** The next proposer builds its proposal this long before its commit wait ends, as a live validator can (ValidatorConfig.proposeAheadUs; tests only). Default off. */
  proposeAheadUs?: number;
  /** Where votes and proposals are signed (SimulationOptions.signing; the traces are the same). Default: simSigning('main'): FAULTLINE_SIM_SIGNING=worker turns the signing thread on (session 26: slower per wall s even at load 1.5). */
  signing?: SimSigning;
}

export interface ConsensusRunSummary {
  seed: number;
  validators: number;
  /** The highest height any honest validator committed. */
  height: number;
  /** Per validator: its committed height at the end. */
  heights: Record<string, number>;
  agreement: boolean;
  /** Every committed tx was submitted by the client, and none twice. */
  validity: boolean;
  /** No honest validator signed two different votes for one height/round/step. */
  noEquivocation: boolean;
  /** Every honest validator's chain holds each height once, in order, a prefix of the committed chain. */
  chainIntegrity: boolean;
  /** Passed, failed (first height, evidence) or not evaluated (why) per invariant of CONSENSUS_RUN_INVARIANTS. */
  verdicts: Verdicts;
  violations: Violation[];
  traceHash: string;
  /** The longest virtual interval without a new height being committed anywhere. */
  stalledUs: number;
  commitTimesUs: number[];
  txsSubmitted: number;
  txsCommitted: number;
  /** Committed transactions carrying equivocation evidence. */
  evidenceCommitted: number;
  commitLatencyUsP50: number;
  commitLatencyUsP99: number;
  roundsMax: number;
  rejectedMessages: number;
  simTimeUs: number;
}

export function validatorIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `validator-${index + 1}`);
}

export function runConsensus(options: ConsensusRunOptions): ConsensusRunSummary {
  const ids = validatorIds(options.validators);
  const sim = new Simulation({ seed: options.seed, runId: `consensus-${options.seed}`, signing: options.signing ?? simSigning('main'), ...(options.latencyUs ? { latencyUs: options.latencyUs } : {}) });
  try {
    return judgeConsensusRun(options, ids, sim);
  } finally {
    sim.close();
  }
}

function judgeConsensusRun(options: ConsensusRunOptions, ids: string[], sim: Simulation): ConsensusRunSummary {
  const actors = new Map<string, ValidatorActor>();
  const agreement = new ConsensusAgreementMonitor();
  const honest = (id: string) => !options.byzantine?.[id];
  const chainIntegrity = new ChainIntegrityMonitor();
  const certificates = new CertificatesValidMonitor(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(options.seed, id).publicKeyRaw })));
  const catchUp = new ValidatorsCatchUpMonitor({ validatorIds: ids, lastFaultEndUs: lastFaultEndUs(options.faults?.faults ?? []), honest });
  const violations: Violation[] = [];
  const signedVotes = new SignedVotes();
  const commitTimesUs: number[] = [];
  sim.observePublishes((message) => {
    if (!honest(message.from)) return;
    const envelope = message.envelope;
    if (envelope.committedBlock) {
      agreement.observe(message);
      chainIntegrity.observe(message);
      certificates.observe(message);
      catchUp.observe(message);
      const height = committedHeight(envelope.committedBlock);
      if (height > commitTimesUs.length) commitTimesUs.push(message.timeUs);
    }
    const vote = envelope.vote;
    // Only an honest validator's own votes: honest validators also relay votes others sent them alone.
    if (vote && vote.validatorId === message.from) {
      if (!signedVotes.firstOrSame(vote) && violations.length < 100) {
        violations.push({ invariant: 'no-equivocation', timeUs: message.timeUs, height: Number(vote.height), detail: `${vote.validatorId} signed two different ${vote.type === pb.VoteType.VOTE_TYPE_PREVOTE ? 'prevotes' : 'precommits'} at ${vote.height}/${vote.round}`, involved: [vote.validatorId ?? ''] });
      }
    }
  });
  const config = {
    validatorIds: ids,
    keySeed: options.seed,
    timeouts: options.timeouts ?? DYDX_TIMEOUTS,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.byzantine ? { byzantine: options.byzantine } : {}),
    ...(options.statusIntervalUs ? { statusIntervalUs: options.statusIntervalUs } : {}),
    ...(options.commitBeforeRecord === true ? { commitBeforeRecord: true } : {}),
    ...(options.commitWithRecord === true ? { commitWithRecord: true } : {}),
    ...(options.proposeAheadUs !== undefined ? { proposeAheadUs: options.proposeAheadUs } : {}),
  };
  for (const id of ids) {
    sim.addActor(id, (host) => {
      const actor = createValidator(config, options.variant ? { variant: options.variant } : {})(host) as ValidatorActor;
      actors.set(id, actor);
      return actor;
    });
  }
  const submitted = new Map<string, number>();
  const txInterval = options.txIntervalUs ?? 100_000;
  if (txInterval > 0) {
    sim.addActor('client-1', (host) => {
      let nonce = 0;
      return {
        start() {
          const tick = () => {
            for (let i = 0; i < (options.txsPerTick ?? 1); i++) {
              const tx: faultline.v1.ITransaction = { clientId: 'client-1', nonce: ++nonce, submittedAtUs: host.now(), deposit: { accountId: 'client-1', amount: 1 } };
              submitted.set(hex(txHash(encodeMessage('Transaction', tx))), host.now());
              host.publish('tx.client-1', { tx });
            }
            host.setTimer(txInterval, tick);
          };
          host.setTimer(txInterval, tick);
        },
      };
    });
  }
  for (const extra of options.extraActors ?? []) sim.addActor(extra.id, extra.factory);
  if (options.faults) sim.schedule(options.faults);
  options.prepare?.(sim, actors);
  sim.runFor(options.durationUs);

  // Validity: every tx in the longest honest chain was submitted (or is evidence), none twice.
  const honestActors = [...actors.entries()].filter(([id]) => honest(id)).map(([, actor]) => actor);
  const longest = honestActors.reduce<ValidatorActor | undefined>((best, actor) => (!best || actor.consensus.committedHeight > best.consensus.committedHeight ? actor : best), undefined);
  const seen = new Set<string>();
  const latencies: number[] = [];
  let validity = true;
  let evidenceCommitted = 0;
  for (const committed of longest?.consensus.chain ?? []) {
    const height = committedHeight(committed);
    for (const tx of committed.block?.txs ?? []) {
      const key = hex(txHash(tx));
      const submittedAt = submitted.get(key);
      const isEvidence = submittedAt === undefined && isEvidenceTx(tx);
      if (isEvidence) evidenceCommitted++;
      if (seen.has(key) || (submittedAt === undefined && !isEvidence)) {
        validity = false;
        violations.push({ invariant: 'validity', timeUs: commitTimesUs[height - 1] ?? 0, height, detail: seen.has(key) ? 'a tx committed twice' : 'a committed tx nobody submitted' });
      }
      seen.add(key);
      if (submittedAt !== undefined) latencies.push((commitTimesUs[height - 1] ?? 0) - submittedAt);
    }
  }
  latencies.sort((a, b) => a - b);
  const boundaries = [0, ...commitTimesUs, sim.now()];
  let stalledUs = 0;
  for (let index = 1; index < boundaries.length; index++) stalledUs = Math.max(stalledUs, (boundaries[index] as number) - (boundaries[index - 1] as number));
  violations.push(...agreement.violations());
  chainIntegrity.finish();
  catchUp.finish(sim.now(), (id) => sim.isUp(id));
  violations.push(...chainIntegrity.violations(), ...certificates.violations(), ...catchUp.violations());
  const book = new VerdictBook();
  for (const v of violations) book.record(v);
  if (catchUp.evaluated === false) book.notEvaluated('validators-catch-up', catchUp.notEvaluatedReason ?? 'the run ended too soon after the last fault');
  const heights = Object.fromEntries([...actors].map(([id, actor]) => [id, actor.consensus.committedHeight]));
  return {
    seed: options.seed,
    validators: options.validators,
    height: Math.max(0, ...honestActors.map((actor) => actor.consensus.committedHeight)),
    heights,
    agreement: agreement.violations().length === 0,
    validity,
    noEquivocation: !violations.some((v) => v.invariant === 'no-equivocation'),
    chainIntegrity: chainIntegrity.violations().length === 0,
    verdicts: book.verdicts(CONSENSUS_RUN_INVARIANTS),
    violations,
    traceHash: sim.traceHash(),
    stalledUs,
    commitTimesUs,
    txsSubmitted: submitted.size,
    txsCommitted: seen.size,
    evidenceCommitted,
    commitLatencyUsP50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
    commitLatencyUsP99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    roundsMax: Math.max(0, ...[...actors.values()].map((actor) => actor.consensus.round)),
    rejectedMessages: [...actors.values()].reduce((sum, actor) => sum + actor.counters.rejectedMessages, 0),
    simTimeUs: sim.now(),
  };
}

function isEvidenceTx(tx: Uint8Array): boolean {
  try {
    return pb.Transaction.decode(tx).evidence != null;
  } catch {
    return false;
  }
}
