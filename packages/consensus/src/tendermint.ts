/**
 * The Tendermint consensus core as a pure state machine (Buchman, Kwon, Milosevic, "The latest
 * gossip on BFT consensus", arXiv 1807.04938, Algorithm 1; line numbers cited as "L22" etc.).
 * Inputs are messages, timeouts and transactions with the current time; outputs are effects
 * (persist, broadcast, schedule a timeout, commit) that the validator actor executes in order.
 * Persist effects come before the broadcast they protect: the host keeps log appends ahead of
 * later publishes, so a restarted validator never signs two different votes for one step.
 */
import { decodeMessage, objectArray, pb, type faultline, type Signer } from '@faultline/protocol';
import { medianTimeUs, verifyCertificate } from './certificate.ts';
import { committedHeight, headerFacts, lockFacts, proposalFacts, voteFacts } from './convert.ts';
import {
  consensusLimits,
  timeoutUs,
  type ByzantineBehaviour,
  type ConsensusLimits,
  type Step,
  type TimeoutConfig,
  type ValidatorKeys,
} from './config.ts';
import { duplicateVoteEvidence, evidenceProblem, evidenceTx, evidenceTxProblem } from './evidence.ts';
import { blockHash, certificateHash, hex, txHashPrefix, txKey, txsHash } from './hashing.ts';
import { CommittedChain } from './committed-chain.ts';
import { Mempool, type MempoolAdmission } from './mempool.ts';
import { RoundVotes, type HeldVote, type VoteKind } from './round-votes.ts';
import { SignatureVerifier, signProposal, signVote } from './signatures.ts';
import type { ValidatorSet } from './validator-set.ts';
import type { ConsensusVariant } from './variants.ts';

type Block = faultline.v1.IBlock;
type Vote = faultline.v1.IVote;
type Proposal = faultline.v1.IProposal;
type CommittedBlock = faultline.v1.ICommittedBlock;
type Certificate = faultline.v1.ICommitCertificate;
type WalRecord = faultline.v1.IValidatorWalRecord;

/*
 * The core's own write-ahead records, each made by `new` rather than by an object literal: the log
 * keeps every record, so they all outlive a few scavenges, and V8 then decides to allocate a
 * literal's objects in the old generation and throws away the optimized code that inlined the
 * literal — twice in a cold consensus run (first "maybe", then "tenure"): applyOneRule three
 * compiles instead of one, castVote, recordLock and commit two (BENCHMARKS.md, "Session 35 sim").
 * A class's instances carry no such allocation site. Each has the one member of the record it is.
 * The fields are `declare`d and assigned in the constructor: a declared class field (ES2022) is
 * first defined as undefined on every instance by an initializer function, then assigned.
 */
class ProposalRecord implements WalRecord {
  declare readonly signedProposal: Proposal;
  constructor(signedProposal: Proposal) {
    this.signedProposal = signedProposal;
  }
}
class VoteRecord implements WalRecord {
  declare readonly signedVote: Vote;
  constructor(signedVote: Vote) {
    this.signedVote = signedVote;
  }
}
class CommitRecord implements WalRecord {
  declare readonly committed: CommittedBlock;
  constructor(committed: CommittedBlock) {
    this.committed = committed;
  }
}
class LockRecord implements WalRecord {
  declare readonly lock: Lock;
  constructor(lock: Lock) {
    this.lock = lock;
  }
}
/** A block this core commits and its certificate (kept by the chain and the log alike). */
class Committed implements CommittedBlock {
  declare readonly block: Block;
  declare readonly certificate: CommitCertificate;
  constructor(block: Block, certificate: CommitCertificate) {
    this.block = block;
    this.certificate = certificate;
  }
}
class CommitCertificate implements Certificate {
  declare readonly height: number;
  declare readonly round: number;
  declare readonly blockHash: Uint8Array | null;
  declare readonly precommits: Vote[];
  constructor(height: number, round: number, blockHash: Uint8Array | null, precommits: Vote[]) {
    this.height = height;
    this.round = round;
    this.blockHash = blockHash;
    this.precommits = precommits;
  }
}
class Lock implements faultline.v1.ILockState {
  declare readonly height: number;
  declare readonly lockedRound: number;
  declare readonly lockedBlock: Block | null;
  declare readonly validRound: number;
  declare readonly validBlock: Block | null;
  constructor(height: number, lockedRound: number, lockedBlock: Block | null, validRound: number, validBlock: Block | null) {
    this.height = height;
    this.lockedRound = lockedRound;
    this.lockedBlock = lockedBlock;
    this.validRound = validRound;
    this.validBlock = validBlock;
  }
}

export interface CoreOptions {
  validatorId: string;
  validators: ValidatorSet;
  keys: ValidatorKeys;
  timeouts: TimeoutConfig;
  limits?: Partial<ConsensusLimits>;
  /** Time of block 1 (later blocks take the median of the previous commit's precommit times). */
  genesisTimeUs: number;
  byzantine?: ByzantineBehaviour;
  /** A planted bug, for tests only (variants.ts; the list is in `@faultline/consensus/testing`). */
  variant?: ConsensusVariant;
  /**
   * The host's signing (the simulator's signing thread), for the core's own votes and proposals:
   * each carries a signature read when first needed (signVote). Default: signed here at once.
   */
  signer?: Signer;
  /**
   * Committed blocks kept decoded, the newest (committed-chain.ts); older ones are kept as their
   * encoding and decoded again only to serve a sync request. Default: all of them decoded (the
   * simulator's). The live validator service sets it.
   */
  chainKept?: number;
}

/** What the write-ahead log rebuilds (`TendermintCore.durableFacts`), as comparable values. */
export interface DurableFacts {
  /** Block hashes (hex) in height order. */
  chain: string[];
  /** "height/round/kind" → block hash hex ('' = nil), sorted by key. */
  signed: Array<[string, string]>;
  /** "height/round:block hash hex", sorted. */
  ownProposals: string[];
  /** "height/round/type/block hash hex" of the recent votes kept, in signing order. */
  sentVotes: string[];
  /** The lock fields while a height is being decided (undefined in the commit wait). */
  lock: { lockedRound: number; lockedBlock: string; validRound: number; validBlock: string } | undefined;
}

export type CoreEffect =
  | { kind: 'persist'; record: WalRecord }
  | { kind: 'broadcast-proposal'; proposal: Proposal; to?: string[] }
  | { kind: 'broadcast-vote'; vote: Vote; to?: string[] }
  | { kind: 'timeout'; step: Step; height: number; round: number; delayUs: number }
  | { kind: 'step'; height: number; round: number; step: Step }
  | { kind: 'commit'; committed: CommittedBlock }
  | { kind: 'gossip-tx'; tx: Uint8Array }
  | { kind: 'evidence'; evidence: faultline.v1.IEquivocationEvidence }
  | { kind: 'rejected'; reason: string; from?: string }
  | { kind: 'behind'; peer: string; height: number };

interface ProposalEntry {
  proposal: Proposal;
  block: Block;
  hashHex: string;
  /** The proposal's polRound (convert.ts: read once). */
  polRound: number;
  valid: boolean;
  /** The hashes of the block's txs, computed once by validation and reused at commit. */
  txKeys: string[] | undefined;
}

/** A block's validity and, when its txs were checked, their hashes (in block order). */
interface BlockCheck {
  problem: string | undefined;
  txKeys: string[] | undefined;
}

/** The header round of a `forge-sync` block: no honest proposal has it (rounds stay far below). */
const FORGED_HEADER_ROUND = 999_999;
/** Own votes remembered for re-sending (a few rounds' worth). */
const SENT_VOTES_KEPT_MAX = 64;
/** The things done once per round of a height (TendermintCore.firstTime): L34's timeout, L36's polka, L47's timeout. */
const ONCE_PREVOTE_TIMEOUT = 0;
const ONCE_POLKA = 1;
const ONCE_PRECOMMIT_TIMEOUT = 2;
const ONCE_KINDS = 3;
/** Messages for the next height, held until we get there (bounded). */
const FUTURE_MESSAGES_MAX = 1_000;

export class TendermintCore {
  readonly id: string;
  readonly validators: ValidatorSet;
  readonly verifier: SignatureVerifier;
  readonly mempool: Mempool;
  height = 1;
  round = 0;
  step: Step = 'propose';
  /** Every committed height; the newest blocks decoded (CoreOptions.chainKept). */
  private readonly committed: CommittedChain;
  readonly counters = { rejected: 0, equivocationsSeen: 0, roundsStarted: 0, commits: 0, synced: 0 };
  /** The height the lock fields belong to (the last lock record's; they reset at each new height). */
  private lockHeight = 0;
  private lockedRound = -1;
  private lockedBlock: Block | undefined;
  private validRound = -1;
  private validBlock: Block | undefined;
  private proposals = new Map<number, ProposalEntry>();
  private votes = new Map<number, RoundVotes>();
  /** What happened once in a round of this height (firstTime): round × ONCE_KINDS + the kind. */
  private once = new Set<number>();
  /**
   * Own signatures by height, then by step (stepKey: round and kind) → block hash hex ('' = nil).
   * Never sign two. Heights below the last committed one are pruned as each commit is applied
   * (evolve), so a long run keeps two heights' worth, live and recovered alike.
   */
  private readonly signed = new Map<number, Map<number, string>>();
  /** Own proposals by height, then round (pruned with `signed`). */
  private readonly ownProposals = new Map<number, Map<number, Proposal>>();
  /** `equivocate` only: the second block of our latest equivocating proposal and who got it. */
  private equivocation: { height: number; round: number; hashHex: string; to: string[] } | undefined;
  /** The height whose quorum block, never proposed to us, we asked a precommitter for (askForQuorumBlock: once a height). */
  private quorumBlockAskedAt = 0;
  private future: Array<{ kind: 'vote'; vote: Vote } | { kind: 'proposal'; proposal: Proposal }> = objectArray();
  private readonly limits: ConsensusLimits;
  private readonly quorum: number;
  // objectArray: see its comment (the same maps in every run of a process).
  private readonly sentVotes: Vote[] = objectArray();
  private effects: CoreEffect[] = objectArray();
  private nowUs = 0;
  /** The hash of the last committed block prevBlockHash() read, with the chain entry it hashed. */
  private prevHash: { committed: CommittedBlock; hash: Uint8Array } | undefined;

  constructor(private readonly options: CoreOptions) {
    this.id = options.validatorId;
    this.validators = options.validators;
    if (!this.validators.has(this.id)) throw new Error(`consensus: ${this.id} is not in the validator set`);
    this.limits = consensusLimits(options.limits);
    this.quorum = options.variant === 'quorum-2f' ? 2 * this.validators.f : this.validators.quorum;
    this.verifier = new SignatureVerifier(this.validators);
    this.committed = new CommittedChain(options.chainKept);
    this.mempool = new Mempool(this.limits.mempoolTxsMax, this.limits.txBytesMax, options.variant !== 'mempool-forgets-committed');
  }

  // ---- inputs -------------------------------------------------------------------------

  /**
   * Rebuilds state from the write-ahead log (before start): every record through `evolve`, the
   * same function that applies each record live as the core persists it, then `resume` picks the
   * height, round and lock to go on from (what a live core does at startHeight/startRound).
   */
  restore(records: readonly WalRecord[]): void {
    for (const record of records) this.evolve(record);
    this.resume();
  }

  /**
   * Applies one write-ahead record: live right after the core emits it as a persist effect
   * (`record`), and on recovery to each record of the log (`restore`). The only writer of what
   * the log keeps — the chain (and the mempool's committed set), the votes and proposal it signed
   * and the lock — so a recovered core holds what the live one held at the same record
   * (`durableFacts`; test/recovery.prop.unit.test.ts). Total: a committed block that is not the
   * next height (repeated, out of order) changes nothing.
   */
  evolve(record: WalRecord, hint: { txKeys?: string[] | undefined } = {}): void {
    if (record.committed) {
      const committed = record.committed;
      if (committedHeight(committed) !== this.committed.length + 1 && this.options.variant !== 'no-commit-guard') return;
      this.committed.push(committed);
      this.mempool.markCommitted(committed.block?.txs ?? [], hint.txKeys);
      // Nothing below the last committed height is signed or proposed again, nor re-sent.
      pruneBelow(this.signed, this.committed.length);
      pruneBelow(this.ownProposals, this.committed.length);
    } else if (record.signedVote) {
      const vote = record.signedVote;
      const facts = voteFacts(vote);
      atHeight(this.signed, facts.height).set(stepKey(facts.round, kindOf(facts.type)), facts.blockHashHex);
      this.sentVotes.push(vote);
      // Bounded: only recent votes are ever re-sent or replayed (one in, the oldest out: a shift, where a splice made an array each time).
      while (this.sentVotes.length > SENT_VOTES_KEPT_MAX) this.sentVotes.shift();
    } else if (record.signedProposal) {
      const facts = proposalFacts(record.signedProposal);
      atHeight(this.ownProposals, facts.height).set(facts.round, record.signedProposal);
    } else if (record.lock) {
      const lock = lockFacts(record.lock);
      this.lockHeight = lock.height;
      this.lockedRound = lock.lockedRound;
      this.lockedBlock = record.lock.lockedBlock ?? undefined;
      this.validRound = lock.validRound;
      this.validBlock = record.lock.validBlock ?? undefined;
    }
  }

  /**
   * What the write-ahead log rebuilds, for comparing a recovered core with a live one: the chain,
   * the votes and proposals signed (key → block hash hex), the recent votes kept for re-sending
   * and the lock of the height being decided.
   */
  durableFacts(): DurableFacts {
    return {
      chain: this.committed.range(1, this.committed.length).map((committed) => hex(blockHash(committed.block?.header ?? {}))),
      signed: [...this.signed].flatMap(([height, steps]) => [...steps].map(([step, hashHex]): [string, string] => [signKey(height, step), hashHex])).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ownProposals: [...this.ownProposals].flatMap(([height, rounds]) => [...rounds].map(([round, proposal]) => `${height}/${round}:${hex(proposal.blockHash)}`)).sort(),
      sentVotes: this.sentVotes.map((vote) => {
        const facts = voteFacts(vote);
        return `${facts.height}/${facts.round}/${facts.type}/${facts.blockHashHex}`;
      }),
      // The lock fields while a height is being decided (in the commit wait a live core still holds the decided height's; a recovered one is past it).
      lock:
        this.height === this.committed.length + 1
          ? { lockedRound: this.lockedRound, lockedBlock: hex(this.lockedBlockHash()), validRound: this.validRound, validBlock: hex(this.validBlock?.header ? blockHash(this.validBlock.header) : undefined) }
          : undefined,
    };
  }

  /** After `restore`: the height after the chain, the highest round voted in at it, its lock (a lock of a committed height is done). */
  private resume(): void {
    this.height = this.committed.length + 1;
    let round = 0;
    for (const vote of this.sentVotes) {
      const facts = voteFacts(vote);
      if (facts.height === this.height && facts.round > round) round = facts.round;
    }
    this.round = round;
    if (this.lockHeight !== this.height) this.clearLock();
  }

  start(nowUs: number): CoreEffect[] {
    return this.run(nowUs, () => this.startRound(this.round));
  }

  // The three inputs of every height (one per message and timeout, ~32 a height for 4 validators)
  // as `run` written out: no closure made per input.
  onProposal(nowUs: number, proposal: Proposal, from: string): CoreEffect[] {
    this.begin(nowUs);
    this.receiveProposal(proposal, from);
    return this.settle();
  }

  onVote(nowUs: number, vote: Vote, from: string): CoreEffect[] {
    this.begin(nowUs);
    this.receiveVote(vote, from);
    return this.settle();
  }

  onTimeout(nowUs: number, step: Step, height: number, round: number): CoreEffect[] {
    this.begin(nowUs);
    this.timeout(step, height, round);
    return this.settle();
  }

  /**
   * Build ahead (live only: the validator actor calls it, ValidatorConfig.proposeAheadUs). In the
   * commit wait of height h, the proposer of h+1's round 0 reaps, builds, signs and records its
   * proposal now; when the wait ends, startRound(0) sends it as a restarted proposer re-sends what
   * it signed (propose), so building, signing and the record's append and ack are off the block
   * interval. The block is the one propose would build then (the same last commit, previous hash
   * and time) but for its txs: those that reach the mempool after this call are in a later block.
   * Nothing outside a decided height's commit wait (decided(): from the commit to the next
   * height's start, the commit step), for another proposer, for a Byzantine
   * configuration (their planted behaviours propose as before), or when a round-0 proposal of h+1
   * is signed already.
   */
  onProposeAhead(nowUs: number): CoreEffect[] {
    return this.run(nowUs, () => {
      const next = this.height + 1;
      if (!this.decided() || this.options.byzantine !== undefined) return;
      if (this.validators.proposer(next, 0) !== this.id || this.ownProposals.get(next)?.has(0)) return;
      this.record(new ProposalRecord(this.signedProposal(this.createBlock({}, next, 0), 0, -1, next)));
    });
  }

  /**
   * A client's tx, or a peer's gossiped copy. `checked`: the caller decoded and validated these
   * exact bytes as a plain (non-evidence) Transaction — the validator actor's host did, with the
   * envelope they came in; otherwise they are decoded here and refused when they are not one.
   *
   * Gossip: every validator hears every client tx directly (clients publish on `tx.<client>`,
   * which all validators subscribe to), so re-gossip only serves a validator cut off from that
   * client. One validator per tx relays it (`relays`) instead of all of them: each validator
   * receives a tx about twice (the client's copy and the relay's) instead of n times. A
   * validator cut off from the client and from the relay still gets the tx in a block.
   */
  onTx(nowUs: number, tx: Uint8Array, fromClient: boolean, checked = false): CoreEffect[] {
    return this.admit(nowUs, () => this.admitTx(tx, fromClient, checked));
  }

  /**
   * A peer's relay batch (TxBatch): each tx as a gossiped copy whose bytes nobody checked yet.
   * One that is pending here as a plain tx — the usual case: the client's own copy came first —
   * is a duplicate of bytes already decoded and validated, and is not decoded again.
   */
  onRelayedTxs(nowUs: number, txs: readonly Uint8Array[]): CoreEffect[] {
    return this.admit(nowUs, () => {
      for (const tx of txs) this.admitTx(tx, false, false);
    });
  }

  private admitTx(tx: Uint8Array, fromClient: boolean, checked: boolean): void {
    const key = txKey(tx);
    if (!checked && tx.length <= this.limits.txBytesMax) {
      // The same bytes pending as a plain tx were decoded and validated when they entered.
      if (this.mempool.isPendingPlain(key)) return;
      const decoded = decodeMessage('Transaction', tx);
      if (!decoded.ok) return this.reject(`undecodable tx: ${decoded.error.message}`);
      if (decoded.value.evidence) return this.reject('evidence tx outside onEvidence');
    }
    // Unchecked bytes may be a view into a larger frame (a relay batch): the mempool keeps a copy.
    const admission: MempoolAdmission = this.mempool.add(checked ? tx : new Uint8Array(tx), key, 'plain');
    if (admission === 'added' && fromClient && this.relays(tx)) this.emit({ kind: 'gossip-tx', tx });
    if (admission === 'full' || admission === 'oversized') this.reject(`tx ${admission}`);
  }

  /** Is this validator the one that relays this client tx to its peers (chosen by the tx's hash)? */
  relays(tx: Uint8Array): boolean {
    return this.validators.ids[txHashPrefix(tx) % this.validators.n] === this.id;
  }

  /** Duplicate-vote evidence from a peer or a client: verified, then pending in the mempool as its one tx (evidence.ts). */
  onEvidence(nowUs: number, evidence: faultline.v1.IEquivocationEvidence, from: string): CoreEffect[] {
    const { voteA, voteB } = evidence;
    return this.run(nowUs, () => this.addEvidence(voteA && voteB ? duplicateVoteEvidence(voteA, voteB) : evidence, from));
  }

  /** Committed blocks from a peer's sync response, applied in height order when they verify. */
  onSyncedBlocks(nowUs: number, blocks: readonly CommittedBlock[], from: string): CoreEffect[] {
    return this.run(nowUs, () => {
      for (const committed of [...blocks].sort((a, b) => committedHeight(a) - committedHeight(b))) {
        const height = committedHeight(committed);
        // In the commit wait of h, a synced block of h + 1 says we are a height behind: the wait
        // (for txs and late precommits) ends now, as its timeout would end it, and the block is
        // checked and applied as at any height. Skipped here, it was lost: a validator that asked
        // for blocks from its commit wait (its peers' messages two heights above it) threw the
        // answer away and waited for the next status to ask again (BENCHMARKS.md "Session 37 stall").
        if (height === this.height + 1 && this.decided()) this.timeout('commit', this.height, this.round);
        // During the commit wait the current height is decided: a synced copy of it changes nothing.
        if (height !== this.height || this.decided()) continue;
        const { problem, txKeys } = this.checkSynced(committed);
        if (problem) {
          this.reject(`synced block ${this.height} from ${from}: ${problem}`, from);
          return;
        }
        this.counters.synced++;
        this.commit(committed, { immediate: true, txKeys });
      }
    });
  }

  /** Committed blocks from `fromHeight` on, for a peer's sync request (`forge-sync`: a forged one). */
  blocksFrom(fromHeight: number, countMax: number): CommittedBlock[] {
    if (this.options.byzantine === 'forge-sync') return this.forgedBlocks(fromHeight);
    const blocks = this.committed.range(fromHeight, Math.min(countMax, this.limits.syncBlocksMax));
    // A response must fit in one frame: stop at the byte budget (always at least one block).
    let bytes = 0;
    for (let i = 0; i < blocks.length; i++) {
      bytes += txBytes(blocks[i]?.block?.txs ?? []);
      if (i > 0 && bytes > this.limits.syncBytesMax) return blocks.slice(0, i);
    }
    return blocks;
  }

  /**
   * The height our status announces: the chain's, or (`forge-sync`) two more than we have, so
   * that every peer at our height asks us for its next block at once (a claim of one more is
   * what an honest validator says just after its commit: a validator gives it a commit wait for
   * the precommits on their way before it asks; actors' validator-core behind()).
   */
  get claimedHeight(): number {
    return this.committed.length + (this.options.byzantine === 'forge-sync' ? 2 : 0);
  }

  /**
   * `forge-sync`: a block of our own making at `height` on the chain below it (empty: a censor's
   * block), under a certificate of 2f+1 precommits for it that name the set's validators — ours
   * signed, every other carrying our signature of its bytes (we have no other key). None when we
   * do not hold the block below. Every field but the signatures is right, so only a verifier that
   * checks each signature against its validator's key refuses it.
   */
  private forgedBlocks(height: number): CommittedBlock[] {
    if (height < 1 || height > this.committed.length + 1) return [];
    const below = this.committed.at(height - 1);
    const lastCommit = below?.certificate ?? null;
    const header: faultline.v1.IBlockHeader = {
      height,
      // Differs from any honest block of the height (an honest header's round is the round it was proposed in).
      round: FORGED_HEADER_ROUND,
      proposerId: this.id,
      prevBlockHash: below ? blockHash(below.block?.header ?? {}) : new Uint8Array(0),
      timeUs: this.blockTimeUs(lastCommit),
      txsHash: txsHash([]),
      txCount: 0,
      lastCommitHash: certificateHash(lastCommit),
    };
    const hash = blockHash(header);
    const timestampUs = Math.max(this.nowUs, headerFacts(header).timeUs + 1);
    const signers = [this.id, ...this.validators.ids.filter((id) => id !== this.id)].slice(0, this.validators.quorum);
    const ours = signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, validatorId: this.id, timestampUs }, this.options.keys.privateKey);
    // Another validator's precommit for the block, signed with our key (its signature cannot verify under theirs).
    const precommits = signers.map((id) => (id === this.id ? ours : signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, validatorId: id, timestampUs }, this.options.keys.privateKey)));
    return [{ block: { header, txs: [], lastCommit }, certificate: { height, round: 0, blockHash: hash, precommits } }];
  }

  /** Peer status: a peer that committed our current height (or more) can sync us. */
  onStatus(peer: string, peerCommittedHeight: number): CoreEffect[] {
    return peerCommittedHeight > this.committed.length ? [{ kind: 'behind', peer, height: peerCommittedHeight }] : [];
  }

  /**
   * Our own proposal and votes of the current height, to send again. Gossip in this simulator
   * has no retransmission, so a peer that was cut off or restarted would otherwise never see
   * messages sent before it came back; re-sending them periodically is what CometBFT's gossip
   * routines achieve by tracking each peer's round state.
   */
  ownMessagesOfCurrentHeight(): { proposals: Proposal[]; votes: Vote[] } {
    if (this.options.byzantine === 'withhold') return { proposals: [], votes: [] };
    const proposals = [...(this.ownProposals.get(this.height)?.values() ?? [])];
    // The two fields read directly (voteFacts would hex every kept vote's hash: 1.6 % of a venue run).
    const votes = this.sentVotes.filter((vote) => Number(vote.height ?? 0) === this.height && (vote.round ?? 0) >= this.round - 1);
    return { proposals, votes };
  }

  get committedHeight(): number {
    return this.committed.length;
  }

  /**
   * The committed blocks kept decoded, in height order: every one (heights 1 …) unless
   * CoreOptions.chainKept, then the newest chainKept (for monitors and tests; sync: blocksFrom).
   */
  get chain(): readonly CommittedBlock[] {
    return this.committed.decoded;
  }

  /** The committed block at `height` if it is kept decoded (the last chainKept heights), else undefined. */
  committedAt(height: number): CommittedBlock | undefined {
    return this.committed.recentAt(height);
  }

  /** Bytes of the committed blocks kept as their encoding (below the chainKept window). */
  get archivedChainBytes(): number {
    return this.committed.archivedBytes;
  }

  // ---- the algorithm ------------------------------------------------------------------

  private run(nowUs: number, body: () => void): CoreEffect[] {
    this.begin(nowUs);
    body();
    return this.settle();
  }

  /** An input begins: its time, and no effects yet. */
  private begin(nowUs: number): void {
    this.nowUs = nowUs;
    this.effects = objectArray();
  }

  /** An input's change made: the rules run to their fixpoint, and the input's effects are returned. */
  private settle(): CoreEffect[] {
    this.checkRules();
    // Each pass decides one held height; heights are held at most futureHeightsMax above the one being decided.
    for (let pass = 0; pass <= this.limits.futureHeightsMax && this.step === 'commit' && this.nextHeightHeldDecided(); pass++) {
      this.timeout('commit', this.height, this.round);
      this.checkRules();
    }
    return this.effects;
  }

  /**
   * In the commit wait of h: do the held messages of h + 1 decide it — a proposal, and 2f+1
   * precommits of one round for its block (L49's condition)? Then its peers have decided h + 1 and
   * this validator is a height behind them: the wait (for txs to propose and late precommits; no
   * vote or lock depends on it) only delays it, one commit wait per height held, and a validator
   * catching up after a burst of late messages (fast blocks on a loaded machine) paid one per
   * height (BENCHMARKS.md "Session 37 stall", "What is left"). So the wait ends at once and h + 1
   * is decided from what is held, as its timeout would have done a commit wait later. The held
   * votes were verified when held; a held proposal is checked when replayed — one that does not
   * verify ends the wait and decides nothing (a peer can shorten a commit wait so, nothing more).
   */
  private nextHeightHeldDecided(): boolean {
    const next = this.height + 1;
    // Voters per round and block: L49 wants 2f+1 precommits of one round.
    const precommitters = new Map<string, Set<string>>();
    const decided = new Set<string>();
    for (const message of this.future) {
      if (message.kind !== 'vote') continue;
      const facts = voteFacts(message.vote);
      if (facts.height !== next || facts.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT) continue;
      const key = `${facts.round}/${facts.blockHashHex}`;
      const voters = precommitters.get(key) ?? new Set<string>();
      precommitters.set(key, voters);
      voters.add(facts.validatorId);
      if (voters.size >= this.quorum) decided.add(facts.blockHashHex);
    }
    // A block hash names its height (the header holds it), so a held proposal with a decided hash is h + 1's; a nil quorum's '' is no proposal's.
    for (const message of this.future) if (message.kind === 'proposal' && decided.has(proposalFacts(message.proposal).blockHashHex)) return true;
    return false;
  }


  /**
   * `run` for a plain tx input (onTx, onRelayedTxs) without the rule pass after it: admitting a
   * tx changes only the mempool (and emits a relay or a rejection), and no rule reads the
   * mempool — they read the step, the proposals, the votes, the lock and the round — so the
   * rules, at their fixpoint after the previous input, are at it still. The pass found nothing
   * to do on every tx (one per order per validator: ~7 % of a live validator's tx ingress).
   * Evidence, which does add to the votes' consequences, enters by onEvidence (a `run`).
   */
  private admit(nowUs: number, body: () => void): CoreEffect[] {
    this.begin(nowUs);
    body();
    return this.effects;
  }

  private emit(effect: CoreEffect): void {
    this.effects.push(effect);
  }

  private reject(reason: string, from?: string): void {
    this.counters.rejected++;
    this.emit(from === undefined ? { kind: 'rejected', reason } : { kind: 'rejected', reason, from });
  }

  private votesAt(round: number): RoundVotes {
    let votes = this.votes.get(round);
    if (!votes) this.votes.set(round, (votes = new RoundVotes(round)));
    return votes;
  }

  /** L11 StartRound. */
  private startRound(round: number): void {
    this.round = round;
    this.step = 'propose';
    this.counters.roundsStarted++;
    this.emit({ kind: 'step', height: this.height, round, step: 'propose' });
    if (this.validators.proposer(this.height, round) === this.id) {
      if (this.options.byzantine !== 'withhold') this.propose(round);
    }
    // L21: the propose timeout runs for the proposer too (its own proposal may be lost to itself).
    this.scheduleTimeout('propose', round);
  }

  private propose(round: number): void {
    const previous = this.ownProposals.get(this.height)?.get(round);
    if (previous) {
      // A restarted proposer re-sends what it signed, never a second proposal.
      this.emit({ kind: 'broadcast-proposal', proposal: previous });
      this.receiveProposal(previous, this.id, true);
      return;
    }
    // `amnesia` forgets its valid block: always a fresh one, with no proof-of-lock.
    const amnesia = this.options.byzantine === 'amnesia';
    const block = (amnesia ? undefined : this.validBlock) ?? this.createBlock();
    const proposal = this.signedProposal(block, round, amnesia ? -1 : this.validRound);
    this.record(new ProposalRecord(proposal));
    if (this.options.byzantine === 'equivocate') {
      // Two different blocks to two halves of the peers (L16 broken on purpose).
      const other = this.createBlock({ empty: true, salt: round + 1 });
      const second = this.signedProposal(other, round, -1);
      const peers = this.validators.ids.filter((id) => id !== this.id);
      const half = Math.ceil(peers.length / 2);
      this.emit({ kind: 'broadcast-proposal', proposal, to: peers.slice(0, half) });
      this.emit({ kind: 'broadcast-proposal', proposal: second, to: peers.slice(half) });
      this.equivocation = { height: this.height, round, hashHex: hex(second.blockHash), to: peers.slice(half) };
    } else {
      this.emit({ kind: 'broadcast-proposal', proposal });
    }
    this.receiveProposal(proposal, this.id, true);
  }

  private signedProposal(block: Block, round: number, polRound: number, height = this.height): Proposal {
    return signProposal(
      {
        height,
        round,
        polRound,
        block,
        blockHash: blockHash(block.header ?? {}),
        proposerId: this.id,
        timestampUs: this.nowUs,
      },
      this.options.keys.privateKey,
      this.options.signer,
    );
  }

  private createBlock(shape: { empty?: boolean; salt?: number } = {}, height = this.height, round = this.round): Block {
    const txs = shape.empty ? [] : this.mempool.reap(this.limits.blockTxsMax, this.limits.blockBytesMax);
    const lastCommit = this.committed.recentAt(height - 1)?.certificate ?? null;
    const header: faultline.v1.IBlockHeader = {
      height,
      // An equivocator's second block must differ even when both carry the same (no) txs.
      round: round + 1_000 * (shape.salt ?? 0),
      proposerId: this.id,
      prevBlockHash: this.prevBlockHash(height),
      timeUs: this.blockTimeUs(lastCommit),
      txsHash: txsHash(txs),
      txCount: txs.length,
      lastCommitHash: certificateHash(lastCommit),
    };
    if (this.options.byzantine === 'invalid-block') header.txsHash = new Uint8Array(32).fill(7);
    return { header, txs, lastCommit };
  }

  private prevBlockHash(height = this.height): Uint8Array {
    const previous = this.committed.recentAt(height - 1);
    if (!previous) return new Uint8Array(0);
    // Every proposal of a height is checked against it: hashed once per committed block (a chain entry is never changed).
    if (this.prevHash?.committed !== previous) this.prevHash = { committed: previous, hash: blockHash(previous.block?.header ?? {}) };
    return this.prevHash.hash;
  }

  private blockTimeUs(lastCommit: Certificate | null): number {
    return lastCommit ? medianTimeUs(lastCommit) : this.options.genesisTimeUs;
  }

  /** Why a block is not a valid value for the current height (problem), or its txs' hashes. */
  private checkBlock(block: Block | null | undefined): BlockCheck {
    const problem = this.blockProblem(block);
    if (problem) return { problem, txKeys: undefined };
    return this.checkTxs(block?.txs ?? []);
  }

  /** Why a block's header, size or last commit make it no valid value for the current height (its txs: checkTxs). */
  private blockProblem(block: Block | null | undefined): string | undefined {
    const header = block?.header;
    if (!block || !header) return 'no block';
    const facts = headerFacts(header);
    if (facts.height !== this.height) return `block for height ${facts.height}`;
    if (!sameHash(header.prevBlockHash, this.prevBlockHash())) return 'wrong previous block hash';
    const txs = block.txs ?? [];
    if (txs.length > this.limits.blockTxsMax) return `${txs.length} txs exceed the block limit`;
    if (txBytes(txs) > this.limits.blockBytesMax) return `${txBytes(txs)} bytes of txs exceed the block limit`;
    if (facts.txCount !== txs.length) return 'tx count does not match';
    if (!sameHash(header.txsHash, txsHash(txs))) return 'txs hash does not match';
    const lastCommit = block.lastCommit ?? null;
    if (!sameHash(header.lastCommitHash, certificateHash(lastCommit))) return 'last commit hash does not match';
    if (this.height > 1) {
      const previousHash = this.committed.recentAt(this.height - 1)?.certificate?.blockHash ?? undefined;
      const problem = verifyCertificate(lastCommit, { height: this.height - 1, ...(previousHash ? { blockHash: previousHash } : {}) }, this.validators, this.verifier, {
        checkSignatures: true,
      });
      if (problem) return `last commit: ${problem}`;
    }
    if (facts.timeUs !== this.blockTimeUs(lastCommit)) return 'block time is not the median of the last commit';
    // Execution refuses a block that goes back in time: a valid value never does (see votedBlockTimeUs).
    const previous = this.committed.recentAt(this.height - 1)?.block?.header;
    if (previous && facts.timeUs <= headerFacts(previous).timeUs) return 'block time not after the previous block';
    return undefined;
  }

  /**
   * The block's txs: each hashed once (the hash serves the duplicate and committed checks, the
   * mempool lookup and, at commit, markCommitted). A tx pending here as a plain Transaction has
   * had these exact bytes decoded and validated already (same hash, same bytes): only the others
   * are decoded — in a healthy run every validator already holds nearly every tx of a proposal.
   */
  private checkTxs(txs: readonly Uint8Array[]): BlockCheck {
    const keys: string[] = [];
    // Duplicates within the block: a tx pending here is marked in its mempool entry for this
    // pass (`meet`); only the others go into a Set.
    const pass = this.mempool.beginPass();
    let seen: Set<string> | undefined;
    for (const tx of txs) {
      if (tx.length > this.limits.txBytesMax) return fail('oversized tx');
      const key = txKey(tx);
      const met = this.mempool.meet(key, pass);
      if (met === 'again') return fail('duplicate tx in block');
      // A tx pending here is not committed (the mempool admits no committed key, and a commit
      // removes its keys from pending): only the others are looked up among the committed.
      if (met === 'absent') {
        const decoded = decodeMessage('Transaction', tx);
        if (!decoded.ok) return fail('undecodable tx');
        if (decoded.value.evidence) {
          const problem = evidenceTxProblem(tx, decoded.value, this.height, this.validators, this.verifier);
          if (problem) return fail(`invalid evidence: ${problem}`);
        }
        if (this.mempool.isCommitted(tx, key)) return fail('tx already committed');
        seen ??= new Set<string>();
        if (seen.has(key)) return fail('duplicate tx in block');
        seen.add(key);
      }
      keys.push(key);
    }
    return { problem: undefined, txKeys: keys };
  }

  /** `castHere`: a proposal this core just signed (propose); every other one is checked, whatever its sender claims. */
  private receiveProposal(proposal: Proposal, from: string, castHere = false): void {
    const facts = proposalFacts(proposal);
    const { height, round } = facts;
    if (height > this.height) {
      this.bufferFuture({ kind: 'proposal', proposal }, from, height);
      return;
    }
    if (height < this.height) return; // late: harmless
    if (round > this.round + this.limits.futureRoundsMax) return this.reject(`proposal for round ${round} too far ahead`, from);
    const proposer = facts.proposerId;
    if (proposer !== this.validators.proposer(height, round)) return this.reject(`proposal from ${proposer}, not the proposer of round ${round}`, from);
    if (!castHere && !this.verifier.verifyProposal(proposal)) return this.reject(`proposal with a bad signature from ${proposer}`, from);
    const block = proposal.block;
    if (!block?.header || hex(blockHash(block.header)) !== facts.blockHashHex) return this.reject('proposal block does not match its hash', from);
    if (this.proposals.has(round)) return; // first proposal of a round wins; another is equivocation
    this.votesAt(round).senders.add(proposer);
    const { problem, txKeys } = this.checkBlock(block);
    this.proposals.set(round, { proposal, block, hashHex: facts.blockHashHex, polRound: facts.polRound, valid: problem === undefined, txKeys });
    if (problem) this.reject(`invalid block proposed by ${proposer}: ${problem}`, from);
  }

  /** `castHere`: the vote is one this core just signed (castVote); every other vote is checked, whatever its sender claims. */
  private receiveVote(vote: Vote, from: string, castHere = false): void {
    const facts = voteFacts(vote);
    const { height, round } = facts;
    const kind = kindOf(facts.type);
    if (!kind) return this.reject('vote of unknown type', from);
    const voter = facts.validatorId;
    if (!this.validators.has(voter)) return this.reject(`vote from unknown validator ${voter}`, from);
    if (height > this.height) {
      if (!castHere && !this.verifier.verifyVote(vote)) return this.reject(`vote with a bad signature from ${voter}`, from);
      this.bufferFuture({ kind: 'vote', vote }, from, height);
      return;
    }
    if (height < this.height) return;
    if (round > this.round + this.limits.futureRoundsMax) return this.reject(`vote for round ${round} too far ahead`, from);
    const votes = this.votesAt(round);
    const tally = votes.tally(kind);
    // Only the votes the core casts itself skip the check: one in our name is checked like any other,
    // even if its sender claims to be us (the sender is the envelope's word, not proof).
    if (!castHere) {
      // Lazily: a peer's first vote for a hash that has its quorum here already changes no rule
      // (every threshold it could add to holds), so it is held unverified and uncounted — about a
      // third of the votes a validator gets. It is verified when it could matter: a second,
      // different vote of the same validator (below: evidence), or for the certificate when a block of its round commits (L49).
      if (tally.hold(vote, voter, facts.blockHashHex, this.quorum, from)) return;
      if (tally.heldVote(voter)?.hashHex === facts.blockHashHex) return; // a copy of a held vote: nothing to count
      if (!this.verifier.verifyVote(vote)) return this.reject(`vote with a bad signature from ${voter}`, from);
      // A different vote of a validator whose first is held: the held one is verified and counted first, as if it had been at once.
      const first = tally.take(voter);
      if (first !== undefined) this.countVerified(votes, kind, first);
    }
    this.countVote(votes, kind, vote, voter, facts.blockHashHex);
  }

  /** Verifies a held vote and counts it, or refuses it as its sender's bad signature (a held vote is never counted unverified). */
  private countVerified(votes: RoundVotes, kind: VoteKind, held: HeldVote): void {
    if (!this.verifier.verifyVote(held.vote)) return this.reject(`vote with a bad signature from ${held.validator}`, held.from);
    this.countVote(votes, kind, held.vote, held.validator, held.hashHex);
  }

  private countVote(votes: RoundVotes, kind: VoteKind, vote: Vote, voter: string, hashHex: string): void {
    votes.senders.add(voter);
    const admission = votes.tally(kind).add(vote, voter, hashHex);
    if (admission.outcome === 'conflict') {
      this.counters.equivocationsSeen++;
      this.addEvidence(duplicateVoteEvidence(admission.previous, vote), this.id);
    }
  }

  private addEvidence(evidence: faultline.v1.IEquivocationEvidence, from: string): void {
    const problem = evidenceProblem(evidence, this.height, this.validators, this.verifier);
    if (problem) return this.reject(`evidence from ${from}: ${problem}`, from);
    const tx = evidenceTx(evidence);
    if (this.mempool.add(tx, txKey(tx), 'evidence') !== 'added') return; // known, pending or committed already
    this.emit({ kind: 'evidence', evidence });
    this.emit({ kind: 'gossip-tx', tx });
  }

  /**
   * 2f+1 precommits of our height for a block whose proposal never reached us (a lost proposal):
   * the height is decided and only the block's body is missing. Ask a precommitter for it, once a
   * height: the claim that it committed this height (`behind`), which the validator core gives one
   * commit wait (the precommitter commits when the same precommits reach it) before it asks for
   * the block; a synced block of the height is applied as any. Without it nothing asked: the
   * validator waited for a peer's status (1 s) or the next height's messages — none come when it
   * is the next proposer, whom its peers wait for. CometBFT's enterCommit, holding +2/3
   * precommits for a block it does not know, sets up the block's part set from the commit's
   * BlockID and announces it (NewValidBlock), and its peers' gossipDataRoutine sends the parts.
   * The precommitter asked is the first other one whose precommit was counted (verified: a
   * quorum here is of checked signatures); one that never answers costs what no claim cost.
   */
  private askForQuorumBlock(votes: RoundVotes, hashHex: string): void {
    if (this.quorumBlockAskedAt === this.height) return;
    this.quorumBlockAskedAt = this.height;
    for (const vote of votes.precommits.votesFor(hashHex)) {
      const peer = vote.validatorId ?? '';
      if (peer !== this.id) return this.emit({ kind: 'behind', peer, height: this.height });
    }
  }

  /**
   * A message of a height above ours, held until we get there. Measured from the height we are
   * deciding: in the commit wait of h (the commit step) that is h + 1, so the messages of h + 2 are
   * held too. They were dropped when measured from h, and with fast blocks (a 10 ms commit wait, a
   * height every ~17 ms) a validator whose messages reach it ~10 ms late gets h + 2's proposal and
   * votes in h's commit wait: it then started h + 2 with none of them and sat the height out
   * until a peer's status made it sync — up to a status interval (1 s) when it was the proposer of
   * h + 3, whom every peer waits for (BENCHMARKS.md "Session 37 stall"). A message above the height
   * we are deciding says its sender committed that height: ask for it rather than wait for gossip.
   */
  private bufferFuture(message: (typeof this.future)[number], from: string, height: number): void {
    const deciding = this.step === 'commit' ? this.height + 1 : this.height;
    if (height > deciding) this.emit({ kind: 'behind', peer: from, height: height - 1 });
    if (height <= deciding + this.limits.futureHeightsMax && this.future.length < FUTURE_MESSAGES_MAX) this.future.push(message);
  }

  private timeout(step: Step, height: number, round: number): void {
    if (height !== this.height) return;
    if (step === 'commit') {
      if (this.step === 'commit') this.startHeight(this.height + 1);
      return;
    }
    // A height that has committed is decided: only its commit wait may end it. A propose,
    // prevote or precommit timeout scheduled before the commit (L47 with the proposal still
    // missing) would otherwise start another round, and L49 would commit the height again.
    if (this.decided()) return;
    if (round !== this.round) return;
    if (step === 'propose' && this.step === 'propose') {
      // L57: OnTimeoutPropose.
      this.castVote('prevote', '');
      this.step = 'prevote';
      this.emit({ kind: 'step', height, round, step: 'prevote' });
    } else if (step === 'prevote' && this.step === 'prevote') {
      // L61: OnTimeoutPrevote.
      this.castVote('precommit', '');
      this.step = 'precommit';
      this.emit({ kind: 'step', height, round, step: 'precommit' });
    } else if (step === 'precommit') {
      // L65: OnTimeoutPrecommit.
      this.startRound(round + 1);
    }
  }

  private checkRules(): void {
    // One rule per pass: at most six in a round (L22/L28, L34, L36, L44, L47, L55 into it) and L49 once, but one call can walk every round held — a lagging validator replays up to futureRoundsMax + 1 rounds of the next height at once (test/catch-up.rules.unit.test.ts): 6 × (futureRoundsMax + 1) + 1 passes at most, the bound well above.
    const passesMax = 8 * (this.limits.futureRoundsMax + 2);
    for (let pass = 0; pass < passesMax; pass++) if (!this.applyOneRule()) return;
    throw new Error(`consensus: rules did not settle in ${passesMax} passes (a bug)`);
  }

  /** Applies the first rule whose condition holds; returns whether anything changed. */
  private applyOneRule(): boolean {
    if (this.step === 'commit') return false;
    const q = this.quorum;
    // L49: a proposal and 2f+1 precommits for it in any round: decide.
    // Over the values (each knows its round): an entry array per round per pass was the largest allocation of a block.
    for (const votes of this.votes.values()) {
      const hashHex = votes.precommits.quorumBlock(q);
      if (!hashHex) continue;
      const entry = this.proposalWithHash(hashHex);
      if (entry === undefined) this.askForQuorumBlock(votes, hashHex);
      if (entry?.valid) {
        // The certificate carries every valid precommit for the block received so far: the held ones are verified now.
        for (const held of votes.precommits.takeAll()) this.countVerified(votes, 'precommit', held);
        const precommits = votes.precommits.votesFor(hashHex);
        this.commit(new Committed(entry.block, new CommitCertificate(this.height, votes.round, entry.proposal.blockHash ?? null, precommits)), { txKeys: entry.txKeys });
        return true;
      }
    }
    const round = this.round;
    const votes = this.votesAt(round);
    const entry = this.proposals.get(round);
    if (this.step === 'propose' && entry) {
      const polRound = entry.polRound;
      if (polRound === -1) {
        // L22.
        const free = this.lockedRound === -1 || hex(this.lockedBlockHash()) === entry.hashHex || this.ignoresLock();
        this.prevoteAndAdvance(entry.valid && free ? entry.hashHex : '');
        return true;
      }
      if (polRound >= 0 && polRound < round && this.votesAt(polRound).prevotes.count(entry.hashHex) >= q) {
        // L28.
        const free = this.lockedRound <= polRound || hex(this.lockedBlockHash()) === entry.hashHex || this.ignoresLock();
        this.prevoteAndAdvance(entry.valid && free ? entry.hashHex : '');
        return true;
      }
    }
    if (this.step === 'prevote' && votes.prevotes.total >= q && this.firstTime(round, ONCE_PREVOTE_TIMEOUT)) {
      // L34.
      this.scheduleTimeout('prevote', round);
      return true;
    }
    if (entry?.valid && (this.step === 'prevote' || this.step === 'precommit') && votes.prevotes.count(entry.hashHex) >= q && this.firstTime(round, ONCE_POLKA)) {
      // L36.
      if (this.step === 'prevote') {
        this.recordLock(round, entry.block, round, entry.block);
        this.castVote('precommit', entry.hashHex);
        this.step = 'precommit';
        this.emit({ kind: 'step', height: this.height, round, step: 'precommit' });
      } else {
        this.recordLock(this.lockedRound, this.lockedBlock, round, entry.block);
      }
      return true;
    }
    if (this.step === 'prevote' && votes.prevotes.count('') >= q) {
      // L44.
      this.castVote('precommit', '');
      this.step = 'precommit';
      this.emit({ kind: 'step', height: this.height, round, step: 'precommit' });
      return true;
    }
    if (votes.precommits.total >= q && this.firstTime(round, ONCE_PRECOMMIT_TIMEOUT)) {
      // L47.
      this.scheduleTimeout('precommit', round);
      return true;
    }
    // L55: f+1 validators are in a later round: join it.
    for (const laterVotes of this.votes.values()) {
      if (laterVotes.round > round && laterVotes.senders.size >= this.validators.f + 1) {
        this.startRound(laterVotes.round);
        return true;
      }
    }
    return false;
  }

  /** The time of the block a vote is for (`voted`: its proposal; the previous block's for a nil vote or an unseen block). */
  private votedBlockTimeUs(voted: ProposalEntry | undefined): number {
    const header = voted?.block?.header;
    if (header) return headerFacts(header).timeUs;
    const previous = this.committed.recentAt(this.height - 1)?.block?.header;
    return previous ? headerFacts(previous).timeUs : this.options.genesisTimeUs;
  }

  /** The planted `ignore-lock`, or the `amnesia` attacker: the lock does not hold back a prevote. */
  private ignoresLock(): boolean {
    return this.options.variant === 'ignore-lock' || this.options.byzantine === 'amnesia';
  }

  private proposalWithHash(hashHex: string): ProposalEntry | undefined {
    for (const entry of this.proposals.values()) if (entry.hashHex === hashHex) return entry;
    return undefined;
  }

  private lockedBlockHash(): Uint8Array | undefined {
    return this.lockedBlock?.header ? blockHash(this.lockedBlock.header) : undefined;
  }

  private prevoteAndAdvance(hashHex: string): void {
    this.castVote('prevote', hashHex);
    this.step = 'prevote';
    this.emit({ kind: 'step', height: this.height, round: this.round, step: 'prevote' });
  }

  /** Is this the first time `kind` (ONCE_*) is asked of `round` at this height? A number per round and kind: the string key it was (`polka/${round}`) was built on every rule pass after the rule fired. */
  private firstTime(round: number, kind: number): boolean {
    const key = round * ONCE_KINDS + kind;
    if (this.once.has(key)) return false;
    this.once.add(key);
    return true;
  }

  private scheduleTimeout(step: Step, round: number): void {
    this.emit({ kind: 'timeout', step, height: this.height, round, delayUs: timeoutUs(this.options.timeouts, step, round) });
  }

  /** Persists a record, then applies it: the live path and recovery change durable state in one place (evolve). */
  private record(record: WalRecord, options: { persist?: boolean; txKeys?: string[] | undefined } = {}): void {
    if (options.persist !== false) this.emit({ kind: 'persist', record });
    this.evolve(record, options);
  }

  private recordLock(lockedRound: number, lockedBlock: Block | undefined, validRound: number, validBlock: Block | undefined): void {
    this.record(new LockRecord(new Lock(this.height, lockedRound, lockedBlock ?? null, validRound, validBlock ?? null)));
  }

  private clearLock(): void {
    this.lockedRound = -1;
    this.lockedBlock = undefined;
    this.validRound = -1;
    this.validBlock = undefined;
  }

  /** Signs, persists, sends and counts our own vote; never signs a second, different one. */
  private castVote(kind: VoteKind, wanted: string): void {
    // `amnesia` precommits only a block it proposed itself.
    const hashHex = kind === 'precommit' && wanted !== '' && this.options.byzantine === 'amnesia' && !this.proposedByUs(wanted) ? '' : wanted;
    const already = this.signed.get(this.height)?.get(stepKey(this.round, kind));
    if (already !== undefined && already !== hashHex) {
      // We signed another value for this step before a crash: send nothing rather than equivocate.
      return;
    }
    // CometBFT's voteTime: a vote is timed after the block it votes for. The next block's time
    // is the lower median of this commit's precommit times; with every honest precommit after
    // this block's time, at most f earlier ones cannot pull it back (a -1.4 s skew on two of four
    // validators did, when the floor was the previous block's time).
    const voted = hashHex === '' ? undefined : this.proposalWithHash(hashHex);
    const lastTimeUs = this.votedBlockTimeUs(voted);
    const vote = signVote(
      {
        type: kind === 'prevote' ? pb.VoteType.VOTE_TYPE_PREVOTE : pb.VoteType.VOTE_TYPE_PRECOMMIT,
        height: this.height,
        round: this.round,
        blockHash: hashHex === '' ? new Uint8Array(0) : hashBytes(voted, hashHex),
        validatorId: this.id,
        timestampUs: Math.max(this.nowUs, lastTimeUs + 1),
      },
      this.options.keys.privateKey,
      this.options.signer,
    );
    // Recent votes before this one (the `replay` behaviour re-sends them after it).
    const earlier = this.options.byzantine === 'replay' ? this.sentVotes.slice(-3) : [];
    this.record(new VoteRecord(vote), { persist: this.options.variant !== 'no-persist-before-vote' });
    if (this.options.byzantine !== 'withhold') {
      if (this.options.byzantine === 'double-vote' && hashHex !== '') {
        const nil = signVote({ ...vote, blockHash: new Uint8Array(0), signature: null }, this.options.keys.privateKey);
        const peers = this.validators.ids.filter((id) => id !== this.id);
        const half = Math.ceil(peers.length / 2);
        this.emit({ kind: 'broadcast-vote', vote, to: peers.slice(0, half) });
        this.emit({ kind: 'broadcast-vote', vote: nil, to: peers.slice(half) });
      } else if (this.options.byzantine === 'equivocate' && kind === 'prevote' && hashHex !== '' && this.equivocation?.height === this.height && this.equivocation.round === this.round) {
        // Double signing to back both blocks: a prevote for the second block to the peers that got it.
        const second = signVote({ ...vote, blockHash: Buffer.from(this.equivocation.hashHex, 'hex'), signature: null }, this.options.keys.privateKey);
        const secondHalf = this.equivocation.to;
        this.emit({ kind: 'broadcast-vote', vote, to: this.validators.ids.filter((id) => id !== this.id && !secondHalf.includes(id)) });
        this.emit({ kind: 'broadcast-vote', vote: second, to: secondHalf });
      } else {
        this.emit({ kind: 'broadcast-vote', vote });
      }
      for (const old of earlier) this.emit({ kind: 'broadcast-vote', vote: old });
    }
    this.receiveVote(vote, this.id, true);
  }

  /** Did we propose the block with this hash at the current height? */
  private proposedByUs(hashHex: string): boolean {
    for (const proposal of this.ownProposals.get(this.height)?.values() ?? []) if (hex(proposal.blockHash) === hashHex) return true;
    return false;
  }

  /** Has the current height been committed (we are in its commit wait)? */
  private decided(): boolean {
    return this.committed.length >= this.height && this.options.variant !== 'no-commit-guard';
  }

  private commit(committed: CommittedBlock, options: { immediate?: boolean; txKeys?: string[] | undefined } = {}): void {
    // L49 fires at most once per height: a chain holds each height once, in order.
    if (this.decided()) return;
    const height = committedHeight(committed);
    if (height !== this.height || (this.committed.length !== this.height - 1 && this.options.variant !== 'no-commit-guard')) {
      throw new Error(`consensus: committing height ${height} at height ${this.height} with ${this.committed.length} blocks (a bug)`);
    }
    this.counters.commits++;
    this.record(new CommitRecord(committed), { txKeys: options.txKeys });
    this.emit({ kind: 'commit', committed });
    this.step = 'commit';
    this.emit({ kind: 'step', height: this.height, round: this.round, step: 'commit' });
    if (options.immediate) this.startHeight(this.height + 1);
    else this.scheduleTimeout('commit', this.round);
  }

  private startHeight(height: number): void {
    this.height = height;
    this.round = 0;
    this.clearLock();
    this.proposals = new Map();
    this.votes = new Map();
    this.once = new Set();
    const pending = this.future;
    this.future = objectArray();
    this.startRound(0);
    for (const message of pending) {
      if (message.kind === 'vote') this.receiveVote(message.vote, voteFacts(message.vote).validatorId);
      else this.receiveProposal(message.proposal, proposalFacts(message.proposal).proposerId);
    }
  }

  private checkSynced(committed: CommittedBlock): BlockCheck {
    const header = committed.block?.header;
    if (!header) return { problem: 'no header', txKeys: undefined };
    const hash = blockHash(header);
    const problem = verifyCertificate(committed.certificate, { height: this.height, blockHash: hash }, this.validators, this.verifier, {
      checkSignatures: this.options.variant !== 'skip-cert-verify',
    });
    if (problem) return { problem, txKeys: undefined };
    return this.checkBlock(committed.block);
  }
}

/** A block check that failed (module-level: a closure per call is named per call under esbuild's keepNames, 0.8 % of a run). */
function fail(problem: string): BlockCheck {
  return { problem, txKeys: undefined };
}

function txBytes(txs: readonly Uint8Array[]): number {
  let bytes = 0;
  for (const tx of txs) bytes += tx.length;
  return bytes;
}

/**
 * The bytes of a block hash a vote names: a copy of its proposal's (whose hex `hashHex` is, by
 * receiveProposal's facts), or parsed from the hex without one. A copy of 32 bytes is a small
 * array on V8's heap; `Buffer.from(hex)` parsed the hex and cut each from an 8 KB pool slab,
 * a new slab every ~250 votes (~1.5 % of an empty-block run), each then pinned by the votes kept.
 */
function hashBytes(voted: ProposalEntry | undefined, hashHex: string): Uint8Array {
  const bytes = voted?.proposal.blockHash;
  return bytes instanceof Uint8Array && bytes.length * 2 === hashHex.length ? new Uint8Array(bytes) : Buffer.from(hashHex, 'hex');
}

/** Two hashes' bytes equal (unset reads as empty, as hex() of it does). */
function sameHash(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  const length = a?.length ?? 0;
  if (length !== b.length) return false;
  for (let i = 0; i < length; i++) if ((a as Uint8Array)[i] !== b[i]) return false;
  return true;
}

function kindOf(type: number): VoteKind | undefined {
  if (type === pb.VoteType.VOTE_TYPE_PREVOTE) return 'prevote';
  if (type === pb.VoteType.VOTE_TYPE_PRECOMMIT) return 'precommit';
  return undefined;
}

/** The kinds a step key tells apart (kindOf's undefined: a vote of neither type, as logged). */
const STEP_KINDS: ReadonlyArray<VoteKind | undefined> = ['prevote', 'precommit', undefined];

/** A signed step within its height: round and kind in one number (a string per vote was built before). */
function stepKey(round: number, kind: VoteKind | undefined): number {
  return round * STEP_KINDS.length + STEP_KINDS.indexOf(kind);
}

/** durableFacts' "height/round/kind" of a step key. */
function signKey(height: number, step: number): string {
  const round = Math.floor(step / STEP_KINDS.length);
  return `${height}/${round}/${STEP_KINDS[step - round * STEP_KINDS.length]}`;
}

/** The inner map of a height, made on first use. */
function atHeight<V>(byHeight: Map<number, Map<number, V>>, height: number): Map<number, V> {
  let inner = byHeight.get(height);
  if (inner === undefined) byHeight.set(height, (inner = new Map()));
  return inner;
}

/** Forgets every height below `floor`. */
function pruneBelow(byHeight: Map<number, unknown>, floor: number): void {
  for (const height of byHeight.keys()) if (height < floor) byHeight.delete(height);
}
