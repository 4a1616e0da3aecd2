/**
 * `faultline diff`: the first height at which two event logs (two replicas, two runs, a live run
 * and its simulated twin) stop agreeing, and what differs there — the committed block (its time
 * or its transactions), the venue events, or only the state hash. Compares what the logs
 * recorded, height by height in lockstep, so two long logs cost no more memory than one height.
 */
import { blockHash, committedHeight, headerFacts, hex } from '@faultline/consensus';
import { encodeMessage, scanEventLog, type faultline, type LogBytes, type LogReadProblem, type LogScan } from '@faultline/protocol';
import { describeTxs, type TxSummary } from './tx-summary.ts';
import { logHeaderFacts, stateHashFacts } from './wire.ts';

interface RecordedHeight {
  height: number;
  block: faultline.v1.ICommittedBlock;
  events: faultline.v1.IVenueEvent[];
  stateHash: string | undefined;
}

export type DivergenceKind = 'block-time' | 'block-txs' | 'events' | 'state-hash';

export interface Divergence {
  height: number;
  what: DivergenceKind;
  detail: string;
  a: unknown;
  b: unknown;
}

export interface LogSide {
  path: string;
  scenario: string;
  seed: number;
  policy: string;
  createdBy: string;
  lastHeight: number;
  problems: LogReadProblem[];
}

export interface DiffResult {
  a: LogSide;
  b: LogSide;
  /** Header fields that differ (scenario, seed, policy, run kind): context for a divergence. */
  headerDifferences: string[];
  /** Heights both logs hold and agree on, from 1. */
  agreeingHeights: number;
  divergence: Divergence | null;
}

function* heightsOf(records: Iterable<faultline.v1.LogRecord>): Generator<RecordedHeight> {
  let current: RecordedHeight | undefined;
  for (const record of records) {
    if (record.block) {
      if (current) yield current;
      current = { height: committedHeight(record.block), block: record.block, events: [], stateHash: undefined };
    } else if (record.event && current) current.events.push(record.event);
    else if (record.stateHash && current) {
      const stateHash = stateHashFacts(record.stateHash);
      if (stateHash.height === current.height) current.stateHash ??= stateHash.hashHex;
    }
  }
  if (current) yield current;
}

export function diffLogs(bytesA: Uint8Array | LogBytes, bytesB: Uint8Array | LogBytes, paths: { a: string; b: string } = { a: 'A', b: 'B' }): DiffResult {
  // Streamed: only the current height of each log is in memory.
  const readA = scanEventLog(bytesA);
  const readB = scanEventLog(bytesB);
  const side = (path: string, read: LogScan): LogSide => {
    const { scenario, seed, policy, createdBy } = logHeaderFacts(read.header ?? {});
    return {
      path,
      scenario,
      seed,
      policy,
      createdBy,
      lastHeight: 0,
      // Filled as the records stream (the same array).
      problems: read.problems,
    };
  };
  const result: DiffResult = { a: side(paths.a, readA), b: side(paths.b, readB), headerDifferences: [], agreeingHeights: 0, divergence: null };
  for (const field of ['scenario', 'seed', 'policy', 'createdBy'] as const) {
    if (result.a[field] !== result.b[field]) result.headerDifferences.push(`${field}: ${String(result.a[field])} ≠ ${String(result.b[field])}`);
  }
  const itA = heightsOf(readA.records);
  const itB = heightsOf(readB.records);
  for (let a = itA.next(), b = itB.next(); ; a = itA.next(), b = itB.next()) {
    if (!a.done) result.a.lastHeight = a.value.height;
    if (!b.done) result.b.lastHeight = b.value.height;
    // One log ends: the rest of the other is not a divergence, only a longer run.
    if (a.done || b.done) break;
    const divergence = compareHeight(a.value, b.value);
    if (divergence) {
      result.divergence = divergence;
      break;
    }
    result.agreeingHeights = a.value.height;
  }
  for (let rest = itA.next(); !rest.done; rest = itA.next()) result.a.lastHeight = rest.value.height;
  for (let rest = itB.next(); !rest.done; rest = itB.next()) result.b.lastHeight = rest.value.height;
  return result;
}

function compareHeight(a: RecordedHeight, b: RecordedHeight): Divergence | null {
  const height = a.height;
  if (a.height !== b.height) {
    return { height: Math.min(a.height, b.height), what: 'block-txs', detail: `the logs hold different heights here (${a.height} and ${b.height}): one of them lost blocks`, a: a.height, b: b.height };
  }
  const headerA = a.block.block?.header ?? {};
  const headerB = b.block.block?.header ?? {};
  const txsA = a.block.block?.txs ?? [];
  const txsB = b.block.block?.txs ?? [];
  // The header hash covers the txs only through txs_hash: compare the txs themselves too.
  const first = firstDifferentIndex(txsA, txsB, (x, y) => hex(x) === hex(y));
  if (first !== -1 || hex(blockHash(headerA)) !== hex(blockHash(headerB))) {
    const factsA = headerFacts(headerA);
    const factsB = headerFacts(headerB);
    if (first === -1) {
      return {
        height,
        what: 'block-time',
        detail: `same transactions, block time ${factsA.timeUs} µs ≠ ${factsB.timeUs} µs (other header fields may differ too)`,
        a: { timeUs: factsA.timeUs, proposer: factsA.proposerId },
        b: { timeUs: factsB.timeUs, proposer: factsB.proposerId },
      };
    }
    const [txA] = describeTxs(txsA.slice(first, first + 1));
    const [txB] = describeTxs(txsB.slice(first, first + 1));
    const at = (tx: TxSummary | undefined) => (tx ? { ...tx, index: first } : null);
    return {
      height,
      what: 'block-txs',
      detail: `${txsA.length} txs ≠ ${txsB.length} txs; first difference at tx ${first}`,
      a: { txCount: txsA.length, timeUs: factsA.timeUs, tx: at(txA) },
      b: { txCount: txsB.length, timeUs: factsB.timeUs, tx: at(txB) },
    };
  }
  const encodedA = a.events.map((e) => hex(encodeMessage('VenueEvent', e)));
  const encodedB = b.events.map((e) => hex(encodeMessage('VenueEvent', e)));
  const firstEvent = firstDifferentIndex(encodedA, encodedB, (x, y) => x === y);
  if (firstEvent !== -1) {
    return {
      height,
      what: 'events',
      detail: `same block, different venue events: ${a.events.length} vs ${b.events.length}, first difference at event ${firstEvent + 1}`,
      a: a.events[firstEvent] ?? null,
      b: b.events[firstEvent] ?? null,
    };
  }
  if (a.stateHash !== undefined && b.stateHash !== undefined && a.stateHash !== b.stateHash) {
    return { height, what: 'state-hash', detail: 'same block and events, different state hash (the replicas disagree on state the events do not show)', a: a.stateHash, b: b.stateHash };
  }
  return null;
}

function firstDifferentIndex<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) if (!equal(a[i] as T, b[i] as T)) return i;
  return a.length === b.length ? -1 : shared;
}
