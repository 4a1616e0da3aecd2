/**
 * The execution node as a pure core: `decide(state, input, nowUs) → { state, effects }` (the
 * validator's shape, core/effects.ts). It applies the committed chain with the venue engine and
 * publishes what each block did (`exec.<id>`: BlockExecuted with the events and the state hash).
 *
 * - Blocks come from validators on `block.*`. A block is applied only with a valid commit
 *   certificate (2f+1 signed precommits for the hash of its header, whose txs hash matches its
 *   txs): a Byzantine validator cannot feed it a block the chain did not commit.
 * - Heights apply strictly in order; early heights wait; a missing height makes the node ask
 *   validators for blocks (`sync.<validator>` → `sync.<id>`), rotating through them.
 * - Durability: each applied block is persisted (a CommittedBlock record) before its
 *   BlockExecuted leaves (the host's write-ahead barrier), and a snapshot of the canonical venue
 *   state is taken every `snapshotEveryBlocks`, after that height's BlockExecuted (publishApplied). `evolve` applies one committed block — live right
 *   after persisting it, and on recovery to every record after the snapshot (one code path; the
 *   engine is deterministic, so it reaches the same state hash). A restarted node re-publishes
 *   its last height for consumers that missed it.
 */
import { deriveKeyPair, encodeMessage, type faultline } from '@faultline/protocol';
import { committedBlockProblem, committedHeight, hex, SignatureVerifier, SYNC_BLOCKS_MAX, ValidatorSet } from '@faultline/consensus';
import {
  applyBlock,
  createVenueState,
  encodeSnapshot,
  restoreSnapshot,
  venueBlockFromWire,
  venueEventToWire,
  type BlockResult,
  type VenueConfig,
  type VenueState,
  type VenueVariant,
} from '@faultline/venue';
import type { SnapshotFrom } from 'xstate';
import { chartStart, chartStep, type ChartStep } from '../core/chart.ts';
import { decodeLogRecords } from '../core/durable-log.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import type { ExecutionVariant } from '../variants.ts';
import { RETRY_TIMER, executionMachine, type ExecutionMachineEvent } from './execution-machine.ts';

export interface ExecutionConfig {
  venue: VenueConfig;
  validatorIds: readonly string[];
  /** Validator keys derive from this seed (as the validators' do). */
  keySeed: number;
  snapshotEveryBlocks?: number;
  syncRetryUs?: number;
  /** Heights held while waiting for a gap to fill. */
  pendingMax?: number;
  /**
   * Publish a block's BlockExecuted ahead of the node's own record of the block (the CommittedBlock
   * its durable log keeps), not behind it (the default, and the simulator's): the host holds a
   * publish behind every append issued before it, so only this order takes the record's durable
   * round trip (the `exec-ack` hop) off every order's way to its fill. Safe: a BlockExecuted is a
   * function of the committed chain alone (the engine is deterministic) — a node that crashes
   * before the record recovers without the height, applies it again from a validator and
   * publishes the same BlockExecuted again (consumers take a height they hold already as they
   * take the last height a restarted node re-publishes). The live execution service sets it.
   */
  executedBeforeRecord?: boolean;
  /**
   * Called after every applied block (monitors in the simulator; not part of the protocol). An
   * observer of the core, called with the state as that block left it; it must not change it.
   */
  onApplied?: (replicaId: string, committed: faultline.v1.ICommittedBlock, result: BlockResult, state: VenueState, replayed: boolean) => void;
}

export interface ExecutionCounters {
  applied: number;
  replayedOnStart: number;
  rejectedBlocks: number;
  rejectReasons: Map<string, number>;
  syncRequests: number;
}

/**
 * Testing seam (actors/variants.ts, @faultline/venue/testing): a planted execution bug and a
 * planted venue engine. Only a factory's test option, never in ExecutionConfig (which a spec
 * file can carry) nor anything hashed.
 */
export interface ExecutionTestOptions {
  variant?: ExecutionVariant;
  venueVariant?: VenueVariant;
}

export interface ExecutionState {
  readonly config: ExecutionConfig;
  readonly variant: ExecutionVariant | undefined;
  readonly venueVariant: VenueVariant | undefined;
  readonly replicaId: string;
  readonly validators: ValidatorSet;
  readonly verifier: SignatureVerifier;
  venue: VenueState;
  lastHashHex: string;
  readonly pending: Map<number, faultline.v1.ICommittedBlock>;
  chart: SnapshotFrom<typeof executionMachine>;
  syncTurn: number;
  lastPublished: faultline.v1.IBlockExecuted | undefined;
  readonly counters: ExecutionCounters;
}

export type ExecutionInput =
  /** The actor started (after recovery). */
  | { kind: 'start' }
  /** Committed blocks from a validator (`block.*`) or a sync response (`sync.<id>`). */
  | { kind: 'blocks'; blocks: readonly faultline.v1.ICommittedBlock[]; from: string }
  | TimerInput;

const SNAPSHOT_EVERY_BLOCKS_DEFAULT = 100;
const SYNC_RETRY_US_DEFAULT = 1_000_000;
const PENDING_MAX_DEFAULT = 1_000;

export function initialExecutionState(config: ExecutionConfig, replicaId: string, testOptions: ExecutionTestOptions = {}): ExecutionState {
  const validators = new ValidatorSet(config.validatorIds.map((id) => ({ id, publicKeyRaw: deriveKeyPair(config.keySeed, id).publicKeyRaw })));
  return {
    config,
    variant: testOptions.variant,
    venueVariant: testOptions.venueVariant,
    replicaId,
    validators,
    verifier: new SignatureVerifier(validators),
    venue: createVenueState(config.venue),
    lastHashHex: '',
    pending: new Map(),
    chart: chartStart(executionMachine, { retryUs: config.syncRetryUs ?? SYNC_RETRY_US_DEFAULT }).snapshot,
    syncTurn: 0,
    lastPublished: undefined,
    counters: { applied: 0, replayedOnStart: 0, rejectedBlocks: 0, rejectReasons: new Map(), syncRequests: 0 },
  };
}

/** Applies one committed block (a persisted record): live, and on recovery. */
export function evolve(state: ExecutionState, committed: faultline.v1.ICommittedBlock, options: { replay: boolean } = { replay: true }): ExecutionState {
  apply(state, committed, options.replay);
  return state;
}

/**
 * Rebuilds the state from the durable log: the snapshot, then every later record through
 * `evolve`. A record that does not decode is an error naming the replica.
 */
export function recover(state: ExecutionState, recovered: { snapshot: Uint8Array | undefined; entries: readonly Uint8Array[] }): ExecutionState {
  if (recovered.snapshot) state.venue = restoreSnapshot(state.config.venue, recovered.snapshot);
  for (const committed of decodeLogRecords('CommittedBlock', recovered.entries, `execution ${state.replicaId}`)) {
    if (committedHeight(committed) <= state.venue.height) continue;
    evolve(state, committed, { replay: true });
    state.counters.replayedOnStart++;
  }
  return state;
}

export function executionMode(state: ExecutionState): string {
  return String(state.chart.value);
}

export function decide(state: ExecutionState, input: ExecutionInput, nowUs: number): Decision<ExecutionState> {
  const effects: CoreEffect[] = [];
  switch (input.kind) {
    case 'start':
      if (state.lastPublished) effects.push({ kind: 'publish', subject: `exec.${state.replicaId}`, body: { blockExecuted: state.lastPublished } });
      break;
    case 'blocks':
      for (const committed of input.blocks) offer(state, committed, input.from, effects);
      break;
    case 'timer':
      if (input.timer === RETRY_TIMER) send(state, RETRY_TIMER, effects);
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`execution: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  void nowUs; // the engine takes its time from the blocks
  return { state, effects };
}

function offer(state: ExecutionState, committed: faultline.v1.ICommittedBlock, from: string, effects: CoreEffect[]): void {
  const height = committedHeight(committed);
  if (height <= state.venue.height || state.pending.has(height)) return;
  if (height > state.venue.height + (state.config.pendingMax ?? PENDING_MAX_DEFAULT)) return; // too far ahead: sync will bring it
  const invalid = committedBlockProblem(committed, height, state.validators, state.verifier);
  if (invalid) {
    state.counters.rejectedBlocks++;
    const key = `${invalid} (from ${from})`;
    state.counters.rejectReasons.set(key, (state.counters.rejectReasons.get(key) ?? 0) + 1);
    effects.push({ kind: 'log', level: 'warn', message: 'execution: block rejected', fields: { height, from, reason: invalid } });
    return;
  }
  state.pending.set(height, committed);
  for (let next = state.pending.get(state.venue.height + 1); next; next = state.pending.get(state.venue.height + 1)) {
    state.pending.delete(state.venue.height + 1);
    const record: CoreEffect = { kind: 'persist', record: encodeMessage('CommittedBlock', next) };
    if (state.config.executedBeforeRecord !== true) {
      effects.push(record);
      publishApplied(state, apply(state, next, false), effects);
      continue;
    }
    // The BlockExecuted first, then the record, then the snapshot due (it covers the record).
    const applied = apply(state, next, false);
    effects.push({ kind: 'publish', subject: `exec.${state.replicaId}`, body: { blockExecuted: applied.executed } }, record);
    if (applied.snapshot) effects.push({ kind: 'snapshot', state: applied.snapshot });
  }
  if (state.variant === 'skip-block-on-gap' && state.pending.size > 0) {
    const next = Math.min(...state.pending.keys());
    const skipped = state.pending.get(next) as faultline.v1.ICommittedBlock;
    state.pending.delete(next);
    const header = { ...skipped.block?.header, height: state.venue.height + 1 };
    publishApplied(state, apply(state, { ...skipped, block: { ...skipped.block, header } }, false), effects);
  }
  send(state, state.pending.size > 0 ? 'GAP' : 'FILLED', effects);
}

/** The engine's step; returns the BlockExecuted and, live, the snapshot due at this height. */
function apply(state: ExecutionState, committed: faultline.v1.ICommittedBlock, replay: boolean): { executed: faultline.v1.IBlockExecuted; snapshot: Uint8Array | undefined } {
  const result = applyBlock(state.venue, venueBlockFromWire(committed.block ?? {}), state.venueVariant ? { variant: state.venueVariant } : {});
  state.lastHashHex = hex(result.stateHash);
  state.counters.applied++;
  const every = state.config.snapshotEveryBlocks ?? SNAPSHOT_EVERY_BLOCKS_DEFAULT;
  const snapshot = !replay && state.venue.height % every === 0 ? encodeSnapshot(state.venue) : undefined;
  state.config.onApplied?.(state.replicaId, committed, result, state.venue, replay);
  const executed: faultline.v1.IBlockExecuted = {
    height: state.venue.height,
    replicaId: state.replicaId,
    events: result.events.map(venueEventToWire),
    stateHash: result.stateHash ?? new Uint8Array(0),
    blockTimeUs: state.venue.blockTimeUs,
    blockHash: committed.certificate?.blockHash ?? new Uint8Array(0),
  };
  state.lastPublished = executed;
  return { executed, snapshot };
}

/**
 * The BlockExecuted, then the snapshot due at this height. In that order: the host holds a
 * message until the log items issued before it are acknowledged, and the BlockExecuted needs only
 * its own CommittedBlock record (the snapshot speeds up recovery; it guards no message). Issued
 * first, the snapshot held it for one more JetStream round trip with the whole venue state, every
 * `snapshotEveryBlocks` heights (live, the p99 of a fast-block run is about one block in 100).
 */
function publishApplied(state: ExecutionState, applied: { executed: faultline.v1.IBlockExecuted; snapshot: Uint8Array | undefined }, effects: CoreEffect[]): void {
  effects.push({ kind: 'publish', subject: `exec.${state.replicaId}`, body: { blockExecuted: applied.executed } });
  if (applied.snapshot) effects.push({ kind: 'snapshot', state: applied.snapshot });
}

function send(state: ExecutionState, type: ExecutionMachineEvent['type'], effects: CoreEffect[]): void {
  const step: ChartStep<typeof executionMachine> = chartStep(executionMachine, state.chart, { type } as ExecutionMachineEvent);
  state.chart = step.snapshot;
  for (const action of step.actions) {
    if (action.type === 'request') requestBlocks(state, effects);
    else throw new Error(`execution: unknown chart action ${action.type}`);
  }
  effects.push(...step.timers);
}

function requestBlocks(state: ExecutionState, effects: CoreEffect[]): void {
  const ids = state.config.validatorIds;
  if (ids.length === 0) return;
  const validator = ids[state.syncTurn++ % ids.length] as string;
  state.counters.syncRequests++;
  effects.push({ kind: 'publish', subject: `sync.${validator}`, body: { blockRequest: { requesterId: state.replicaId, fromHeight: state.venue.height + 1, maxCount: SYNC_BLOCKS_MAX } } });
}
