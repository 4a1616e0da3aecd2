/**
 * The validator actor: the Tendermint core over the Host seam. It decodes envelopes, feeds the
 * core, and executes the core's effects in order — log appends before the publishes they
 * protect (the host keeps that order durable), timeouts through the xstate statechart on the
 * host clock, committed blocks on `block.<id>`.
 *
 * Subjects: `consensus.<id>` (proposals, votes, tx gossip, status; everyone listens on
 * `consensus.*`), `direct.<id>` (messages for one validator), `sync.<id>` (block requests and
 * responses), `tx.*` (clients' transactions), `block.<id>` (committed blocks, for execution).
 */
import { createActor, type Actor as XstateActor } from 'xstate';
import { decodeMessage, deriveKeyPair, encodeMessage, receivedTxBytes, type faultline } from '@faultline/protocol';
import { hostClock, type Actor, type ActorFactory, type DecodedEnvelope, type Host } from '@faultline/runtime';
import {
  blockRequestFacts,
  COMETBFT_TIMEOUTS,
  hex,
  statusHeight,
  voteFacts,
  SYNC_BLOCKS_MAX,
  TendermintCore,
  ValidatorSet,
  type ByzantineBehaviour,
  type ConsensusLimits,
  type ConsensusVariant,
  type CoreEffect,
  type TimeoutConfig,
} from '@faultline/consensus';
import { createValidatorMachine } from './validator-machine.ts';

export interface ValidatorConfig {
  /** Every validator's id (the set). */
  validatorIds: readonly string[];
  /** Keys derive from this seed and each validator's id. */
  keySeed: number;
  timeouts?: TimeoutConfig;
  limits?: Partial<ConsensusLimits>;
  genesisTimeUs?: number;
  /** How often a validator announces its height (peers behind it then sync). */
  statusIntervalUs?: number;
  byzantine?: Partial<Record<string, ByzantineBehaviour>>;
}

/** Test-only options of the actor factory, never part of a configuration (the planted-variant seam). */
export interface ValidatorTestOptions {
  /** A planted consensus bug (list: `@faultline/consensus/testing`). */
  variant?: ConsensusVariant;
}

export interface ValidatorCounters {
  rejectedFrames: number;
  rejectedMessages: number;
  rejectReasons: Map<string, number>;
  syncRequests: number;
  /** Duplicate-vote evidence this validator verified and added to its mempool. */
  evidenceReported: number;
}

/** Distinct reject reasons remembered (with counts); more are folded into "other". */
const REJECT_REASONS_MAX = 100;
/** At most one outstanding sync request per this interval. */
const SYNC_REQUEST_INTERVAL_US = 500_000;

export class ValidatorActor implements Actor {
  readonly core: TendermintCore;
  readonly counters: ValidatorCounters = { rejectedFrames: 0, rejectedMessages: 0, rejectReasons: new Map(), syncRequests: 0, evidenceReported: 0 };
  private machine: XstateActor<ReturnType<typeof createValidatorMachine>> | undefined;
  private lastSyncRequestUs = -Infinity;

  constructor(
    private readonly host: Host,
    private readonly config: ValidatorConfig,
    testOptions: ValidatorTestOptions = {},
  ) {
    const keys = deriveKeyPair(config.keySeed, host.actorId);
    const validators = new ValidatorSet(config.validatorIds.map((id) => ({ id, publicKeyRaw: deriveKeyPair(config.keySeed, id).publicKeyRaw })));
    const byzantine = config.byzantine?.[host.actorId];
    this.core = new TendermintCore({
      validatorId: host.actorId,
      validators,
      keys,
      timeouts: config.timeouts ?? COMETBFT_TIMEOUTS,
      genesisTimeUs: config.genesisTimeUs ?? 0,
      ...(config.limits ? { limits: config.limits } : {}),
      ...(byzantine ? { byzantine } : {}),
      ...(testOptions.variant ? { variant: testOptions.variant } : {}),
    });
  }

  start(): void {
    const records: faultline.v1.IValidatorWalRecord[] = [];
    for (const entry of this.host.log.recover().entries) {
      const decoded = decodeMessage('ValidatorWalRecord', entry);
      if (!decoded.ok) throw new Error(`validator ${this.host.actorId}: corrupt write-ahead log record: ${decoded.error.message}`);
      records.push(decoded.value);
    }
    this.core.restore(records);
    this.machine = createActor(
      createValidatorMachine((timeout) => this.execute(this.core.onTimeout(this.host.now(), timeout.step, timeout.height, timeout.round))),
      { clock: hostClock(this.host) },
    );
    this.machine.start();
    const id = this.host.actorId;
    this.host.subscribe('consensus.*', (envelope) => this.onPeerMessage(envelope));
    this.host.subscribe(`direct.${id}`, (envelope) => {
      this.onPeerMessage(envelope);
      // A vote a peer sent to us alone is relayed to everyone. CometBFT's gossip brings every vote
      // to every peer whatever its sender targeted; our broadcast is one hop, so only targeted
      // sends (which honest validators never make) need it. This is how a validator that signs
      // different votes for different peers gets both seen, and duplicate-vote evidence built.
      if (envelope.vote && envelope.sender !== id) this.host.publish(`consensus.${id}`, { vote: envelope.vote });
    });
    this.host.subscribe(`sync.${id}`, (envelope) => this.onSync(envelope));
    this.host.subscribe('tx.*', (envelope) => {
      if (envelope.tx) this.submitTx(envelope, envelope.tx, true, envelope.sender ?? '');
    });
    this.execute(this.core.start(this.host.now()));
    this.announceStatus();
  }

  /** Committed block hashes by height (for tests and monitors). */
  committedHashes(): string[] {
    return this.core.chain.map((committed) => hex(committed.certificate?.blockHash));
  }

  private onPeerMessage(envelope: DecodedEnvelope): void {
    const from = envelope.sender ?? '';
    if (from === this.host.actorId) return; // our own broadcast: the core already counted it
    const now = this.host.now();
    if (envelope.proposal) this.execute(this.core.onProposal(now, envelope.proposal, from));
    else if (envelope.vote) this.execute(this.core.onVote(now, envelope.vote, from));
    else if (envelope.tx) this.submitTx(envelope, envelope.tx, false, from);
    else if (envelope.status) this.execute(this.core.onStatus(from, statusHeight(envelope.status)));
    else this.rejected(`unexpected ${envelope.body} on a consensus subject`);
  }

  private onSync(envelope: DecodedEnvelope): void {
    const from = envelope.sender ?? '';
    if (envelope.blockRequest) {
      const request = blockRequestFacts(envelope.blockRequest);
      const blocks = this.core.blocksFrom(request.fromHeight, request.maxCount);
      if (blocks.length > 0 && /^[A-Za-z0-9_-]+$/.test(request.requesterId ?? '')) {
        this.host.publish(`sync.${request.requesterId}`, { blockResponse: { blocks, responderHeight: this.core.committedHeight } });
      }
    } else if (envelope.blockResponse) {
      this.execute(this.core.onSyncedBlocks(this.host.now(), envelope.blockResponse.blocks ?? [], from));
    } else {
      this.rejected(`unexpected ${envelope.body} on a sync subject`);
    }
  }

  private submitTx(envelope: DecodedEnvelope, tx: faultline.v1.ITransaction, fromClient: boolean, from: string): void {
    // Evidence is verified and re-encoded in its one canonical form before it may enter the mempool.
    if (tx.evidence) {
      this.execute(this.core.onEvidence(this.host.now(), tx.evidence, from));
      return;
    }
    // The tx's bytes as the client encoded them (the host decoded and validated them with the
    // envelope: `checked`); an envelope built in-process has none and is encoded here.
    const bytes = receivedTxBytes(envelope) ?? encodeMessage('Transaction', tx);
    this.execute(this.core.onTx(this.host.now(), bytes, fromClient, true));
  }

  private announceStatus(): void {
    const id = this.host.actorId;
    this.host.publish(`consensus.${id}`, { status: { validatorId: id, height: this.core.committedHeight, round: this.core.round } });
    // Re-send our messages of the current height: peers that were cut off or restarted need them.
    const own = this.core.ownMessagesOfCurrentHeight();
    for (const proposal of own.proposals) this.host.publish(`consensus.${id}`, { proposal });
    for (const vote of own.votes) this.host.publish(`consensus.${id}`, { vote });
    this.host.setTimer(this.config.statusIntervalUs ?? 1_000_000, () => this.announceStatus());
  }

  private execute(effects: readonly CoreEffect[]): void {
    const id = this.host.actorId;
    for (const effect of effects) {
      switch (effect.kind) {
        case 'persist':
          this.host.log.append(encodeMessage('ValidatorWalRecord', effect.record));
          break;
        case 'broadcast-proposal':
          if (effect.to) for (const peer of effect.to) this.host.publish(`direct.${peer}`, { proposal: effect.proposal });
          else this.host.publish(`consensus.${id}`, { proposal: effect.proposal });
          break;
        case 'broadcast-vote':
          if (effect.to) for (const peer of effect.to) this.host.publish(`direct.${peer}`, { vote: effect.vote });
          else this.host.publish(`consensus.${id}`, { vote: effect.vote });
          break;
        case 'timeout':
          this.machine?.send({ type: 'SCHEDULE', step: effect.step, height: effect.height, round: effect.round, delayUs: effect.delayUs });
          break;
        case 'step':
          this.machine?.send({ type: 'STEP', step: effect.step, height: effect.height, round: effect.round });
          break;
        case 'commit':
          this.host.publish(`block.${id}`, { committedBlock: effect.committed });
          break;
        case 'gossip-tx': {
          const decoded = decodeMessage('Transaction', effect.tx);
          if (decoded.ok) this.host.publish(`consensus.${id}`, { tx: decoded.value });
          break;
        }
        case 'evidence': {
          // The core put it in the mempool and gossips it (a gossip-tx effect): here it is only counted.
          this.counters.evidenceReported++;
          const offender = voteFacts(effect.evidence.voteA ?? {});
          this.host.logger.info('duplicate-vote evidence', { validator: offender.validatorId, height: offender.height });
          break;
        }
        case 'rejected':
          this.rejected(effect.reason);
          break;
        case 'behind':
          this.requestBlocks(effect.peer);
          break;
        default: {
          const exhaustive: never = effect;
          throw new Error(`validator: unhandled effect ${JSON.stringify(exhaustive)}`);
        }
      }
    }
  }

  private requestBlocks(peer: string): void {
    const now = this.host.now();
    if (now - this.lastSyncRequestUs < SYNC_REQUEST_INTERVAL_US || !/^[A-Za-z0-9_-]+$/.test(peer)) return;
    this.lastSyncRequestUs = now;
    this.counters.syncRequests++;
    this.host.publish(`sync.${peer}`, { blockRequest: { requesterId: this.host.actorId, fromHeight: this.core.committedHeight + 1, maxCount: SYNC_BLOCKS_MAX } });
  }

  private rejected(reason: string): void {
    this.counters.rejectedMessages++;
    const key = this.counters.rejectReasons.size < REJECT_REASONS_MAX || this.counters.rejectReasons.has(reason) ? reason : 'other';
    this.counters.rejectReasons.set(key, (this.counters.rejectReasons.get(key) ?? 0) + 1);
    this.host.logger.debug('rejected', { reason });
  }
}

export function createValidator(config: ValidatorConfig, testOptions: ValidatorTestOptions = {}): ActorFactory {
  return (host) => new ValidatorActor(host, config, testOptions);
}
