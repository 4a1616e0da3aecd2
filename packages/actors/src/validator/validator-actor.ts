/**
 * The validator actor: the thin shell of validator-core.ts over the Host. It rebuilds the
 * consensus state from its write-ahead log (recover), turns each envelope into one core input
 * (the wire-to-domain conversion at the edge), feeds the core its timers, and carries out the
 * effects (core/run-effects.ts) — log appends before the publishes they protect.
 *
 * **Delivery from the log** (`deliverFromLog`, live). A validator persists each proposal and vote
 * it signs before it sends it (the write-ahead barrier: a crash never forgets a sent vote), so a
 * vote reached a peer after three hops: the append to the broker, the ack back to the voter, and
 * the voter's publish (each hop waits for a process to get a core on a busy machine). The run's
 * stream republishes every log entry once it is stored (nats-log.ts storedLogSubject), at the
 * point the broker sends the ack; with this option a validator also reads its peers' vote and
 * proposal records there, one hop after the append. Nothing is sent before it is durable — the
 * broker delivers it only after the store, exactly when it acknowledges it to the voter — and the
 * voter's own publish after the ack still goes out unchanged (for the peers that missed the
 * stored copy, for observers, and for the status re-sends): a peer takes whichever copy comes
 * first, and the second costs a cache lookup (verified signatures are cached). The other entries
 * (lock and commit records) are skipped by their first byte, never decoded. A peer that the
 * configuration makes Byzantine is not read from its log: its behaviour is what it publishes (a
 * withholding or equivocating validator's log does not speak for it), so planted Byzantine runs
 * are unchanged.
 */
import { decodeMessage, encodeMessage, receivedTxBytes, type faultline } from '@faultline/protocol';
import type { ActorFactory, DecodedEnvelope, Host } from '@faultline/runtime';
import { blockRequestFacts, hex, statusHeight, type TendermintCore } from '@faultline/consensus';
import { CoreActor } from '../core/core-actor.ts';
import { walBatchEntries } from './wal-encode.ts';
import {
  decide,
  initialValidatorState,
  recover,
  type ValidatorConfig,
  type ValidatorCounters,
  type ValidatorInput,
  type ValidatorState,
  type ValidatorTestOptions,
} from './validator-core.ts';

export type { ValidatorConfig, ValidatorCounters, ValidatorTestOptions } from './validator-core.ts';

export class ValidatorActor extends CoreActor<ValidatorState, ValidatorInput> {
  constructor(
    host: Host,
    config: ValidatorConfig,
    /** Testing seam (ValidatorTestOptions): never from a config or a spec. */
    testOptions: ValidatorTestOptions = {},
  ) {
    super(host, initialValidatorState(config, host.actorId, testOptions, host.signer), decide);
  }

  /** The Tendermint core (committed chain, height, round) for monitors and reports. */
  get consensus(): TendermintCore {
    return this.core.consensus;
  }

  get counters(): ValidatorCounters {
    return this.core.counters;
  }

  start(): void {
    recover(this.core, this.host.log.recover());
    const id = this.host.actorId;
    this.host.subscribe('consensus.*', (envelope) => this.onPeerMessage(envelope, false));
    this.host.subscribe(`direct.${id}`, (envelope) => this.onPeerMessage(envelope, true));
    this.host.subscribe(`sync.${id}`, (envelope) => this.onSync(envelope));
    this.host.subscribe('tx.*', (envelope) => {
      if (envelope.tx) this.submitTx(envelope, envelope.tx, true, envelope.sender ?? '');
    });
    const config = this.core.config;
    const subscribeStoredLog = this.host.subscribeStoredLog?.bind(this.host);
    if (config.deliverFromLog === true && subscribeStoredLog !== undefined) {
      for (const peer of storedLogPeers(config, id)) subscribeStoredLog(peer, (entry) => this.onPeerLogEntry(entry, peer));
    }
    this.step({ kind: 'start' });
  }

  /** A peer's log entry as stored: its proposal or vote records become the inputs their envelopes would (the rest is skipped undecoded). */
  private onPeerLogEntry(entry: Uint8Array, from: string): void {
    const entries = walBatchEntries(entry);
    if (entries === undefined) {
      this.step({ kind: 'unexpected', reason: `undecodable log entry of ${from}: a batch that does not split` });
      return;
    }
    for (const one of entries) this.onPeerLogRecord(one, from);
  }

  private onPeerLogRecord(entry: Uint8Array, from: string): void {
    const first = entry[0];
    if (first !== WAL_RECORD_VOTE && first !== WAL_RECORD_PROPOSAL) return;
    const decoded = decodeMessage('ValidatorWalRecord', entry);
    if (!decoded.ok) {
      this.step({ kind: 'unexpected', reason: `undecodable log entry of ${from}: ${decoded.error.message}` });
      return;
    }
    const { signedVote, signedProposal } = decoded.value;
    if (signedVote) this.step({ kind: 'vote', vote: signedVote, from, direct: false });
    else if (signedProposal) this.step({ kind: 'proposal', proposal: signedProposal, from });
  }

  /** Committed block hashes by height (for tests and monitors): of the blocks kept decoded — every one unless chainBlocksKept, then the newest. */
  committedHashes(): string[] {
    return this.core.consensus.chain.map((committed) => hex(committed.certificate?.blockHash));
  }

  private onPeerMessage(envelope: DecodedEnvelope, direct: boolean): void {
    const from = envelope.sender ?? '';
    if (from === this.host.actorId) return; // our own broadcast: the core already counted it
    if (envelope.proposal) this.step({ kind: 'proposal', proposal: envelope.proposal, from });
    else if (envelope.vote) this.step({ kind: 'vote', vote: envelope.vote, from, direct });
    else if (envelope.tx) this.submitTx(envelope, envelope.tx, false, from);
    else if (envelope.txBatch) this.step({ kind: 'txs', txs: envelope.txBatch.txs ?? [], from });
    else if (envelope.status) this.step({ kind: 'status', from, committedHeight: statusHeight(envelope.status) });
    else this.step({ kind: 'unexpected', reason: `unexpected ${envelope.body} on a consensus subject` });
  }

  private onSync(envelope: DecodedEnvelope): void {
    if (envelope.blockRequest) this.step({ kind: 'block-request', request: blockRequestFacts(envelope.blockRequest) });
    else if (envelope.blockResponse) this.step({ kind: 'blocks', blocks: envelope.blockResponse.blocks ?? [], from: envelope.sender ?? '' });
    else this.step({ kind: 'unexpected', reason: `unexpected ${envelope.body} on a sync subject` });
  }

  private submitTx(envelope: DecodedEnvelope, tx: faultline.v1.ITransaction, fromClient: boolean, from: string): void {
    if (tx.evidence) {
      this.step({ kind: 'evidence', evidence: tx.evidence, from });
      return;
    }
    // The tx's bytes as the client encoded them (the host decoded and validated them with the
    // envelope); an envelope built in-process has none and is encoded here.
    this.step({ kind: 'tx', tx: receivedTxBytes(envelope) ?? encodeMessage('Transaction', tx), fromClient });
  }
}

export function createValidator(config: ValidatorConfig, testOptions: ValidatorTestOptions = {}): ActorFactory {
  return (host) => new ValidatorActor(host, config, testOptions);
}

/** The first byte of a vote record (ValidatorWalRecord.signed_vote, field 2) and of a proposal record (signed_proposal, field 3). */
const WAL_RECORD_VOTE = 0x12;
const WAL_RECORD_PROPOSAL = 0x1a;

/** The peers whose logs a validator reads with deliverFromLog: every other validator of the set that the configuration does not make Byzantine. */
export function storedLogPeers(config: ValidatorConfig, id: string): string[] {
  return config.validatorIds.filter((peer) => peer !== id && config.byzantine?.[peer] === undefined);
}
