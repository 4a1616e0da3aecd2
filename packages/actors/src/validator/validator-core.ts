/**
 * The validator as a pure core, in the shape every actor shares (core/effects.ts):
 * `decide(state, input, nowUs) → { state, effects }`. The consensus itself is the Tendermint core
 * of @faultline/consensus (a pure state machine returning its own effects); this core is the
 * validator around it — peer status and block sync, vote relay, status announcements — and turns
 * the consensus effects into the actors' effects, so the validator's timers are set-timer effects
 * carried out by the thin actor over the host like every other actor's (one timer mechanism).
 *
 * - Order: consensus effects become actor effects in the order the consensus core returned them;
 *   log appends (persist) come before the publishes they protect (the host keeps that order
 *   durable), so a restarted validator never signs two different votes for one step.
 * - Timeouts: each consensus timeout (step, height, round) is its own named timer; the timeouts of
 *   a height are cancelled when the next height starts (Algorithm 1's OnTimeout* ignore another
 *   height's). One the core has moved past within its height still fires and is ignored there
 *   (OnTimeout* check round and step).
 * - Durable log: the consensus core persists each record (a persist-record effect: the record
 *   and its encoder, wal-encode.ts; the host encodes it, the simulator lazily) and
 *   applies it with its `evolve` at once; `recover` decodes the write-ahead log with the
 *   never-throwing decoder and replays every record through that same `evolve` (the consensus
 *   core's `restore`), then resumes at the height after its chain. A record that does not decode
 *   is an error naming the validator.
 *
 * - Relays: a client tx this validator relays (the consensus core's gossip-tx effect, one
 *   validator per tx) goes out as a TxBatch of its bytes as received (no decode, no
 *   re-encode); a peer takes it without decoding when it holds the tx already. By default one tx
 *   per batch, at once: a window that gathers several (1 ms was tried) moves every later
 *   message's timing in the simulator, and timing-sensitive scenario and planted-actor tests with
 *   it. A live validator gathers them (`relayWindowUs`, set by the validator service): the client
 *   txs its mempool took within the window that it relays are held, and when it closes the ones
 *   not committed meanwhile leave as one TxBatch (a committed one is not sent: every peer holds
 *   it, or syncs it). A message per relayed tx cost every peer a parse and a decode, and its
 *   sender a socket write. With a window the choice of relay is `relayIndexOf` (FNV-1a of the
 *   tx's bytes), made as the tx arrives: the core's `relays` (a sha256 per tx, kept without a
 *   window, so the simulator's traces are unchanged) and a committed-set lookup per held tx were
 *   ~5 % of a live validator at 5,000/s; now only this validator's quarter is held and looked up.
 *   Every validator with a window makes the same choice, so each client tx has one relay. The
 *   window also closes early at RELAY_BATCH_BYTES_MAX held. Evidence is gossiped alone and at
 *   once, as a decoded Transaction.
 *
 * - Commit wait: after a commit the core waits `timeouts.commitUs` before the next height (it
 *   gathers txs, and lets a slower peer's precommit arrive). With `skipCommitWait` the wait
 *   ends as soon as all n validators' precommits for the committed block are in: those in its
 *   certificate and those that arrive after it (a decided height's late precommit changes no rule:
 *   the core holds it unverified). Nothing is left to wait for then — CometBFT's
 *   skip_timeout_commit. A precommit counted here is not verified: a forged one can only end this
 *   wait early, as a shorter commitUs would; no vote, lock or commit depends on it. The next
 *   proposer then reaps its mempool at once, so an order waits one block interval less by up to
 *   commitUs.
 *
 * - Reap after a poll (`reapAfterPoll`, live): the commit wait ends in a timer's callback, and
 *   the next proposer would reap its mempool there at once — before the client txs that reached
 *   its socket meanwhile are read (Node runs timers before it polls for I/O), and a busy validator
 *   can have milliseconds of them waiting: 16-38 % of orders missed the proposal they were
 *   published before (live.bench's "published before the previous proposal yet later"). With it,
 *   the next proposer carries out its commit timeout when a second timer of 0 µs fires (REAP_TIMER;
 *   through the host like every timer: live, a setTimeout, which runs after the next poll), and the
 *   other validators at once. A commit timeout of a height the core has left by then is ignored by
 *   the core (OnTimeout* checks the height).
 *
 * - Build ahead (`proposeAheadUs`, live): the next proposer's reap, build, signature and the
 *   proposal record's append and ack were on every block interval's critical path, between the
 *   end of its commit wait and its proposal (the bench's `build` hop: p50 2 ms, p99 8-17 ms in the
 *   quiet windows). With it, the next proposer does all of that `proposeAheadUs` before its commit
 *   wait ends (PROPOSE_AHEAD_TIMER; TendermintCore.onProposeAhead signs and records the proposal of
 *   the next height's round 0) and, when the wait ends, sends the proposal it signed as a restarted
 *   proposer does — its record acknowledged by then. The block rule: the txs in its mempool
 *   `proposeAheadUs` before the wait ends are in the block (up to the limits), those after are in
 *   a later one; the block is otherwise the one it would build at the end of the wait (the same
 *   last commit, previous hash and time). A proposal signed and never sent is not an equivocation
 *   (one proposal per height and round); a crash after its record re-sends that one.
 *
 * - Write-ahead batches (`walBatch`, live): the records one input persists back to back with no
 *   publish between them (a lock and the precommit it guards, every height) go to the host as one
 *   persist-record effect, one log entry (wal-encode.ts, version 2): one JetStream store and one
 *   ack where there were two. The log keeps every record, in the order the core persisted them; an
 *   entry is stored whole or not at all, so a crash loses what it lost before: records whose ack
 *   had not come. A commit record stays an entry of its own (commitBeforeRecord moves the block's
 *   publish just ahead of it), unless it is held (next).
 *
 * - Held commit records (`walHoldCommit`, live; write-ahead batches too): a commit record whose
 *   block went out ahead of it (above) waits for this validator's next record — the next height's
 *   prevote or proposal — and is written in one entry with it: a non-proposer's height is two
 *   appends (`[commit h−1, prevote h]`, `[lock, precommit]`) instead of four. A crash while one is
 *   held loses it: that is the crash in the commit gap, made wider (the commit wait and the next
 *   proposal instead of one ack), and recovered from the same way (below).
 *
 * - Crash in the commit gap (with commitBeforeRecord): a block published before its commit record
 *   is durable was published by a validator that, killed before the record's ack, recovers without
 *   the height and commits it again. A validator publishes each height at most once, across
 *   restarts too (the chain-integrity monitor holds it to that), so: (1) a block goes out ahead of
 *   its record only when this validator's precommit for that block at that height was persisted
 *   before it — the host's barrier sends the block only once that record is acknowledged, so the
 *   log of a validator that published a block without its commit record always holds that
 *   precommit; any other commit (a synced block, a decision from the others' precommits alone) is
 *   published after its record, as without the option. (2) On recovery, a log whose precommits for
 *   a block at the height after its chain have no commit record means that block may be out
 *   already: when the validator commits that height with one of those blocks (from its peers or its
 *   own rounds), it does not publish it again. Its chain, log and everything else go on as always;
 *   the monitor takes a skipped height as no violation. A block other than the precommitted ones
 *   was never published early, so it is published. What it costs: were every validator killed
 *   between its precommit and its commit of one height, none would publish that height (the
 *   execution nodes sync it) and chain-integrity would fail a run in which nothing went wrong, so
 *   the live validator service publishes after the record unless FAULTLINE_COMMIT_BEFORE_RECORD=1
 *   (BENCHMARKS.md "Session 31 live" and "Session 31 integrator").
 *
 * - The block with its record (`commitWithRecord`, live): the block's publish right after its
 *   commit record, flagged to leave with it (Host.publishWithRecord: one socket write, the record
 *   first, the block waiting for the appends before the record but not for the record's ack). A
 *   kill leaves the broker neither, the record, or both: a recovered validator whose log lacks the
 *   commit record of the height after its chain never published it, and commits and publishes it
 *   normally — no skip, so every validator killed at its precommit publishes the height once. A
 *   record whose append fails after its block left is retried in place by the log (the same
 *   Nats-Msg-Id: stored once), the validator stalled meanwhile (nothing else leaves: the barrier),
 *   and recorded once JetStream takes it; if the log gives up (a refusal, or JetStream away for
 *   APPEND_REPAIR_MAX_MS), or the process dies while it retries, the block is out without its
 *   record — the validator stops, and the live host has kept that record beside the process
 *   before the block left (runtime record-ahead.ts), so its next incarnation appends it before it
 *   recovers and does not publish the height again. What is left: a restart on another machine,
 *   or after the machine crashed, has no such file (BENCHMARKS.md "Session 35 live"). The
 *   simulator's host has no publishWithRecord: its appends are durable at once and a crash falls
 *   between inputs, so there the record and the block already leave together or not at all.
 *
 * Subjects: `consensus.<id>` (proposals, votes, tx gossip, status; everyone listens on
 * `consensus.*`), `direct.<id>` (messages for one validator), `sync.<id>` (block requests and
 * responses), `tx.*` (clients' transactions), `block.<id>` (committed blocks, for execution).
 */
import { decodeMessage, deriveKeyPair, encodeMessage, pb, type faultline, type Signer } from '@faultline/protocol';
import {
  committedHeight,
  COMETBFT_TIMEOUTS,
  isEvidenceTxBytes,
  SYNC_BLOCKS_MAX,
  TendermintCore,
  ValidatorSet,
  voteFacts,
  type BlockRequestFacts,
  type ByzantineBehaviour,
  type ConsensusLimits,
  type ConsensusVariant,
  type CoreEffect as ConsensusEffect,
  type Step,
  type TimeoutConfig,
} from '@faultline/consensus';
import { decodeWalEntries, WalRecordEncoder } from './wal-encode.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';

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
  /**
   * How long the client txs this validator relays are gathered into one TxBatch, µs (see
   * "Relays" above). 0 or absent: each leaves at once in a batch of its own (the simulator's
   * behaviour); the live validator service sets LIVE_RELAY_WINDOW_US.
   */
  relayWindowUs?: number;
  /**
   * Publish a committed block (`block.<id>`) before this validator's own commit record is
   * acknowledged by its durable log, not after (the default, and the simulator's) — when this
   * validator's precommit for the block was persisted first (see "Crash in the commit gap"
   * above, which also says what a validator recovering from that gap does). Safe: the
   * block carries its quorum's certificate, so it is committed whatever this validator's log
   * holds — a validator that crashes before the record syncs the height from its peers when it
   * restarts, and its own precommit in that certificate was persisted before it was sent. It
   * takes one durable round trip (the `wal-ack` hop) off every order's way to its fill, and the
   * publish leaves in the same socket write as the record. The live validator service sets it.
   */
  commitBeforeRecord?: boolean;
  /**
   * Publish a committed block right after its commit record and flagged to leave with it (see
   * "The block with its record" above): live, one socket write, the block not waiting for the
   * record's ack; in the simulator, as without it. Ignored with commitBeforeRecord. Off by default
   * (the simulator's effects are unchanged); the validator service sets it with
   * FAULTLINE_COMMIT_WITH_RECORD=1 (live-options.ts liveCommitOrder; off there too until measured).
   */
  commitWithRecord?: boolean;
  /**
   * Experimental, off by default (the validator service's FAULTLINE_VOTES_WITH_RECORD=1): each
   * proposal and vote this validator broadcasts leaves with its signed record as the block does
   * with commitWithRecord (Host.publishWithRecord: one write, not waiting for the record's ack),
   * taking the proposal's and each vote's write-ahead ack off the height's critical path (with
   * walBatch, so that a precommit's lock is in its entry). A kill cannot leave a vote out without
   * its record at the broker; a log that gives up on the record after the vote left (or a kill
   * while it retries) could, and a restarted validator would then sign that step again (an
   * equivocation) — unless its host kept the record ahead (runtime record-ahead.ts: the live
   * service does, in a file beside its spec; the next incarnation appends it before it recovers).
   * Off until the quiet window's A/B measures it (BENCHMARKS.md "Session 35 live").
   */
  votesWithRecord?: boolean;
  /**
   * End the commit wait as soon as every validator's precommit for the committed block is in
   * (CometBFT's `skip_timeout_commit`: "make progress as soon as we have all the precommits"),
   * instead of waiting the full `timeouts.commitUs` (see "Commit wait" above). Off by default (the
   * simulator's validators wait the full time: their traces are unchanged); the validator service
   * turns it on with FAULTLINE_SKIP_COMMIT_WAIT=1.
   */
  skipCommitWait?: boolean;
  /**
   * The next height's proposer starts it (and reaps its mempool for the proposal) one host timer
   * of 0 µs after its commit wait ends, not in that timer's own callback (see "Reap after a poll"
   * above). Off by default (the simulator's traces are unchanged); the validator service sets it.
   */
  reapAfterPoll?: boolean;
  /**
   * Build ahead, µs (live; see "Build ahead" above): the next height's proposer builds, signs and
   * appends its proposal this long before its commit wait ends (TendermintCore.onProposeAhead),
   * and only sends it when the wait ends. 0 or absent: it builds when the wait ends (the
   * simulator's behaviour: its traces are unchanged); the validator service sets it from
   * FAULTLINE_PROPOSE_AHEAD_US (live-options.ts liveProposeAheadUs).
   */
  proposeAheadUs?: number;
  /**
   * Live: also take each peer's proposals and votes from its durable log as the broker delivers
   * them once stored (Host.subscribeStoredLog; see validator-actor.ts "Delivery from the log"),
   * ahead of the peer's own publish after its append's ack. Off by default (the simulator's
   * hosts have no stored log delivery); the validator service sets it with FAULTLINE_DELIVER_FROM_LOG=1.
   */
  deliverFromLog?: boolean;
  /**
   * Committed blocks this validator keeps decoded, the newest (@faultline/consensus
   * committed-chain.ts): older ones are kept as their encoding, decoded again only for a peer's
   * sync request. Absent: every block decoded (the simulator's). The validator service sets
   * LIVE_CHAIN_BLOCKS_KEPT: a live validator's heap, and its major collections' marking, no
   * longer grow with the venue's age by a decoded block per height.
   */
  chainBlocksKept?: number;
  /**
   * Persist the records one input makes back to back as one log entry (see "Write-ahead batches"
   * above). Off by default (the simulator's logs and traces are unchanged); the validator service
   * sets it with FAULTLINE_WAL_BATCH=1.
   */
  walBatch?: boolean;
  /**
   * Write-ahead batches (as walBatch), and a commit record whose block went out ahead of it
   * (commitBeforeRecord) held until this validator's next record and written in one entry with
   * it (see "Held commit records" above). Off by default (the simulator's logs and traces are
   * unchanged); the validator service sets it with FAULTLINE_WAL_HOLD_COMMIT=1.
   */
  walHoldCommit?: boolean;
}

/** Test-only options of the core and the actor factory, never part of a configuration (the planted-variant seam). */
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
  /** Committed blocks not published after a recovery because they may have been before the crash ("Crash in the commit gap"). */
  blocksNotRepublished: number;
  /** proposeAheadUs: proposals this validator built, signed and recorded ahead of its commit wait's end. */
  proposalsBuiltAhead: number;
}

export interface ValidatorState {
  readonly id: string;
  readonly config: ValidatorConfig;
  readonly consensus: TendermintCore;
  /** Armed consensus timeouts by timer name (what the consensus core scheduled). */
  readonly timeouts: Map<string, { step: Step; height: number; round: number }>;
  lastSyncRequestUs: number;
  /** The peer the last sync request went to (a pending ask prefers another: see requestBlocks()). */
  lastSyncPeer: string | undefined;
  /**
   * A peer's claim of a height above ours waiting for SYNC_GRACE_TIMER: a claim of the height after
   * ours waiting out a commit wait before it may cost a sync (see behind()), or a sync the request
   * interval refused, asked when the interval ends (see requestBlocks()). One at a time.
   */
  syncGrace: { peer: string; height: number } | undefined;
  readonly counters: ValidatorCounters;
  /** Encodes the write-ahead records (each block's bytes once for its lock and commit records). */
  readonly wal: WalRecordEncoder;
  /** `wal.encode` as the persist-record effects' encoder (one function for every record, and for a batch of them). */
  readonly encodeWalRecord: (record: faultline.v1.IValidatorWalRecord | readonly faultline.v1.IValidatorWalRecord[]) => Uint8Array;
  /** skipCommitWait: the validators whose precommit for the block decided at `height` arrived after its certificate was made. */
  readonly lateCommitVoters: { height: number; voters: Set<string> };
  /** This validator's index in the set: it relays the client txs whose relayIndexOf is this (with a relay window). */
  readonly relayIndex: number;
  /** Client txs held for the relay window (relayWindowUs), and their bytes. */
  readonly relayQueue: Uint8Array[];
  relayQueueBytes: number;
  /** reapAfterPoll: the commit timeout this validator, the next proposer, carries out when REAP_TIMER fires. */
  deferredCommit: { height: number; round: number } | undefined;
  /** proposeAheadUs: the height whose commit wait PROPOSE_AHEAD_TIMER was set in (a timer of an earlier wait does nothing). */
  proposeAheadHeight: number | undefined;
  /** walHoldCommit: the commit record waiting for this validator's next record (one entry with it). */
  heldCommit: faultline.v1.IValidatorWalRecord | undefined;
  /** The blocks this validator's persisted precommits name at the highest height it precommitted a block (live and recovered). */
  readonly precommitted: { height: number; blockHashes: Uint8Array[] };
  /**
   * commitBeforeRecord, after a recovery: the height after the recovered chain and the blocks the
   * log's precommits name there — one of them may have been published already (see "Crash in the
   * commit gap"); undefined otherwise.
   */
  mayBePublished: { height: number; blockHashes: readonly Uint8Array[] } | undefined;
}

/**
 * What the validator hears. Peer inputs are never its own messages: the actor drops its own
 * broadcasts (the consensus core counted them when it made them).
 */
export type ValidatorInput =
  /** The actor started (after recover). */
  | { kind: 'start' }
  /** A peer's proposal on `consensus.*` or `direct.<id>`. */
  | { kind: 'proposal'; proposal: faultline.v1.IProposal; from: string }
  /** A peer's vote; `direct`: sent to this validator alone (on `direct.<id>`), relayed to everyone. */
  | { kind: 'vote'; vote: faultline.v1.IVote; from: string; direct: boolean }
  /** A plain transaction's bytes, decoded and checked by the host (the actor encodes an in-process one). */
  | { kind: 'tx'; tx: Uint8Array; fromClient: boolean }
  /** A peer's relay batch: txs' bytes nobody checked yet (decoded on entry unless held already). */
  | { kind: 'txs'; txs: readonly Uint8Array[]; from: string }
  | { kind: 'evidence'; evidence: faultline.v1.IEquivocationEvidence; from: string }
  /** A peer's status: the height it has committed. */
  | { kind: 'status'; from: string; committedHeight: number }
  | { kind: 'block-request'; request: BlockRequestFacts }
  | { kind: 'blocks'; blocks: readonly faultline.v1.ICommittedBlock[]; from: string }
  /** A message this validator has no use for on that subject (counted as a rejection). */
  | { kind: 'unexpected'; reason: string }
  | TimerInput;

/** The status announcement's timer (a peer behind us syncs; our messages of the height are re-sent). */
export const STATUS_TIMER = 'status';
/** A peer claimed a height above ours: the sync it may need waits for this timer (see behind() and requestBlocks()). */
export const SYNC_GRACE_TIMER = 'sync-grace';
/** The relay window's timer (relayWindowUs). */
export const RELAY_TIMER = 'relay';
/** reapAfterPoll: the timer after which the next proposer ends its commit wait (and reaps). */
export const REAP_TIMER = 'reap';
/** proposeAheadUs: the timer, proposeAheadUs before the commit wait ends, at which the next proposer builds its proposal. */
export const PROPOSE_AHEAD_TIMER = 'propose-ahead';
/** A relay batch leaves before its window closes once its txs reach this many bytes (a frame is 8 MiB at most). */
export const RELAY_BATCH_BYTES_MAX = 256 * 1024;
/**
 * The relay window of a live validator (the validator service's default): 50 ms, about two fast
 * blocks — most client txs are committed by then and need no relay (every validator hears every
 * client directly; a relay serves one cut off from that client).
 */
export const LIVE_RELAY_WINDOW_US = 50_000;
/**
 * Committed blocks a live validator keeps decoded (the validator service's default): 8, some
 * 0.2 s of fast blocks at 5,000 orders/s — the core reads only the last one; a peer that fell
 * behind syncs from archived blocks decoded for it (one request per 500 ms at most, SYNC_BLOCKS_MAX blocks).
 * Why so few: a decoded block (its header, certificate and a byte view per tx, holding the
 * proposal's frame) kept longer than two scavenges (~1.5 s at 5,000/s) is promoted and dies in
 * the old space; 256 (~5.7 s) promoted them all. At 8 the validators promoted 423–440 against
 * 497–569 bytes per order and kept 1.55–1.66 against 1.74–1.87 MB young per scavenge
 * (--trace-gc-nvp, BENCHMARKS.md "Session 37 live"); the archive's encoding is made either way.
 */
export const LIVE_CHAIN_BLOCKS_KEPT = 8;
const STATUS_INTERVAL_US_DEFAULT = 1_000_000;
/** Distinct reject reasons remembered (with counts); more are folded into "other". */
const REJECT_REASONS_MAX = 100;
/** At most one outstanding sync request per this interval. */
const SYNC_REQUEST_INTERVAL_US = 500_000;
/** Actor ids a validator will address a subject to (a peer's claimed id is checked before use). */
const ACTOR_ID = /^[A-Za-z0-9_-]+$/;

/** `signer`: the host's (Host.signer), for the core's own votes and proposals; absent: signed at once. */
export function initialValidatorState(config: ValidatorConfig, id: string, testOptions: ValidatorTestOptions = {}, signer?: Signer): ValidatorState {
  const validators = new ValidatorSet(config.validatorIds.map((validatorId) => ({ id: validatorId, publicKeyRaw: deriveKeyPair(config.keySeed, validatorId).publicKeyRaw })));
  const byzantine = config.byzantine?.[id];
  const consensus = new TendermintCore({
    validatorId: id,
    validators,
    keys: deriveKeyPair(config.keySeed, id),
    timeouts: config.timeouts ?? COMETBFT_TIMEOUTS,
    genesisTimeUs: config.genesisTimeUs ?? 0,
    ...(config.limits ? { limits: config.limits } : {}),
    ...(byzantine ? { byzantine } : {}),
    ...(testOptions.variant ? { variant: testOptions.variant } : {}),
    ...(signer ? { signer } : {}),
    ...(config.chainBlocksKept !== undefined ? { chainKept: config.chainBlocksKept } : {}),
  });
  const wal = new WalRecordEncoder();
  return {
    id,
    config,
    consensus,
    timeouts: new Map(),
    lastSyncRequestUs: -Infinity,
    lastSyncPeer: undefined,
    syncGrace: undefined,
    wal,
    encodeWalRecord: (record) => (Array.isArray(record) ? wal.encodeBatch(record) : wal.encode(record as faultline.v1.IValidatorWalRecord)),
    lateCommitVoters: { height: 0, voters: new Set() },
    relayIndex: validators.ids.indexOf(id),
    relayQueue: [],
    relayQueueBytes: 0,
    deferredCommit: undefined,
    proposeAheadHeight: undefined,
    heldCommit: undefined,
    precommitted: { height: 0, blockHashes: [] },
    mayBePublished: undefined,
    counters: { rejectedFrames: 0, rejectedMessages: 0, rejectReasons: new Map(), syncRequests: 0, evidenceReported: 0, blocksNotRepublished: 0, proposalsBuiltAhead: 0 },
  };
}

/** Applies one write-ahead record: the consensus core's `evolve`, which it also applies live to each record it persists. */
export function evolve(state: ValidatorState, record: faultline.v1.IValidatorWalRecord): ValidatorState {
  state.consensus.evolve(record);
  return state;
}

/** Rebuilds the consensus state from the write-ahead log (before start): every record through `evolve`, then the height to resume at. */
export function recover(state: ValidatorState, recovered: { entries: readonly Uint8Array[] }): ValidatorState {
  const records = decodeWalEntries(recovered.entries, `validator ${state.id}`);
  state.consensus.restore(records);
  for (const record of records) if (record.signedVote) notePrecommit(state, record.signedVote);
  const next = state.consensus.committedHeight + 1;
  const precommitted = state.precommitted;
  // Precommits of a height past the chain: its commit record, if the block went out, never became durable.
  if (state.config.commitBeforeRecord === true && precommitted.height === next) state.mayBePublished = { height: next, blockHashes: [...precommitted.blockHashes] };
  return state;
}

/**
 * A precommit, persisted (live) or recovered: the blocks of the highest height precommitted are
 * kept. No guard against a nil one (its empty hash matches no certificate), a repeat, or a lower
 * height after a higher one (the core signs heights in order and the log keeps it): a block's hash
 * names its height (the header holds it), so none of them could match a block they do not name.
 */
function notePrecommit(state: ValidatorState, vote: faultline.v1.IVote): void {
  const blockHash = vote.blockHash;
  if (vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT || !blockHash) return;
  const height = Number(vote.height);
  const precommitted = state.precommitted;
  if (height > precommitted.height) {
    precommitted.height = height;
    precommitted.blockHashes.length = 0;
  }
  precommitted.blockHashes.push(blockHash);
}

/** Did this validator persist a precommit for the block it committed at `height` (`blockHash`: the certificate's)? */
function precommittedBlock(blocks: { height: number; blockHashes: readonly Uint8Array[] } | undefined, height: number, blockHash: Uint8Array | null | undefined): boolean {
  return blocks !== undefined && blocks.height === height && blocks.blockHashes.some((hash) => sameBytes(hash, blockHash));
}

/** The timer name of one consensus timeout: each (step, height, round) its own. */
export function timeoutTimer(step: Step, height: number, round: number): string {
  return `timeout/${step}/${height}/${round}`;
}

export function decide(state: ValidatorState, input: ValidatorInput, nowUs: number): Decision<ValidatorState> {
  const effects: CoreEffect[] = [];
  const consensus = state.consensus;
  // No `const run = (out) => carryOut(…)` closure: the service bundle (esbuild keepNames) names
  // every such closure with a defineProperty when it is made — once per input, 2.6 % of a live
  // validator's CPU.
  switch (input.kind) {
    case 'start':
      carryOut(state, consensus.start(nowUs), nowUs, effects);
      announceStatus(state, effects);
      break;
    case 'proposal':
      carryOut(state, consensus.onProposal(nowUs, input.proposal, input.from), nowUs, effects);
      break;
    case 'vote':
      carryOut(state, consensus.onVote(nowUs, input.vote, input.from), nowUs, effects);
      // A vote a peer sent to us alone is relayed to everyone. CometBFT's gossip brings every vote
      // to every peer whatever its sender targeted; our broadcast is one hop, so only targeted
      // sends (which honest validators never make) need it. This is how a validator that signs
      // different votes for different peers gets both seen, and duplicate-vote evidence built.
      if (input.direct) effects.push({ kind: 'publish', subject: `consensus.${state.id}`, body: { vote: input.vote } });
      break;
    case 'tx':
      if (input.fromClient && (state.config.relayWindowUs ?? 0) > 0) {
        // The core is told the tx is a peer's copy, which it never relays: a tx its mempool took
        // and this validator relays (relayIndexOf) is held here for the window (sendRelays).
        const pending = consensus.mempool.size;
        carryOut(state, consensus.onTx(nowUs, input.tx, false, true), nowUs, effects);
        if (consensus.mempool.size > pending && relayIndexOf(input.tx, consensus.validators.n) === state.relayIndex) holdRelay(state, input.tx, effects);
        break;
      }
      carryOut(state, consensus.onTx(nowUs, input.tx, input.fromClient, true), nowUs, effects);
      break;
    case 'txs':
      carryOut(state, consensus.onRelayedTxs(nowUs, input.txs), nowUs, effects);
      break;
    case 'evidence':
      // Evidence is verified and re-encoded in its one canonical form before it may enter the mempool.
      carryOut(state, consensus.onEvidence(nowUs, input.evidence, input.from), nowUs, effects);
      break;
    case 'status':
      carryOut(state, consensus.onStatus(input.from, input.committedHeight), nowUs, effects);
      break;
    case 'block-request': {
      const { requesterId, fromHeight, maxCount } = input.request;
      const blocks = consensus.blocksFrom(fromHeight, maxCount);
      if (blocks.length > 0 && ACTOR_ID.test(requesterId)) {
        effects.push({ kind: 'publish', subject: `sync.${requesterId}`, body: { blockResponse: { blocks, responderHeight: consensus.claimedHeight } } });
      }
      break;
    }
    case 'blocks': {
      const committedBefore = consensus.committedHeight;
      carryOut(state, consensus.onSyncedBlocks(nowUs, input.blocks, input.from), nowUs, effects);
      if (input.from === state.lastSyncPeer && consensus.committedHeight > committedBefore) syncAnswered(state, effects);
      break;
    }
    case 'unexpected':
      rejected(state, input.reason, effects);
      break;
    case 'timer': {
      if (input.timer === STATUS_TIMER) {
        announceStatus(state, effects);
        break;
      }
      if (input.timer === RELAY_TIMER) {
        sendRelays(state, effects);
        break;
      }
      if (input.timer === SYNC_GRACE_TIMER) {
        const grace = state.syncGrace;
        state.syncGrace = undefined;
        if (grace !== undefined && consensus.committedHeight < grace.height) requestBlocks(state, grace.peer, grace.height, nowUs, effects);
        break;
      }
      if (input.timer === PROPOSE_AHEAD_TIMER) {
        const height = state.proposeAheadHeight;
        state.proposeAheadHeight = undefined;
        if (height !== consensus.height) break;
        const out = consensus.onProposeAhead(nowUs);
        if (out.some((effect) => effect.kind === 'persist')) state.counters.proposalsBuiltAhead++;
        carryOut(state, out, nowUs, effects);
        break;
      }
      if (input.timer === REAP_TIMER) {
        const deferred = state.deferredCommit;
        state.deferredCommit = undefined;
        if (deferred) carryOut(state, consensus.onTimeout(nowUs, 'commit', deferred.height, deferred.round), nowUs, effects);
        break;
      }
      const timeout = state.timeouts.get(input.timer);
      if (!timeout) throw new Error(`validator ${state.id}: unknown timer ${input.timer}`);
      state.timeouts.delete(input.timer);
      if (timeout.step === 'commit' && state.config.reapAfterPoll === true && consensus.validators.proposer(timeout.height + 1, 0) === state.id) {
        // The next proposer: its height starts after the host's next poll for messages (below).
        state.deferredCommit = { height: timeout.height, round: timeout.round };
        effects.push({ kind: 'set-timer', timer: REAP_TIMER, delayUs: 0 });
        break;
      }
      carryOut(state, consensus.onTimeout(nowUs, timeout.step, timeout.height, timeout.round), nowUs, effects);
      break;
    }
    default: {
      const exhaustive: never = input;
      throw new Error(`validator: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  // In the commit wait (entered by this input or before), this input may complete the precommits: the certificate's, or a late one.
  if (state.config.skipCommitWait === true && consensus.step === 'commit') endCommitWaitWhenAll(state, input.kind === 'vote' ? input.vote : undefined, nowUs, effects);
  return { state, effects };
}

/** Our height, and our own proposal and votes of the current height again (peers that were cut off or restarted need them). */
function announceStatus(state: ValidatorState, effects: CoreEffect[]): void {
  const consensus = state.consensus;
  const subject = `consensus.${state.id}`;
  effects.push({ kind: 'publish', subject, body: { status: { validatorId: state.id, height: consensus.claimedHeight, round: consensus.round } } });
  const own = consensus.ownMessagesOfCurrentHeight();
  for (const proposal of own.proposals) effects.push({ kind: 'publish', subject, body: { proposal } });
  for (const vote of own.votes) effects.push({ kind: 'publish', subject, body: { vote } });
  effects.push({ kind: 'set-timer', timer: STATUS_TIMER, delayUs: state.config.statusIntervalUs ?? STATUS_INTERVAL_US_DEFAULT });
}

/** The consensus core's effects as the actors' effects, in order. */
function carryOut(state: ValidatorState, out: readonly ConsensusEffect[], nowUs: number, effects: CoreEffect[]): void {
  const subject = `consensus.${state.id}`;
  for (const effect of out) {
    switch (effect.kind) {
      case 'persist':
        if (effect.record.signedVote) notePrecommit(state, effect.record.signedVote);
        if (state.config.walBatch === true || state.config.walHoldCommit === true) {
          persistBatched(state, effect.record, effects);
          break;
        }
        // Encoded by the host when it must: at once live, in the simulator only if a restarted
        // incarnation reads it. The record and what it holds (blocks, votes, certificates) are
        // never changed once made (the consensus core builds each whole before it is signed or
        // recorded).
        effects.push({ kind: 'persist-record', record: effect.record, encode: state.encodeWalRecord });
        break;
      case 'broadcast-proposal':
        if (effect.to) for (const peer of effect.to) effects.push({ kind: 'publish', subject: `direct.${peer}`, body: { proposal: effect.proposal } });
        else if (state.config.votesWithRecord === true && lastRecordHolds(effects, (r) => r.signedProposal === effect.proposal)) effects.push({ kind: 'publish', subject, body: { proposal: effect.proposal }, withRecord: true });
        else effects.push({ kind: 'publish', subject, body: { proposal: effect.proposal } });
        break;
      case 'broadcast-vote':
        if (effect.to) for (const peer of effect.to) effects.push({ kind: 'publish', subject: `direct.${peer}`, body: { vote: effect.vote } });
        else if (state.config.votesWithRecord === true && lastRecordHolds(effects, (r) => r.signedVote === effect.vote)) effects.push({ kind: 'publish', subject, body: { vote: effect.vote }, withRecord: true });
        else effects.push({ kind: 'publish', subject, body: { vote: effect.vote } });
        break;
      case 'timeout': {
        const timer = timeoutTimer(effect.step, effect.height, effect.round);
        state.timeouts.set(timer, { step: effect.step, height: effect.height, round: effect.round });
        effects.push({ kind: 'set-timer', timer, delayUs: effect.delayUs });
        const aheadUs = state.config.proposeAheadUs ?? 0;
        if (effect.step === 'commit' && aheadUs > 0 && effect.delayUs > aheadUs && state.consensus.validators.proposer(effect.height + 1, 0) === state.id) {
          state.proposeAheadHeight = effect.height;
          effects.push({ kind: 'set-timer', timer: PROPOSE_AHEAD_TIMER, delayUs: effect.delayUs - aheadUs });
        }
        break;
      }
      case 'step':
        // The consensus core's own state (consensus.step). A new height makes every timeout of an
        // earlier one a no-op (OnTimeout* return at once for another height, and the rules are at
        // their fixpoint after every input): cancelled here instead of fired and ignored — three
        // of the four timeouts a validator arms per height, ~5 % of an empty-block run.
        if (effect.step === 'propose' && effect.round === 0) cancelTimeoutsBelow(state, effect.height, effects);
        break;
      case 'commit': {
        const committed = effect.committed;
        const height = committedHeight(committed);
        const blockHash = committed.certificate?.blockHash;
        if (precommittedBlock(state.mayBePublished, height, blockHash)) {
          // Maybe out already, before the crash (see "Crash in the commit gap"): each height at most once.
          state.mayBePublished = undefined;
          state.counters.blocksNotRepublished++;
          effects.push({ kind: 'log', level: 'info', message: 'committed block not published again after a restart', fields: { height } });
          break;
        }
        const publish: CoreEffect = { kind: 'publish', subject: `block.${state.id}`, body: { committedBlock: committed } };
        // The core persists a block's commit record just before it emits the commit: with
        // commitBeforeRecord the publish goes ahead of that record (and so of the host's barrier),
        // when this validator's precommit for the block is in its log ahead of it.
        const last = effects[effects.length - 1];
        if (state.config.commitBeforeRecord === true && last?.kind === 'persist-record' && (last.record as faultline.v1.IValidatorWalRecord).committed === committed && precommittedBlock(state.precommitted, height, blockHash)) {
          effects.splice(effects.length - 1, 0, publish);
        } else if (state.config.commitWithRecord === true && last?.kind === 'persist-record' && (last.record as faultline.v1.IValidatorWalRecord).committed === committed) {
          effects.push({ kind: 'publish', subject: `block.${state.id}`, body: { committedBlock: committed }, withRecord: true });
        } else effects.push(publish);
        break;
      }
      case 'gossip-tx': {
        // A client tx the core relays (only without a relay window: with one, the choice is sendRelays').
        if (!isEvidenceTxBytes(effect.tx)) {
          effects.push({ kind: 'publish', subject, body: { txBatch: { txs: [effect.tx] } } });
          break;
        }
        const decoded = decodeMessage('Transaction', effect.tx);
        if (decoded.ok) effects.push({ kind: 'publish', subject, body: { tx: decoded.value } });
        break;
      }
      case 'evidence': {
        // The core put it in the mempool and gossips it (a gossip-tx effect): here it is only counted.
        state.counters.evidenceReported++;
        const offender = voteFacts(effect.evidence.voteA ?? {});
        effects.push({ kind: 'log', level: 'info', message: 'duplicate-vote evidence', fields: { validator: offender.validatorId, height: offender.height } });
        break;
      }
      case 'rejected':
        rejected(state, effect.reason, effects);
        break;
      case 'behind':
        behind(state, effect.peer, effect.height, nowUs, effects);
        break;
      default: {
        const exhaustive: never = effect;
        throw new Error(`validator: unhandled consensus effect ${JSON.stringify(exhaustive)}`);
      }
    }
  }
}

/** votesWithRecord: the effect just before is the persist-record (an entry, or a batch's) of this proposal or vote. */
function lastRecordHolds(effects: readonly CoreEffect[], holds: (record: faultline.v1.IValidatorWalRecord) => boolean): boolean {
  const last = effects[effects.length - 1];
  if (last?.kind !== 'persist-record') return false;
  return Array.isArray(last.record) ? (last.record as faultline.v1.IValidatorWalRecord[]).some(holds) : holds(last.record as faultline.v1.IValidatorWalRecord);
}

/**
 * walBatch: a record joins the batch right before it in this input's effects (no publish between
 * them; only this function makes a persist-record of a list), else starts one. A commit record is
 * an entry of its own, as without batches (the commit case moves the block's publish ahead of it)
 * — unless walHoldCommit holds it: then it waits for the next record and starts that one's entry.
 */
function persistBatched(state: ValidatorState, record: faultline.v1.IValidatorWalRecord, effects: CoreEffect[]): void {
  const held = state.heldCommit;
  if (record.committed != null) {
    if (held === undefined && holdsCommit(state, record.committed)) {
      state.heldCommit = record;
      return;
    }
    state.heldCommit = undefined;
    effects.push({ kind: 'persist-record', record: held === undefined ? record : [held, record], encode: state.encodeWalRecord });
    return;
  }
  if (held !== undefined) {
    state.heldCommit = undefined;
    effects.push({ kind: 'persist-record', record: [held, record], encode: state.encodeWalRecord });
    return;
  }
  const last = effects[effects.length - 1];
  if (last?.kind === 'persist-record' && Array.isArray(last.record)) (last.record as faultline.v1.IValidatorWalRecord[]).push(record);
  else effects.push({ kind: 'persist-record', record: [record], encode: state.encodeWalRecord });
}

/**
 * walHoldCommit: this commit record may wait for the next record — its block goes out ahead of it
 * (commitBeforeRecord, and this validator's precommit for the block is in its log), so a crash
 * that loses it is the crash in the commit gap a recovery already handles. Any other commit
 * record (a synced block's) is written at once: its block follows it.
 */
function holdsCommit(state: ValidatorState, committed: faultline.v1.ICommittedBlock): boolean {
  const config = state.config;
  return config.walHoldCommit === true && config.commitBeforeRecord === true && precommittedBlock(state.precommitted, committedHeight(committed), committed.certificate?.blockHash);
}

/**
 * skipCommitWait, in the commit wait: the decided block's certificate and the precommits for it
 * that came after (`vote`: this input's, if it is one); when all n validators' are in, the wait
 * ends now (the commit timeout's own transition: the next height starts, and its proposer reaps).
 */
function endCommitWaitWhenAll(state: ValidatorState, vote: faultline.v1.IVote | undefined, nowUs: number, effects: CoreEffect[]): void {
  const consensus = state.consensus;
  if (consensus.step !== 'commit') return;
  const height = consensus.height;
  const committed = consensus.committedAt(height);
  const certificate = committed?.certificate;
  if (!certificate) return;
  const late = state.lateCommitVoters;
  if (late.height !== height) {
    late.height = height;
    late.voters.clear();
  }
  if (vote !== undefined && vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT && Number(vote.height) === height && (vote.round ?? 0) === (certificate.round ?? 0) && sameBytes(vote.blockHash, certificate.blockHash)) {
    const voter = vote.validatorId ?? '';
    if (consensus.validators.has(voter)) late.voters.add(voter);
  }
  const precommits = certificate.precommits ?? [];
  let all = late.voters.size;
  for (const precommit of precommits) if (!late.voters.has(precommit.validatorId ?? '')) all++;
  if (all < consensus.validators.n) return;
  carryOut(state, consensus.onTimeout(nowUs, 'commit', height, consensus.round), nowUs, effects);
}

function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  const length = a?.length ?? 0;
  if (length !== (b?.length ?? 0)) return false;
  for (let i = 0; i < length; i++) if ((a as Uint8Array)[i] !== (b as Uint8Array)[i]) return false;
  return true;
}

/**
 * Which validator of n relays this client tx when validators gather relays in a window: FNV-1a
 * (32-bit) of its bytes, scaled to n — a spread as even as the core's sha256 choice for these bytes, at
 * a third of its cost or less (0.2-0.3 µs against 0.75 µs for an order's 43 bytes). Not a security choice: a client can aim its txs at one relay either way
 * (it picks the bytes), and a relay only serves a validator cut off from that client.
 */
export function relayIndexOf(tx: Uint8Array, n: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < tx.length; i++) hash = Math.imul(hash ^ (tx[i] as number), 0x01000193);
  // Its high bits: a low bit of FNV-1a depends only on the inputs' bits at and below it.
  return Math.floor(((hash >>> 0) / 4294967296) * n);
}

/** A client tx held for the relay window: the first opens it (its timer); RELAY_BATCH_BYTES_MAX held closes it at once. */
function holdRelay(state: ValidatorState, tx: Uint8Array, effects: CoreEffect[]): void {
  if (state.relayQueue.length === 0) effects.push({ kind: 'set-timer', timer: RELAY_TIMER, delayUs: state.config.relayWindowUs ?? 0 });
  state.relayQueue.push(tx);
  state.relayQueueBytes += tx.length;
  if (state.relayQueueBytes >= RELAY_BATCH_BYTES_MAX) {
    effects.push({ kind: 'cancel-timer', timer: RELAY_TIMER });
    sendRelays(state, effects);
  }
}

/** The relay window closes: the held txs not committed meanwhile leave as one TxBatch (none when there are none). */
function sendRelays(state: ValidatorState, effects: CoreEffect[]): void {
  const mempool = state.consensus.mempool;
  const txs = state.relayQueue.filter((tx) => !mempool.isCommitted(tx));
  state.relayQueue.length = 0;
  state.relayQueueBytes = 0;
  if (txs.length > 0) effects.push({ kind: 'publish', subject: `consensus.${state.id}`, body: { txBatch: { txs } } });
}

function cancelTimeoutsBelow(state: ValidatorState, height: number, effects: CoreEffect[]): void {
  for (const [timer, timeout] of state.timeouts) {
    if (timeout.height >= height) continue;
    state.timeouts.delete(timer);
    effects.push({ kind: 'cancel-timer', timer });
  }
}

/**
 * A peer has committed `height`, above ours. Two or more heights ahead, we are behind: ask it at
 * once. Exactly one ahead, it has most likely just committed the height we are deciding, and the
 * precommits that let it commit were broadcast to us too, and are on their way: a status sent just
 * after its commit (statuses go out at whole seconds, whatever the height's phase), or its first
 * message of the next height, races them. Asking at once then cost a request and a block response
 * for a block committed before the response arrived (the consensus bench, T=18 s: validator-1
 * commits 808 at 17.999959 s, its status at 18.000000 s makes validator-2 and -3 ask for 808 at
 * 18.001 s; they commit it at 18.0017–18.0019 s, the responses arrive at 18.0027–18.0038 s). So
 * the claim waits one commit wait (timeouts.commitUs: the time the protocol gives a late
 * precommit after a decision) and costs a sync only if we are still below it then. A validator
 * really one behind syncs that much later — unless the peer moves on meanwhile (its next claim
 * is two ahead) — and the sync request's own interval still applies.
 */
function behind(state: ValidatorState, peer: string, height: number, nowUs: number, effects: CoreEffect[]): void {
  if (height > state.consensus.committedHeight + 1) {
    requestBlocks(state, peer, height, nowUs, effects);
    return;
  }
  // One claim waits at a time (the timer judges it); one we have reached since is replaced, and its timer set anew.
  if (state.syncGrace !== undefined && state.syncGrace.height > state.consensus.committedHeight) return;
  holdClaim(state, peer, height, commitWaitUs(state), effects);
}

/** The one pending claim (syncGrace) and the timer that judges it: set together, as behind() and requestBlocks() both hold one. */
function holdClaim(state: ValidatorState, peer: string, height: number, delayUs: number, effects: CoreEffect[]): void {
  state.syncGrace = { peer, height };
  effects.push({ kind: 'set-timer', timer: SYNC_GRACE_TIMER, delayUs });
}

/** One commit wait of this validator's timeouts: how long a claim of the height after ours waits before it may cost a sync. */
function commitWaitUs(state: ValidatorState): number {
  return (state.config.timeouts ?? COMETBFT_TIMEOUTS).commitUs;
}

/**
 * Asks `peer`, which claims to have committed `height`, for the blocks after ours — at most once
 * per SYNC_REQUEST_INTERVAL_US. A claim the interval refuses is not forgotten: it waits as the one
 * pending claim (syncGrace) for the interval's end, and SYNC_GRACE_TIMER asks then if we are still
 * below it. Forgotten, it cost a status interval (1 s) when no further claim came — the case of a
 * validator that needs a second sync within 0.5 s and is the next proposer, whose peers send
 * nothing while they wait for its proposal (BENCHMARKS.md "Session 37 stall", "What is left").
 * Bounded: one pending claim and one timer, however many claims are refused (a claim above it
 * raises its height, never arms another timer). The pending claim prefers a peer other than
 * the one asked last: that one's answer did not bring us up (it never came, or fell short), and
 * a peer that claims heights it does not have must not be the one every retry asks.
 */
function requestBlocks(state: ValidatorState, peer: string, height: number, nowUs: number, effects: CoreEffect[]): void {
  if (!ACTOR_ID.test(peer)) return;
  const waitUs = state.lastSyncRequestUs + SYNC_REQUEST_INTERVAL_US - nowUs;
  if (waitUs > 0) {
    const pending = state.syncGrace;
    if (pending === undefined || pending.height <= state.consensus.committedHeight) {
      holdClaim(state, peer, height, waitUs, effects);
      return;
    }
    // A timer is armed for the pending claim (a grace or this interval's end): it stays, the claim may grow.
    if (pending.peer === state.lastSyncPeer && peer !== state.lastSyncPeer) pending.peer = peer;
    if (height > pending.height) pending.height = height;
    return;
  }
  state.lastSyncRequestUs = nowUs;
  state.lastSyncPeer = peer;
  state.counters.syncRequests++;
  effects.push({ kind: 'publish', subject: `sync.${peer}`, body: { blockRequest: { requesterId: state.id, fromHeight: state.consensus.committedHeight + 1, maxCount: SYNC_BLOCKS_MAX } } });
}

/**
 * The peer asked last answered, and its blocks advanced the chain: that request is done, and the
 * interval, which bounds requests to one outstanding, ends now — the next claim asks at once, and
 * a claim the interval refused meanwhile is asked after a commit wait (its timer re-armed) rather
 * than at the interval's end. A validator that needs a second sync right after the first (a burst
 * of late messages: the answer brings it to h, and h + 1's proposal was dropped while it was two
 * below) otherwise waited out the rest of 500 ms: the stall left after 9a7d7d8, live at load
 * 22–31 (BENCHMARKS.md "Session 38 stall": 477 ms, the proposer of the next height). Bounded as
 * before: a request needs the last one answered with blocks that verify, or the interval.
 */
function syncAnswered(state: ValidatorState, effects: CoreEffect[]): void {
  state.lastSyncRequestUs = -Infinity;
  state.lastSyncPeer = undefined;
  const pending = state.syncGrace;
  if (pending !== undefined && pending.height > state.consensus.committedHeight) effects.push({ kind: 'set-timer', timer: SYNC_GRACE_TIMER, delayUs: commitWaitUs(state) });
}

function rejected(state: ValidatorState, reason: string, effects: CoreEffect[]): void {
  const counters = state.counters;
  counters.rejectedMessages++;
  const key = counters.rejectReasons.size < REJECT_REASONS_MAX || counters.rejectReasons.has(reason) ? reason : 'other';
  counters.rejectReasons.set(key, (counters.rejectReasons.get(key) ?? 0) + 1);
  effects.push({ kind: 'log', level: 'debug', message: 'rejected', fields: { reason } });
}
