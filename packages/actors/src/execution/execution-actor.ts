/**
 * The execution node: applies the committed chain with the venue engine and publishes what
 * each block did (`exec.<id>`: BlockExecuted with the events and the state hash).
 *
 * - Blocks come from validators on `block.*`. A block is applied only with a valid commit
 *   certificate (2f+1 signed precommits for the hash of its header, whose txs hash matches its
 *   txs): a Byzantine validator cannot feed it a block the chain did not commit.
 * - Heights apply strictly in order; early heights wait; a missing height makes the node ask
 *   validators for blocks (`sync.<validator>` → `sync.<id>`), rotating through them.
 * - Durability: each applied block is appended to the durable log before its BlockExecuted
 *   leaves (the host's write-ahead barrier), and a snapshot of the canonical venue state is
 *   taken every `snapshotEveryBlocks`. A restarted node restores the snapshot, re-applies the
 *   blocks after it — the engine is deterministic, so it reaches the same state hash — and
 *   re-publishes its last height for consumers that missed it.
 */
import type { ExecutionVariant } from '../variants.ts';
import { createActor, type Actor as XstateActor } from 'xstate';
import { decodeMessage, deriveKeyPair, encodeMessage, type faultline } from '@faultline/protocol';
import { hostClock, type Actor, type ActorFactory, type DecodedEnvelope, type Host } from '@faultline/runtime';
import { committedBlockProblem, hex, SignatureVerifier, SYNC_BLOCKS_MAX, ValidatorSet } from '@faultline/consensus';
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
import { createExecutionMachine } from './execution-machine.ts';

export interface ExecutionConfig {
  venue: VenueConfig;
  validatorIds: readonly string[];
  /** Validator keys derive from this seed (as the validators' do). */
  keySeed: number;
  snapshotEveryBlocks?: number;
  syncRetryUs?: number;
  /** Heights held while waiting for a gap to fill. */
  pendingMax?: number;
  /** Testing seam: a deliberately broken venue engine (@faultline/venue/testing); never from a scenario. */
  venueVariant?: VenueVariant;
  /** Called after every applied block (monitors in the simulator; not part of the protocol). */
  onApplied?: (replicaId: string, committed: faultline.v1.ICommittedBlock, result: BlockResult, state: VenueState, replayed: boolean) => void;
}

export interface ExecutionCounters {
  applied: number;
  replayedOnStart: number;
  rejectedBlocks: number;
  rejectReasons: Map<string, number>;
  syncRequests: number;
}

export class ExecutionActor implements Actor {
  state: VenueState;
  lastHashHex = '';
  readonly counters: ExecutionCounters = { applied: 0, replayedOnStart: 0, rejectedBlocks: 0, rejectReasons: new Map(), syncRequests: 0 };
  private readonly validators: ValidatorSet;
  private readonly verifier: SignatureVerifier;
  private readonly pending = new Map<number, faultline.v1.ICommittedBlock>();
  private machine: XstateActor<ReturnType<typeof createExecutionMachine>> | undefined;
  private syncTurn = 0;
  private lastPublished: faultline.v1.IBlockExecuted | undefined;

  constructor(
    private readonly host: Host,
    private readonly config: ExecutionConfig,
    /** Testing seam (actors/variants.ts): never from a config or a spec. */
    private readonly testOptions: { variant?: ExecutionVariant } = {},
  ) {
    this.state = createVenueState(config.venue);
    this.validators = new ValidatorSet(config.validatorIds.map((id) => ({ id, publicKeyRaw: deriveKeyPair(config.keySeed, id).publicKeyRaw })));
    this.verifier = new SignatureVerifier(this.validators);
  }

  get height(): number {
    return this.state.height;
  }

  start(): void {
    this.recover();
    this.machine = createActor(
      createExecutionMachine({ retryUs: this.config.syncRetryUs ?? 1_000_000, requestBlocks: () => this.requestBlocks() }),
      { clock: hostClock(this.host) },
    );
    this.machine.start();
    this.host.subscribe('block.*', (envelope) => this.onBlockEnvelope(envelope));
    this.host.subscribe(`sync.${this.host.actorId}`, (envelope) => {
      for (const block of envelope.blockResponse?.blocks ?? []) this.offer(block, envelope.sender ?? '');
    });
    if (this.lastPublished) this.host.publish(`exec.${this.host.actorId}`, { blockExecuted: this.lastPublished });
  }

  stop(): void {
    this.machine?.stop();
  }

  private recover(): void {
    const recovered = this.host.log.recover();
    if (recovered.snapshot) this.state = restoreSnapshot(this.config.venue, recovered.snapshot);
    for (const entry of recovered.entries) {
      const decoded = decodeMessage('CommittedBlock', entry);
      if (!decoded.ok) throw new Error(`execution ${this.host.actorId}: corrupt log record: ${decoded.error.message}`);
      if (Number(decoded.value.block?.header?.height ?? 0) <= this.state.height) continue;
      this.execute(decoded.value, { replay: true });
      this.counters.replayedOnStart++;
    }
  }

  private onBlockEnvelope(envelope: DecodedEnvelope): void {
    if (envelope.committedBlock) this.offer(envelope.committedBlock, envelope.sender ?? '');
  }

  private offer(committed: faultline.v1.ICommittedBlock, from: string): void {
    const height = Number(committed.block?.header?.height ?? 0);
    if (height <= this.state.height || this.pending.has(height)) return;
    if (height > this.state.height + (this.config.pendingMax ?? 1_000)) return; // too far ahead: sync will bring it
    const invalid = committedBlockProblem(committed, height, this.validators, this.verifier);
    if (invalid) {
      this.counters.rejectedBlocks++;
      const key = `${invalid} (from ${from})`;
      this.counters.rejectReasons.set(key, (this.counters.rejectReasons.get(key) ?? 0) + 1);
      this.host.logger.warn('execution: block rejected', { height, from, reason: invalid });
      return;
    }
    this.pending.set(height, committed);
    for (let next = this.pending.get(this.state.height + 1); next; next = this.pending.get(this.state.height + 1)) {
      this.pending.delete(this.state.height + 1);
      this.host.log.append(encodeMessage('CommittedBlock', next));
      this.execute(next, { replay: false });
    }
    if (this.testOptions.variant === 'skip-block-on-gap' && this.pending.size > 0) {
      const next = Math.min(...this.pending.keys());
      const skipped = this.pending.get(next) as faultline.v1.ICommittedBlock;
      this.pending.delete(next);
      const header = { ...skipped.block?.header, height: this.state.height + 1 };
      this.execute({ ...skipped, block: { ...skipped.block, header } }, { replay: false });
    }
    const gap = this.pending.size > 0;
    this.machine?.send({ type: gap ? 'GAP' : 'FILLED' });
  }

  private execute(committed: faultline.v1.ICommittedBlock, options: { replay: boolean }): void {
    const result = applyBlock(this.state, venueBlockFromWire(committed.block ?? {}), this.config.venueVariant ? { variant: this.config.venueVariant } : {});
    this.lastHashHex = hex(result.stateHash);
    this.counters.applied++;
    const every = this.config.snapshotEveryBlocks ?? 100;
    if (!options.replay && this.state.height % every === 0) this.host.log.snapshot(encodeSnapshot(this.state));
    this.config.onApplied?.(this.host.actorId, committed, result, this.state, options.replay);
    const executed: faultline.v1.IBlockExecuted = {
      height: this.state.height,
      replicaId: this.host.actorId,
      events: result.events.map(venueEventToWire),
      stateHash: result.stateHash ?? new Uint8Array(0),
      blockTimeUs: this.state.blockTimeUs,
      blockHash: committed.certificate?.blockHash ?? new Uint8Array(0),
    };
    this.lastPublished = executed;
    if (!options.replay) this.host.publish(`exec.${this.host.actorId}`, { blockExecuted: executed });
  }

  private requestBlocks(): void {
    const ids = this.config.validatorIds;
    if (ids.length === 0) return;
    const validator = ids[this.syncTurn++ % ids.length] as string;
    this.counters.syncRequests++;
    this.host.publish(`sync.${validator}`, { blockRequest: { requesterId: this.host.actorId, fromHeight: this.state.height + 1, maxCount: SYNC_BLOCKS_MAX } });
  }
}

export function createExecutionNode(config: ExecutionConfig, testOptions: { variant?: ExecutionVariant } = {}): ActorFactory {
  return (host) => new ExecutionActor(host, config, testOptions);
}
