/**
 * Replay of an event log (from `faultline sim` or `faultline up`): rebuild the venue by folding
 * `applyBlock` over the committed blocks, re-check every invariant at every height, and hold the
 * log to account — its recorded state hashes and events must be what the engine computes, its
 * heights contiguous, its blocks certified by the run's validators. The venue config comes from
 * the log header (scenario JSON + seed), so a log replays on its own.
 */
import { blockHash, committedBlockProblem, committedHeight, hex, SignatureVerifier, ValidatorSet } from '@faultline/consensus';
import { decodeMessage, deriveKeyPair, encodeMessage, encodeMessageInto, logRecordEventBytes, rememberVerification, scanEventLog, type ByteSink, type faultline, type LogBytes, type LogReadProblem } from '@faultline/protocol';
import { parseScenario, REGISTRY, scenarioVenueConfigForSeed, VerdictBook, type Scenario, type Verdicts } from '@faultline/sim';
import {
  applyBlock,
  createVenueState,
  VENUE_INVARIANTS,
  VenueBlockError,
  venueBlockFromWire,
  REFEREE_INVARIANTS,
  stateHashFromScratch,
  VenueEventJudge,
  VenueMonitor,
  type VenueEvent,
  type VenueState,
  type VenueVariant,
  type VenueViolation,
} from '@faultline/venue';
import { JudgeThread, type JudgeAnswer } from './judge-thread.ts';
import type { LookaheadSource, Verified } from './oracle-lookahead.ts';
import { describeTxs, type TxSummary } from './tx-summary.ts';
import { logHeaderFacts, recordFacts, stateHashFacts } from './wire.ts';

/** Checks replay adds to the venue invariants: the log against the engine. */
export const LOG_CHECKS = ['log-contiguous', 'certificates-valid', 'events-match', 'hashes-match'] as const;
export type LogCheck = (typeof LOG_CHECKS)[number];

export interface ReplayViolation {
  height: number;
  invariant: string;
  detail: string;
  /** The transactions of the block at that height (the ones involved are among them). */
  txs: TxSummary[];
}

export interface ReplayHeader {
  runId: string;
  scenario: string;
  seed: number;
  policy: string;
  createdBy: string;
}

export interface ReplayResult {
  header: ReplayHeader | null;
  /** Last height rebuilt. */
  height: number;
  blocks: number;
  /** Venue events recomputed. */
  events: number;
  records: number;
  firstViolation: ReplayViolation | null;
  /** Every violation found (capped), in log order. */
  violations: ReplayViolation[];
  /** Every state hash recorded in the log equals the recomputed one (and there was at least one). */
  hashMatch: boolean;
  hashesCompared: number;
  firstHashMismatch: { height: number; recorded: string; recomputed: string; replicaId: string } | null;
  finalStateHash: string;
  /** Invariant or log check → held at every height replayed. */
  invariants: Record<string, boolean>;
  /**
   * One verdict per registered invariant, as every world reports them: the venue checks, the log
   * checks and consensus agreement judged here; the rest not-evaluated, with why.
   */
  verdicts: Verdicts;
  /** Problems reading the log (corrupt, truncated, wrong version): offset and record number. */
  problems: LogReadProblem[];
  /** True when replay stopped before the log's end (a problem without --skip-corrupt, or --to-height). */
  stoppedEarly: boolean;
}

export interface ReplayHeight {
  height: number;
  /** The block's own (BFT) time. */
  timeUs: number;
  /** When the log recorded the block: virtual time in a sim log, run time in a live one. */
  recordTimeUs: number;
  state: VenueState;
  events: readonly VenueEvent[];
  /** The committed block's txs (what execution does not report, e.g. consensus evidence). */
  txs: readonly Uint8Array[];
}

export interface ReplayOptions {
  toHeight?: number;
  skipCorrupt?: boolean;
  /** Progress in bytes of the log read (records stream: their count is unknown up front). */
  onProgress?: (progress: { bytesRead: number; bytes: number; height: number }) => void;
  /** Called after every applied height; the state is live (copy what you keep). */
  onHeight?: (height: ReplayHeight) => void;
  /**
   * Testing seam: replay with a deliberately broken engine (@faultline/venue/testing). A log does
   * not say which variant made it (variants are never in a header or a hash): a test that ran
   * one passes the same one here to rebuild its hashes.
   */
  variant?: VenueVariant;
  /**
   * Judge the solvency referee and the event checks (VenueEventJudge) on a second thread while
   * the main thread applies the next block (`faultline replay` does): the same verdicts, in the
   * same order, in less wall time on two cores.
   */
  judgeThread?: boolean;
}

const VIOLATIONS_KEPT = 100;
/**
 * The log's bytes framed at a time (scanEventLog's viewBytes; a LogFile's windows are as large):
 * memory this size is reused by the allocator once freed, where each fresh 1-4 MiB window cost
 * the main thread its page faults — ~0.1-0.35 s of system time on the 1M-event log, against
 * ~0.03 s in 256 KiB windows (BENCHMARKS.md, "Session 23 replay and codec").
 */
export const REPLAY_VIEW_BYTES = 256 * 1024;
/** State hashes recorded ahead of the replayed height, held at most (a replica far ahead of the log's own chain). */
const HELD_HASHES_MAX = 10_000;

export class ReplayError extends Error {
  override readonly name = 'ReplayError';
}

/**
 * The run's scenario from the header. Its fault schedule is dropped before validation: replay
 * needs only the venue and the validators, and a run shortened with --duration may hold faults
 * past its end that a full validation refuses.
 */
export function scenarioFromHeader(header: faultline.v1.LogHeader): Scenario {
  if (!header.scenarioJson) throw new ReplayError('the log header carries no scenario (scenario_json is empty), so the venue config is unknown');
  let json: unknown;
  try {
    json = JSON.parse(header.scenarioJson);
  } catch (error) {
    throw new ReplayError(`the log header's scenario_json is not JSON: ${(error as Error).message}`);
  }
  if (json && typeof json === 'object') delete (json as { faults?: unknown }).faults;
  try {
    return parseScenario(json, 'log header scenario_json');
  } catch (error) {
    throw new ReplayError((error as Error).message);
  }
}

export function replayLog(bytes: Uint8Array | LogBytes, options: ReplayOptions = {}): ReplayResult {
  // After the first events-match violation events are no longer compared (the rest of the log is
  // off by it). Set when the violation is found, not when it is recorded: with the judge thread a
  // violation waits in the queue behind the thread's answers, and the events after it were compared
  // (and reported) meanwhile — a height whose events all shift by one reported each of them.
  let eventsMismatched = false;
  // The height being checked: its block, how many events the engine computed, the next one to match.
  let current: { committed: faultline.v1.ICommittedBlock; events: number; matched: number } | undefined;
  // The engine's events of that height encoded one after the other into one buffer (no allocation
  // per event): event i is sink.bytes[ends[i - 1] ?? 0, ends[i]).
  const sink: ByteSink = { bytes: Buffer.allocUnsafe(1 << 20), length: 0 };
  const ends: number[] = [];
  /** Whether bytes[start, end) are the engine's event `i` of the current height exactly. */
  const isEngineEvent = (i: number, bytes: Uint8Array, start: number, end: number): boolean => {
    if (i >= ends.length) return false;
    const from = i === 0 ? 0 : (ends[i - 1] as number);
    const to = ends[i] as number;
    return to - from === end - start && sink.bytes.compare(bytes, start, end, from, to) === 0;
  };
  // An event record whose bytes are the engine's next event exactly needs no decoding (it is that
  // event): the scan skips its decode, and it is counted as matched below.
  const acceptEvent = (bytes: Uint8Array, eventAt: number, end: number): boolean => {
    if (!current || eventsMismatched) return false;
    return isEngineEvent(current.matched, bytes, eventAt, end);
  };
  const read = scanEventLog(bytes, { skipCorrupt: options.skipCorrupt ?? false, acceptEvent, viewBytes: REPLAY_VIEW_BYTES });
  const result: ReplayResult = {
    header: null,
    height: 0,
    blocks: 0,
    events: 0,
    records: 0,
    firstViolation: null,
    violations: [],
    hashMatch: false,
    hashesCompared: 0,
    firstHashMismatch: null,
    finalStateHash: '',
    invariants: Object.fromEntries([...VENUE_INVARIANTS, ...LOG_CHECKS].map((name) => [name, true])),
    verdicts: {},
    problems: read.problems,
    stoppedEarly: false,
  };
  const header = read.header;
  if (!header) {
    result.stoppedEarly = read.problems.length > 0;
    result.verdicts = replayVerdicts(result, 'the log has no readable header');
    return result;
  }
  result.header = logHeaderFacts(header);
  const { seed } = result.header;
  // The header alone configures replay, so a log is judged with nothing but itself.
  const scenario = scenarioFromHeader(header);
  const config = scenarioVenueConfigForSeed(scenario, seed);
  const validators = new ValidatorSet(scenario.topology.validators.map((id) => ({ id, publicKeyRaw: deriveKeyPair(seed, id).publicKeyRaw })));
  const verifier = new SignatureVerifier(validators);
  const state = createVenueState(config);
  const monitor = new VenueMonitor();
  // The monitor's event half: here, or on the judge thread (options.judgeThread).
  // With it, the thread also verifies the oracle reports of the blocks ahead (oracle-lookahead.ts):
  // its answers go into this thread's verification memo, so applyOracleReport's check is a lookup.
  const lookaheadSource = lookaheadSourceOf(bytes);
  const lookahead = lookaheadSource && {
    source: lookaheadSource,
    onVerified: (verified: readonly Verified[]) => {
      for (const v of verified) {
        const key = state.oracleKeys.get(v.oracleId);
        if (key) rememberVerification(key, v.bytes, v.signature, v.ok);
      }
    },
  };
  const thread = options.judgeThread ? new JudgeThread(config, validators.ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(seed, id).publicKeyRaw })), lookahead) : undefined;
  const eventJudge = thread ? undefined : new VenueEventJudge(config);
  /** The insurance fund in the last applied height's state (the referee starts each block from it). */
  let recordedFund: number | undefined;
  const blockHashes = new Map<number, string>();
  // Every replica's recorded state hash is held against the engine's at its height: a live run's
  // observer records each replica's as it arrives, often after the log has moved past that
  // height (or before it got there), so hashes are kept per height, and early ones held.
  const computedHashes = new Map<number, string>();
  const heldHashes: Array<{ height: number; recorded: string; replicaId: string }> = [];
  const compareHash = (height: number, recorded: string, replicaId: string): void => {
    const computed = computedHashes.get(height);
    if (computed === undefined) return;
    result.hashesCompared++;
    if (recorded !== computed && !result.firstHashMismatch) {
      result.firstHashMismatch = { height, recorded, recomputed: computed, replicaId };
      violate(height, 'hashes-match', `${replicaId} recorded ${recorded.slice(0, 16)}…, replay computes ${computed.slice(0, 16)}…`, current && committedHeight(current.committed) === height ? current.committed : undefined);
    }
  };

  const record = (height: number, invariant: string, detail: string, block: BlockRef): void => {
    result.invariants[invariant] = false;
    if (result.violations.length >= VIOLATIONS_KEPT) return;
    const committed = block instanceof Uint8Array ? committedOf(block) : block;
    const violation = { height, invariant, detail, txs: describeTxs(committed?.block?.txs ?? []) };
    result.violations.push(violation);
    result.firstViolation ??= violation;
  };
  // The judge thread answers a height after the main thread has moved on: what the main thread
  // finds meanwhile waits behind that height's slots — the certificate's, where the check was
  // made, and the judge's — so violations keep log order exactly.
  type Found = { height: number; invariant: string; detail: string };
  // A slot keeps its block as the record's bytes, decoded again only for a violation: the decoded
  // block (a thousand transactions' views) kept for the heights in flight outlived young collections.
  type Slot = { slot: true; part: 'certificate' | 'judge'; height: number; block: BlockRef; judged?: Found[] };
  type Queued = { slot: false; height: number; invariant: string; detail: string; block: BlockRef } | Slot;
  const queue: Queued[] = [];
  const flush = (): void => {
    let done = 0;
    for (; done < queue.length; done++) {
      const item = queue[done] as Queued;
      if (!item.slot) record(item.height, item.invariant, item.detail, item.block);
      else if (item.judged) for (const v of item.judged) record(v.height, v.invariant, v.detail, item.block);
      else break;
    }
    // What was recorded leaves the queue. The thread is always a height or more behind, so the
    // queue is rarely empty; emptying it only then kept every slot — and its committed block's
    // views into the log window it was read from — alive to the end (~100 MiB on the 1M-event log).
    queue.splice(0, done);
  };
  const violate = (height: number, invariant: string, detail: string, block: BlockRef): void => {
    if (invariant === 'events-match') eventsMismatched = true;
    if (queue.length === 0) record(height, invariant, detail, block);
    else queue.push({ slot: false, height, invariant, detail, block });
  };
  const slotOf = (height: number, part: Slot['part']): Slot => {
    const slot = queue.find((item): item is Slot => item.slot && item.part === part && item.height === height && !item.judged);
    if (!slot) throw new ReplayError(`replay's judge thread answered height ${height}, which was not asked`);
    return slot;
  };
  const judged = (answers: readonly JudgeAnswer[]): void => {
    for (const answer of answers) {
      slotOf(answer.height, 'certificate').judged = certificateFound(answer.height, answer.certificate);
      slotOf(answer.height, 'judge').judged = answer.violations;
    }
    if (answers.length > 0) flush();
  };

  const closeHeight = (): void => {
    if (!current) return;
    if (current.matched !== current.events && !eventsMismatched) {
      violate(state.height, 'events-match', `the log records ${current.matched} events at height ${state.height}, the engine computes ${current.events}`, current.committed);
    }
    current = undefined;
  };

  for (const record of read.records) {
    if (options.onProgress && result.records % 10_000 === 0) options.onProgress({ bytesRead: read.bytesRead, bytes: bytes.length, height: state.height });
    result.records++;
    if (record.block) {
      const committed = record.block;
      const height = committedHeight(committed);
      const headerHash = committed.block?.header ? hex(blockHash(committed.block.header)) : '';
      const seen = blockHashes.get(height);
      if (seen !== undefined) {
        // A second record of a height already applied: it must be the same block.
        if (seen !== headerHash) violate(height, 'consensus-agreement', `two different blocks recorded at height ${height}: ${seen.slice(0, 16)}… and ${headerHash.slice(0, 16)}…`, committed);
        continue;
      }
      if (options.toHeight !== undefined && height > options.toHeight) {
        result.stoppedEarly = true;
        break;
      }
      if (height !== state.height + 1) {
        // The records after a lost block would be checked against the wrong height: stop here.
        violate(height, 'log-contiguous', `block ${height} follows height ${state.height}: ${height > state.height + 1 ? `heights ${state.height + 1}..${height - 1} are missing (a lost committed block)` : 'out of order'}`, committed);
        if (height <= state.height) continue;
        current = undefined;
        result.stoppedEarly = true;
        break;
      }
      closeHeight();
      // What an execution node checks before applying: a log must not hold a block no node would
      // apply. With the judge thread the thread checks it (its answer fills this slot).
      const blockRecord: BlockRef = read.payload ?? committed;
      if (thread) queue.push({ slot: true, part: 'certificate', height, block: blockRecord });
      else for (const v of certificateFound(height, committedBlockProblem(committed, height, validators, verifier) ?? null)) violate(v.height, v.invariant, v.detail, committed);
      // The thread's oracle verifications so far into the memo (and its answers, if any, to their slots).
      if (thread) judged(thread.absorb());
      let applied;
      let venueBlock;
      try {
        venueBlock = venueBlockFromWire(committed.block ?? {});
        applied = applyBlock(state, venueBlock, options.variant ? { variant: options.variant } : {});
      } catch (error) {
        if (!(error instanceof VenueBlockError)) throw error;
        if (thread) {
          // The thread is never asked about a block that does not apply: its certificate is checked here.
          slotOf(height, 'certificate').judged = certificateFound(height, committedBlockProblem(committed, height, validators, verifier) ?? null);
          flush();
        }
        violate(height, 'log-contiguous', error.message, committed);
        result.stoppedEarly = true;
        break;
      }
      blockHashes.set(height, headerHash);
      result.blocks++;
      result.events += applied.events.length;
      result.height = height;
      sink.length = 0;
      ends.length = 0;
      // The engine's event is its wire form with a `kind` beside the one member it sets, which
      // the encoder does not read (venueEventToWire's wrapper, one object per event, is not needed).
      for (const event of applied.events) {
        encodeMessageInto('VenueEvent', event as faultline.v1.IVenueEvent, sink);
        ends.push(sink.length);
      }
      current = { committed, events: ends.length, matched: 0 };
      // The height's root; a hash recorded ahead of it (a live run's) is compared now, in log order.
      result.finalStateHash = hex(applied.stateHash ?? new Uint8Array(0));
      computedHashes.set(height, result.finalStateHash);
      for (let i = heldHashes.length - 1; i >= 0; i--) {
        const held = heldHashes[i] as (typeof heldHashes)[number];
        if (held.height !== height) continue;
        heldHashes.splice(i, 1);
        compareHash(held.height, held.recorded, held.replicaId);
      }
      if (thread) {
        queue.push({ slot: true, part: 'judge', height, block: blockRecord });
        judged(thread.send(height, read.payload ?? new Uint8Array(0), sink.bytes.subarray(0, sink.length), ends, recordedFund));
      } else for (const v of (eventJudge as VenueEventJudge).judge(height, applied.events, venueBlock, recordedFund)) violate(height, v.invariant, v.detail, committed);
      recordedFund = state.insuranceFund;
      for (const v of monitor.checkState(state, height, applied.events, venueBlock)) violate(height, v.invariant, v.detail, committed);
      options.onHeight?.({ height, timeUs: state.blockTimeUs, recordTimeUs: recordFacts(record).timeUs, state, events: applied.events, txs: committed.block?.txs ?? [] });
    } else if (record.event) {
      if (!current) continue; // events before the first block belong to no height replayed
      if (read.prejudged) {
        current.matched++;
        continue;
      }
      // Extra events are counted here and reported when the height closes: they may belong to a lost block.
      // The event's bytes as the log holds them; a re-encoding of the decoded event only when the
      // record holds the field more than once (then the merged message is what it says).
      const recorded = (read.payload && logRecordEventBytes(read.payload)) ?? encodeMessage('VenueEvent', record.event);
      if (!eventsMismatched && current.matched < current.events && !isEngineEvent(current.matched, recorded, 0, recorded.length)) {
        violate(state.height, 'events-match', `event ${current.matched + 1} at height ${state.height} differs from the engine's (record ${recordFacts(record).seq})`, current.committed);
      }
      current.matched++;
    } else if (record.stateHash) {
      const { height, hashHex: recorded, replicaId } = stateHashFacts(record.stateHash);
      if (computedHashes.has(height)) compareHash(height, recorded, replicaId);
      else if (height > state.height && heldHashes.length < HELD_HASHES_MAX) heldHashes.push({ height, recorded, replicaId });
    }
  }
  if (read.problems.length > 0 && !options.skipCorrupt) {
    // A log cut short by a bad record ends mid-height: its last events are missing, not wrong.
    current = undefined;
    result.stoppedEarly = true;
  }
  closeHeight();
  // The last checks before the judge thread's last answers are taken: they run while the thread
  // judges the heights still out (up to MAX_AHEAD), and what they find waits in the queue behind
  // those heights' slots, so violations keep log order.
  if (result.blocks > 0) {
    // Conservation and open interest were summed from the accounts each block named: once more over every account.
    for (const v of monitor.finish(state)) violate(v.height, v.invariant, v.detail, undefined);
    // The roots above are incremental (only what each block touched is re-hashed): the last one is
    // judged once against a recomputation from nothing, which shares none of its dirty tracking.
    const scratch = hex(stateHashFromScratch(state));
    if (scratch !== result.finalStateHash) {
      result.firstHashMismatch ??= { height: state.height, recorded: result.finalStateHash, recomputed: scratch, replicaId: 'replay (from scratch)' };
      violate(state.height, 'hashes-match', `replay's incremental state hash ${result.finalStateHash.slice(0, 16)}… differs from its recomputation from scratch ${scratch.slice(0, 16)}… at the last height`, undefined);
    }
  }
  let refereeUnjudged = eventJudge ? eventJudge.refereeUnjudged : undefined;
  if (thread) {
    judged(thread.drain());
    refereeUnjudged = thread.end();
  }
  result.hashMatch = !result.firstHashMismatch && result.hashesCompared > 0;
  result.verdicts = replayVerdicts(result, result.blocks === 0 ? 'the log holds no block' : undefined, refereeUnjudged);
  options.onProgress?.({ bytesRead: bytes.length, bytes: bytes.length, height: state.height });
  return result;
}

/** A violation's block: the committed block, or its log record's bytes (decoded when a violation is recorded), or none. */
type BlockRef = faultline.v1.ICommittedBlock | Uint8Array | undefined;

/** The committed block of a block record's bytes (they decoded once already, when read). */
function committedOf(record: Uint8Array): faultline.v1.ICommittedBlock | undefined {
  const decoded = decodeMessage('LogRecord', record);
  return decoded.ok ? (decoded.value.block ?? undefined) : undefined;
}

/** Logs held in memory up to this size are copied to the judge thread for its lookahead; a larger one gets none. */
const LOOKAHEAD_COPY_MAX_BYTES = 64 * 1024 * 1024;

/** Where the judge thread reads the log for its oracle lookahead: the file of a source that names one, or a copy of bytes in memory. */
function lookaheadSourceOf(bytes: Uint8Array | LogBytes): LookaheadSource | undefined {
  if (bytes instanceof Uint8Array) return bytes.length <= LOOKAHEAD_COPY_MAX_BYTES ? { bytes } : undefined;
  const path = (bytes as { path?: unknown }).path;
  return typeof path === 'string' ? { path } : undefined;
}

/** What a log cannot tell: the run that wrote it judged these (its summary has their verdicts). */
const JUDGED_BY_THE_RUN = 'judged by the run that wrote the log (faultline sim or up): the log holds one replica’s state, not every actor’s messages';

/** The registry's invariants, judged from what this replay found (every registered name, in registry order). */
function replayVerdicts(result: ReplayResult, nothingReplayed: string | undefined, refereeUnjudged?: string): Verdicts {
  const book = new VerdictBook();
  if (refereeUnjudged !== undefined) for (const name of REFEREE_INVARIANTS) book.notEvaluated(name, refereeUnjudged);
  for (const v of result.violations) book.record({ invariant: v.invariant, height: v.height, timeUs: 0, detail: v.detail });
  const judged = new Set<string>([...VENUE_INVARIANTS, ...LOG_CHECKS, 'consensus-agreement']);
  for (const entry of REGISTRY) {
    if (nothingReplayed) book.notEvaluated(entry.name, nothingReplayed);
    else if (!judged.has(entry.name)) book.notEvaluated(entry.name, JUDGED_BY_THE_RUN);
  }
  if (!nothingReplayed && result.hashesCompared === 0) book.notEvaluated('hashes-match', 'the log records no state hash');
  return book.verdicts([...new Set([...REGISTRY.map((e) => e.name), ...result.violations.map((v) => v.invariant)])]);
}

/** A block's certificate problem (committedBlockProblem's) as the violation replay reports. */
function certificateFound(height: number, problem: string | null): Array<{ height: number; invariant: string; detail: string }> {
  return problem === null ? [] : [{ height, invariant: 'certificates-valid', detail: `block ${height}: ${problem}` }];
}
