/**
 * The live bench's per-hop latency trace of each block (issue 15 item 2): where a block's time
 * goes between one commit and the next execution, from what the bench process sees on the broker
 * with one clock (its own; every hop is a difference of two arrival times here):
 *
 *   propose     the previous height's first block message (any validator's) → this height's
 *               proposal (commit wait, the proposer's reap, build and sign, and its write-ahead
 *               append of the proposal)
 *   prevotes    proposal → the 2f+1-th prevote for the block (each validator checks the block,
 *               appends its prevote to its write-ahead log and waits for the ack before sending)
 *   precommits  2f+1 prevotes → the 2f+1-th precommit, or validator-1's commit record when that
 *               comes first (a validator counts its own precommit before the broker has it)
 *   commit      → validator-1's commit record on its log subject (it decided)
 *   wal-ack     that record → validator-1's block message (the broker's ack of the append, and the
 *               write-ahead barrier releasing the publish)
 *   execute     the first block message (any validator's: the execution node takes the first) →
 *               the execution node's BlockExecuted here (its own append, and its snapshot every
 *               100 heights: a block whose wait spans one is marked)
 *
 * plus validator-1's own vote acks (its prevote / precommit record seen → the vote seen): the
 * broker's append round trip as a validator waits for it; and the execute hop in two, when the
 * execution node's own log subject is followed (onExecutionLog): `exec-apply` (the first block
 * message → the node's CommittedBlock record: its delivery, decode, certificate check, applyBlock
 * and encode) and `exec-ack` (that record → its BlockExecuted here: the append's ack, the
 * write-ahead barrier, the publish). Only the commit round's messages count
 * (a block past round 0 shows in `propose` and the rounds). The propose hop in three (session 31,
 * what a slow block interval is made of): `proposer-late` (the first block message → the next
 * proposer's own block message: it decided later than the first validator), `commit-wait` (that →
 * the proposal's timestamp, its reap: the commit wait, its timer's lateness and the reap-after-poll
 * turn) and `build` (the reap → the proposal here: reap, build, sign, its write-ahead append and
 * ack, its publish). A hop missing its ends (a message
 * lost to the bench, a height synced rather than voted) is left out of that hop, not guessed.
 */
import { decodeEnvelope, decodeMessage, pb, type faultline } from '@faultline/protocol';
import { walBatchEntries } from '@faultline/actors';

export const HOPS = ['propose', 'prevotes', 'precommits', 'commit', 'wal-ack', 'execute'] as const;
export type Hop = (typeof HOPS)[number];
export const VOTE_ACKS = ['prevote-ack', 'precommit-ack'] as const;
type VoteAck = (typeof VOTE_ACKS)[number];
/** The propose hop's three parts (the next proposer's block message and its proposal's timestamp). */
export const PROPOSE_PARTS = ['proposer-late', 'commit-wait', 'build'] as const;
type ProposePart = (typeof PROPOSE_PARTS)[number];
/** The execute hop's two halves (onExecutionLog). */
export const EXEC_PARTS = ['exec-apply', 'exec-ack'] as const;
type ExecPart = (typeof EXEC_PARTS)[number];

interface RoundTimes {
  proposalUs?: number;
  /** The proposal's own timestamp: the proposer's clock when its height started (its reap). */
  reapUs?: number;
  proposerId?: string;
  /** Distinct voters for a block (non-nil) and when the quorum-th arrived, per vote type. */
  prevoters: Set<string>;
  prevoteQuorumUs?: number;
  precommitters: Set<string>;
  precommitQuorumUs?: number;
}

interface HeightTimes {
  rounds: Map<number, RoundTimes>;
  commitRound?: number;
  commitRecordUs?: number;
  /** validator-1's block message, and the first block message of any validator. */
  blockUs?: number;
  firstBlockUs?: number;
  /** Each validator's block message of this height. */
  blockByValidatorUs: Map<string, number>;
  executedUs?: number;
  /** The execution node's CommittedBlock record of this height seen on its log subject. */
  execRecordUs?: number;
  /** validator-1's own vote records seen (by type), and its vote message seen. */
  ownVoteRecordUs: Partial<Record<VoteAck, number>>;
  ownVoteAckUs: Partial<Record<VoteAck, number>>;
}

/** One height's commit-round path, µs on the run's clock (HopTrace.pathAt). */
export interface HeightPath {
  previousFirstBlockUs: number | undefined;
  reapUs: number | undefined;
  proposalUs: number | undefined;
  prevoteQuorumUs: number | undefined;
  precommitQuorumUs: number | undefined;
  firstBlockUs: number | undefined;
  execRecordUs: number | undefined;
  executedUs: number | undefined;
  proposerId: string | undefined;
}

export interface HopSummary {
  /** p50 / p99 / max of each hop over the blocks executed in the window, ms. */
  hopsMs: Record<Hop | VoteAck | ExecPart | ProposePart, [number, number, number]>;
  /** The slowest blocks by the previous height's first block message → this BlockExecuted, each hop in ms. */
  slowest: Array<{ height: number; round: number; totalMs: number; hopsMs: Partial<Record<Hop | ExecPart | ProposePart, number>>; snapshot: boolean }>;
  /**
   * Proposals and votes seen here both as a stored log entry and as the signer's envelope (with
   * deliverFromLog): how much earlier the stored copy came, p50/p99/max ms, and how many pairs —
   * the hop a peer saves per message (the ack's way back and the signer's publish).
   */
  storedLeadMs?: { ms: [number, number, number]; pairs: number };
  /** Blocks the summary covers. */
  blocks: number;
}

/** Heights kept (a live step runs a few thousand); older ones are forgotten. */
const HEIGHTS_KEPT = 50_000;

export class HopTrace {
  private readonly heights = new Map<number, HeightTimes>();
  /** Execution snapshots seen (their arrival times), to tell a block that waited on one. */
  private readonly snapshotsUs: number[] = [];
  /** First arrival of each proposal and vote by copy (stored entry / envelope), until both are seen. */
  private readonly copies = new Map<string, { storedUs?: number; envelopeUs?: number }>();
  /** Both copies seen: when the envelope came, and the stored copy's lead (µs; negative: the envelope came first). */
  private readonly leads: Array<{ atUs: number; leadUs: number }> = [];

  constructor(
    private readonly quorum: number,
    /** The validator whose log and block messages time the commit (validator-1). */
    private readonly witness = 'validator-1',
  ) {}

  /** A message on `consensus.*` (its frame), arrived at `atUs`. */
  onConsensus(frame: Uint8Array, atUs: number): void {
    const decoded = decodeEnvelope(frame);
    if (!decoded.ok) return;
    const envelope = decoded.value;
    if (envelope.proposal) {
      this.onCopy(proposalKey(envelope.proposal), 'envelopeUs', atUs);
      this.onProposal(envelope.proposal, atUs);
      return;
    }
    const vote = envelope.vote;
    if (!vote) return;
    this.onCopy(voteKey(vote), 'envelopeUs', atUs);
    if (vote.validatorId === this.witness) {
      const times = this.height(Number(vote.height ?? 0));
      times.ownVoteAckUs[vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT ? 'precommit-ack' : 'prevote-ack'] ??= atUs;
    }
    this.onVote(vote, atUs);
  }

  /**
   * A validator's log entry as the broker republished it once stored (`stored.<validator>`): its
   * proposal and vote records count as those messages seen, at whichever copy came first (the
   * validators take the first too: deliverFromLog). The other records time nothing here.
   */
  onStored(entry: Uint8Array, atUs: number): void {
    if (entry[0] !== 0x12 && entry[0] !== 0x1a) return;
    const decoded = decodeMessage('ValidatorWalRecord', entry);
    if (!decoded.ok) return;
    const { signedVote, signedProposal } = decoded.value;
    if (signedProposal) {
      this.onCopy(proposalKey(signedProposal), 'storedUs', atUs);
      this.onProposal(signedProposal, atUs);
    } else if (signedVote) {
      this.onCopy(voteKey(signedVote), 'storedUs', atUs);
      this.onVote(signedVote, atUs);
    }
  }

  private onCopy(key: string, copy: 'storedUs' | 'envelopeUs', atUs: number): void {
    let seen = this.copies.get(key);
    if (seen === undefined) {
      this.copies.set(key, (seen = {}));
      if (this.copies.size > COPIES_KEPT) this.copies.delete(this.copies.keys().next().value as string);
    }
    seen[copy] ??= atUs;
    if (seen.storedUs === undefined || seen.envelopeUs === undefined) return;
    this.copies.delete(key);
    this.leads.push({ atUs: Math.max(seen.storedUs, seen.envelopeUs), leadUs: seen.envelopeUs - seen.storedUs });
    if (this.leads.length > COPIES_KEPT) this.leads.splice(0, COPIES_KEPT / 2);
  }

  private onProposal(proposal: faultline.v1.IProposal, atUs: number): void {
    const round = this.round(Number(proposal.height ?? 0), proposal.round ?? 0);
    round.proposalUs ??= atUs;
    round.reapUs ??= Number(proposal.timestampUs ?? 0);
    round.proposerId ??= proposal.proposerId ?? '';
  }

  private onVote(vote: faultline.v1.IVote, atUs: number): void {
    const height = Number(vote.height ?? 0);
    const voter = vote.validatorId ?? '';
    const precommit = vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;
    if ((vote.blockHash?.length ?? 0) === 0) return; // nil votes make no block quorum
    const round = this.round(height, vote.round ?? 0);
    if (precommit) {
      round.precommitters.add(voter);
      if (round.precommitters.size === this.quorum) round.precommitQuorumUs = atUs;
    } else {
      round.prevoters.add(voter);
      if (round.prevoters.size === this.quorum) round.prevoteQuorumUs = atUs;
    }
  }

  /**
   * An entry the witness appended to its write-ahead log (the frame on its `log.` subject): one
   * record, or a batch of the records one input made (wal-encode.ts, version 2), each timed as
   * the entry.
   */
  onWitnessLog(entry: Uint8Array, atUs: number): void {
    for (const record of walBatchEntries(entry) ?? []) this.onWitnessRecord(record, atUs);
  }

  private onWitnessRecord(record: Uint8Array, atUs: number): void {
    // Lock records (tag 0x22, or a versioned entry: 0x00, wal-encode.ts) carry the block and time nothing here: not decoded.
    if (record[0] === 0x22 || record[0] === 0x00) return;
    const decoded = decodeMessage('ValidatorWalRecord', record);
    if (!decoded.ok) return;
    const { committed, signedVote } = decoded.value;
    if (committed) {
      const times = this.height(Number(committed.block?.header?.height ?? 0));
      times.commitRecordUs ??= atUs;
    } else if (signedVote) {
      const times = this.height(Number(signedVote.height ?? 0));
      times.ownVoteRecordUs[signedVote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT ? 'precommit-ack' : 'prevote-ack'] ??= atUs;
    }
  }

  /** A validator's committed block message (`block.<id>`), with its certificate's round. */
  onCommitted(validator: string, height: number, round: number, atUs: number): void {
    const times = this.height(height);
    times.firstBlockUs ??= atUs;
    if (!times.blockByValidatorUs.has(validator)) times.blockByValidatorUs.set(validator, atUs);
    if (validator !== this.witness) return;
    times.blockUs ??= atUs;
    times.commitRound = round;
  }

  /** A record the execution node appended to its log (a CommittedBlock, the frame on its `log.` subject). */
  onExecutionLog(record: Uint8Array, atUs: number): void {
    const decoded = decodeMessage('CommittedBlock', record);
    if (!decoded.ok) return;
    this.height(Number(decoded.value.block?.header?.height ?? 0)).execRecordUs ??= atUs;
  }

  /** The commit round's proposal of a height, as it arrived here (undefined when not seen or the round unknown). */
  proposalAt(height: number): number | undefined {
    const times = this.heights.get(height);
    return times?.rounds.get(times.commitRound ?? 0)?.proposalUs;
  }

  /** The commit round's proposal's timestamp (the proposer's reap, on the run's clock), when seen. */
  reapAt(height: number): number | undefined {
    const times = this.heights.get(height);
    return times?.rounds.get(times.commitRound ?? 0)?.reapUs;
  }

  /**
   * The commit round's path of a height as the tail anatomy reads it (tail-anatomy.ts): the
   * previous height's first block message, the reap, and each step's arrival here, every time
   * bounded by the one after it as the hops are (a message the bench saw late happened no later
   * than the next one it saw). Undefined when the height was not seen.
   */
  pathAt(height: number): HeightPath | undefined {
    const times = this.heights.get(height);
    if (times === undefined) return undefined;
    const round = times.rounds.get(times.commitRound ?? 0);
    const firstBlockUs = times.firstBlockUs;
    const precommitQuorumUs = earlier(round?.precommitQuorumUs, firstBlockUs);
    const prevoteQuorumUs = earlier(round?.prevoteQuorumUs, precommitQuorumUs);
    const proposalUs = earlier(round?.proposalUs, prevoteQuorumUs);
    const reapUs = round?.reapUs === 0 ? undefined : round?.reapUs;
    return { previousFirstBlockUs: this.heights.get(height - 1)?.firstBlockUs, reapUs, proposalUs, prevoteQuorumUs, precommitQuorumUs, firstBlockUs, execRecordUs: times.execRecordUs, executedUs: times.executedUs, proposerId: round?.proposerId };
  }

  /** The first block message of a height (any validator's) as it arrived here. */
  firstBlockAt(height: number): number | undefined {
    return this.heights.get(height)?.firstBlockUs;
  }

  onExecuted(height: number, atUs: number): void {
    this.height(height).executedUs ??= atUs;
  }

  onSnapshot(atUs: number): void {
    this.snapshotsUs.push(atUs);
    if (this.snapshotsUs.length > 1_000) this.snapshotsUs.splice(0, 500);
  }

  /** The hops of the blocks executed in [fromUs, toUs]; the `slowestCount` slowest listed hop by hop. */
  summarize(fromUs: number, toUs: number, slowestCount = 5): HopSummary {
    const samples: Record<Hop | VoteAck | ExecPart | ProposePart, number[]> = { propose: [], prevotes: [], precommits: [], commit: [], 'wal-ack': [], execute: [], 'prevote-ack': [], 'precommit-ack': [], 'exec-apply': [], 'exec-ack': [], 'proposer-late': [], 'commit-wait': [], build: [] };
    const blocks: HopSummary['slowest'] = [];
    for (const [height, times] of this.heights) {
      if (times.executedUs === undefined || times.executedUs < fromUs || times.executedUs > toUs) continue;
      const hops = this.hopsOf(height, times);
      for (const [hop, us] of Object.entries(hops) as Array<[Hop, number]>) samples[hop].push(us / 1000);
      for (const ack of VOTE_ACKS) {
        const recordUs = times.ownVoteRecordUs[ack];
        const sentUs = times.ownVoteAckUs[ack];
        if (recordUs !== undefined && sentUs !== undefined && sentUs >= recordUs) samples[ack].push((sentUs - recordUs) / 1000);
      }
      const execRecordUs = times.execRecordUs;
      if (execRecordUs !== undefined && times.firstBlockUs !== undefined && execRecordUs >= times.firstBlockUs) {
        samples['exec-apply'].push((execRecordUs - times.firstBlockUs) / 1000);
        samples['exec-ack'].push((times.executedUs - execRecordUs) / 1000);
      }
      const parts = this.proposeParts(height, times);
      for (const [part, us] of Object.entries(parts) as Array<[ProposePart, number]>) samples[part].push(us / 1000);
      const previousBlockUs = this.heights.get(height - 1)?.firstBlockUs;
      if (previousBlockUs === undefined) continue;
      const hopsMs = Object.fromEntries([...Object.entries(hops), ...Object.entries(parts)].map(([hop, us]) => [hop, round1(us / 1000)])) as Partial<Record<Hop | ExecPart | ProposePart, number>>;
      if (execRecordUs !== undefined && times.firstBlockUs !== undefined && execRecordUs >= times.firstBlockUs) {
        hopsMs['exec-apply'] = round1((execRecordUs - times.firstBlockUs) / 1000);
        hopsMs['exec-ack'] = round1((times.executedUs - execRecordUs) / 1000);
      }
      const snapshot = this.snapshotsUs.some((at) => at >= previousBlockUs && at <= (times.executedUs as number));
      blocks.push({ height, round: times.commitRound ?? 0, totalMs: round1((times.executedUs - previousBlockUs) / 1000), hopsMs, snapshot });
    }
    blocks.sort((a, b) => b.totalMs - a.totalMs || a.height - b.height);
    const hopsMs = Object.fromEntries(Object.entries(samples).map(([hop, values]) => [hop, percentiles(values)])) as HopSummary['hopsMs'];
    const leads = this.leads.filter((l) => l.atUs >= fromUs && l.atUs <= toUs).map((l) => l.leadUs / 1000);
    const summary: HopSummary = { hopsMs, slowest: blocks.slice(0, slowestCount), blocks: blocks.length };
    if (leads.length > 0) summary.storedLeadMs = { ms: percentiles(leads), pairs: leads.length };
    return summary;
  }

  /** One line per hop (p50/p99/max ms) and the slowest blocks hop by hop. */
  static format(summary: HopSummary): string {
    const hops = [...HOPS, ...PROPOSE_PARTS, ...VOTE_ACKS, ...EXEC_PARTS].map((hop) => `${hop} ${summary.hopsMs[hop].map((v) => (Number.isNaN(v) ? '-' : v.toFixed(1))).join('/')}`).join(', ');
    const slow = summary.slowest.map((b) => `h${b.height}${b.round ? ` r${b.round}` : ''} ${b.totalMs} ms [${HOPS.map((hop) => `${hop} ${b.hopsMs[hop] ?? '-'}${hop === 'propose' && b.hopsMs.build !== undefined ? ` (late ${b.hopsMs['proposer-late']}, wait ${b.hopsMs['commit-wait']}, build ${b.hopsMs.build})` : ''}`).join(', ')}${b.hopsMs['exec-apply'] === undefined ? '' : ` (apply ${b.hopsMs['exec-apply']}, ack ${b.hopsMs['exec-ack']})`}]${b.snapshot ? ' +exec snapshot' : ''}`).join('; ');
    const lead = summary.storedLeadMs ? `; stored copy ahead of the envelope p50/p99/max ${summary.storedLeadMs.ms.map((v) => v.toFixed(1)).join('/')} ms over ${summary.storedLeadMs.pairs} proposals and votes` : '';
    return `hops p50/p99/max ms over ${summary.blocks} blocks: ${hops}${lead}; slowest: ${slow || 'none'}`;
  }

  private hopsOf(height: number, times: HeightTimes): Partial<Record<Hop, number>> {
    const round = times.rounds.get(times.commitRound ?? 0);
    const record = times.commitRecordUs;
    // A step the bench sees late (its votes queued behind a busy socket) happened no later than the
    // next step it saw: each time is bounded by the one after it, so no hop comes out negative.
    const precommitted = earlier(round?.precommitQuorumUs, record);
    const prevoted = earlier(round?.prevoteQuorumUs, precommitted);
    const proposed = earlier(round?.proposalUs, prevoted);
    const spans: Array<[Hop, number | undefined, number | undefined]> = [
      ['propose', this.heights.get(height - 1)?.firstBlockUs, proposed],
      ['prevotes', proposed, prevoted],
      ['precommits', prevoted, precommitted],
      ['commit', precommitted, record],
      ['wal-ack', record, times.blockUs],
      ['execute', times.firstBlockUs, times.executedUs],
    ];
    const hops: Partial<Record<Hop, number>> = {};
    for (const [hop, from, to] of spans) if (from !== undefined && to !== undefined) hops[hop] = to - from;
    return hops;
  }

  /** The propose hop of the commit round in its three parts (PROPOSE_PARTS), when each end was seen. */
  private proposeParts(height: number, times: HeightTimes): Partial<Record<ProposePart, number>> {
    const round = times.rounds.get(times.commitRound ?? 0);
    const previous = this.heights.get(height - 1);
    const firstUs = previous?.firstBlockUs;
    const proposerBlockUs = previous?.blockByValidatorUs.get(round?.proposerId ?? '');
    const reapUs = round?.reapUs;
    const proposalUs = round?.proposalUs;
    const parts: Partial<Record<ProposePart, number>> = {};
    if (firstUs === undefined || proposerBlockUs === undefined || reapUs === undefined || reapUs === 0 || proposalUs === undefined) return parts;
    parts['proposer-late'] = proposerBlockUs - firstUs;
    parts['commit-wait'] = reapUs - proposerBlockUs;
    parts.build = proposalUs - reapUs;
    return parts;
  }

  private height(height: number): HeightTimes {
    let times = this.heights.get(height);
    if (!times) {
      times = { rounds: new Map(), ownVoteRecordUs: {}, ownVoteAckUs: {}, blockByValidatorUs: new Map() };
      this.heights.set(height, times);
      if (this.heights.size > HEIGHTS_KEPT) this.heights.delete(this.heights.keys().next().value as number);
    }
    return times;
  }

  private round(height: number, round: number): RoundTimes {
    const times = this.height(height);
    let r = times.rounds.get(round);
    if (!r) times.rounds.set(round, (r = { prevoters: new Set(), precommitters: new Set() }));
    return r;
  }
}

/** Proposals and votes whose two copies are matched (storedLeadMs). */
const COPIES_KEPT = 200_000;

function proposalKey(proposal: faultline.v1.IProposal): string {
  return `p/${Number(proposal.height ?? 0)}/${proposal.round ?? 0}/${proposal.proposerId ?? ''}`;
}

function voteKey(vote: faultline.v1.IVote): string {
  return `v${vote.type ?? 0}/${Number(vote.height ?? 0)}/${vote.round ?? 0}/${vote.validatorId ?? ''}`;
}

function percentiles(values: number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [Number.NaN, Number.NaN, Number.NaN];
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return [round1(at(0.5)), round1(at(0.99)), round1(sorted[sorted.length - 1] as number)];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The earlier of two times, either of which may be unknown (then the other, or undefined). */
function earlier(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? (a ?? b) : Math.min(a, b);
}
