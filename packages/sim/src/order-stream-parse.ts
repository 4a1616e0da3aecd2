/**
 * The order-stream file of `faultline venue --replay-orders` and `faultline hunt` (docs/venue.md,
 * "Replaying an order stream"), read strictly: every field of the file, of each entry and of each transaction body
 * is in a table (the bodies' tables are typed against the protobuf messages, so a field added to
 * tx.proto must be added here); an unknown field is an error at its JSON path with the nearest
 * field suggested; a wrong type or an unrepresentable number is an error at its path. Values the
 * engine judges (a negative size, an unknown market) pass: rejecting them is the engine's job,
 * and a stream may exist to show that rejection.
 */
import { parsePolicyInput, ScenarioError } from './scenario/mod.ts';
import { unknownFieldMessage, fieldPath } from '@faultline/runtime';
import type { faultline } from '@faultline/protocol';
import { DEFAULT_POLICY, type VenuePolicy } from '@faultline/venue';

/** How a body field is represented: proto string, unsigned (uint32/uint64, enums), signed (int64), bool. */
type FieldKind = 'string' | 'uint32' | 'uint64' | 'int64' | 'bool';
type Table<P> = { readonly [K in Exclude<keyof Required<P>, `$${string}`>]: FieldKind };

const PLACE_ORDER: Table<faultline.v1.PlaceOrder.$Properties> = {
  accountId: 'string',
  marketId: 'uint32',
  clientOrderId: 'uint64',
  side: 'uint32',
  type: 'uint32',
  timeInForce: 'uint32',
  priceTicks: 'int64',
  sizeLots: 'int64',
  reduceOnly: 'bool',
};
const CANCEL_ORDER: Table<faultline.v1.CancelOrder.$Properties> = { accountId: 'string', marketId: 'uint32', orderId: 'uint64', clientOrderId: 'uint64' };
const CANCEL_ALL: Table<faultline.v1.CancelAll.$Properties> = { accountId: 'string', marketId: 'uint32' };
const DEPOSIT: Table<faultline.v1.Deposit.$Properties> = { accountId: 'string', amount: 'int64' };
const WITHDRAW: Table<faultline.v1.Withdraw.$Properties> = { accountId: 'string', amount: 'int64' };
const LIQUIDATE: Table<faultline.v1.Liquidate.$Properties> = { liquidatorId: 'string', accountId: 'string', marketId: 'uint32', observedMarkTicks: 'int64' };
const HEDGER_QUOTE: Table<faultline.v1.HedgerQuote.$Properties> = {
  accountId: 'string',
  marketId: 'uint32',
  quoteId: 'uint64',
  bidPriceTicks: 'int64',
  bidSizeLots: 'int64',
  askPriceTicks: 'int64',
  askSizeLots: 'int64',
};

/** The transaction kinds a stream may carry, with their body tables. */
export const ORDER_STREAM_BODIES = {
  placeOrder: PLACE_ORDER,
  cancelOrder: CANCEL_ORDER,
  cancelAll: CANCEL_ALL,
  deposit: DEPOSIT,
  withdraw: WITHDRAW,
  liquidate: LIQUIDATE,
  hedgerQuote: HEDGER_QUOTE,
} as const;
export type OrderStreamTxKind = keyof typeof ORDER_STREAM_BODIES;
const TX_KINDS = Object.keys(ORDER_STREAM_BODIES) as OrderStreamTxKind[];

const ROOT_FIELDS = ['markets', 'oraclePriceTicks', 'txsPerBlock', 'blockIntervalUs', 'insuranceFundSeed', 'policy', 'transactions'];
const ENTRY_FIELDS = [...TX_KINDS, 'clientId', 'advanceUs', 'oracle'];
const ORACLE_FIELDS = ['priceTicks', 'marketId'];
/** Bounds: a stream is a test input; a block holds at most 10,000 transactions (consensus' limit). */
export const ORDER_STREAM_LIMITS = { marketsMax: 16, txsPerBlockMax: 10_000, transactionsMax: 1_000_000 } as const;

export type OrderStreamEntry =
  | { advanceUs: number }
  /** Later blocks report this price (for one market, or every market when marketId is undefined). */
  | { oracle: { priceTicks: number; marketId: number | undefined } }
  | { kind: OrderStreamTxKind; clientId: string | undefined; body: Record<string, unknown> };

export interface OrderStream {
  markets: number;
  /** By market id. */
  oraclePriceTicks: (marketId: number) => number;
  txsPerBlock: number;
  blockIntervalUs: number;
  /** The insurance fund at genesis (undefined: the test venue's default). */
  insuranceFundSeed: number | undefined;
  policy: VenuePolicy;
  transactions: OrderStreamEntry[];
}

/** A bad field: its JSON path and what was wrong. */
export class OrderStreamError extends Error {
  override readonly name = 'OrderStreamError';
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path} ${detail}`);
  }
}

const INT_RANGE: Record<Exclude<FieldKind, 'string' | 'bool'>, [number, number]> = {
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Parses a stream file: `{ ..., "transactions": [...] }` or a bare array of transactions. */
export function parseOrderStream(input: unknown, source: string): OrderStream {
  const root = Array.isArray(input) ? { transactions: input } : object(input, '$');
  known(root, '$', ROOT_FIELDS, 'an order stream');
  const markets = optionalInt(root, '$', 'markets', 1, 1, ORDER_STREAM_LIMITS.marketsMax);
  const txsPerBlock = optionalInt(root, '$', 'txsPerBlock', 100, 1, ORDER_STREAM_LIMITS.txsPerBlockMax);
  const blockIntervalUs = optionalInt(root, '$', 'blockIntervalUs', 1_000_000, 1, 3_600_000_000);
  const prices = parsePrices(root['oraclePriceTicks'], markets);
  const insuranceFundSeed = root['insuranceFundSeed'] === undefined ? undefined : int(root['insuranceFundSeed'], '$.insuranceFundSeed', 0, Number.MAX_SAFE_INTEGER);
  let policy = DEFAULT_POLICY;
  if (root['policy'] !== undefined) {
    try {
      policy = parsePolicyInput(root['policy'], source, '$.policy');
    } catch (error) {
      if (error instanceof ScenarioError) throw new OrderStreamError(error.path, error.detail);
      throw error;
    }
  }
  const list = root['transactions'];
  if (!Array.isArray(list)) throw new OrderStreamError('$.transactions', `must be an array of transactions, got ${show(list)}`);
  if (list.length > ORDER_STREAM_LIMITS.transactionsMax) throw new OrderStreamError('$.transactions', `has ${list.length} entries; the limit is ${ORDER_STREAM_LIMITS.transactionsMax}`);
  const transactions = list.map((raw, index) => parseEntry(raw, `$.transactions[${index}]`));
  return { markets, oraclePriceTicks: (marketId) => prices.get(marketId) ?? 10_000, txsPerBlock, blockIntervalUs, insuranceFundSeed, policy, transactions };
}

function parseEntry(raw: unknown, path: string): OrderStreamEntry {
  const o = object(raw, path);
  known(o, path, ENTRY_FIELDS, 'a transaction entry');
  if (o['advanceUs'] !== undefined) {
    const other = Object.keys(o).find((key) => key !== 'advanceUs');
    if (other !== undefined) throw new OrderStreamError(fieldPath(path, other), 'cannot share an entry with advanceUs (an entry either moves time on or is one transaction)');
    return { advanceUs: int(o['advanceUs'], `${path}.advanceUs`, 0, 3_600_000_000) };
  }
  if (o['oracle'] !== undefined) {
    const other = Object.keys(o).find((key) => key !== 'oracle');
    if (other !== undefined) throw new OrderStreamError(fieldPath(path, other), 'cannot share an entry with oracle (an entry either sets the oracle price or is one transaction)');
    const oracle = object(o['oracle'], `${path}.oracle`);
    known(oracle, `${path}.oracle`, ORACLE_FIELDS, 'an oracle entry');
    return {
      oracle: {
        priceTicks: int(oracle['priceTicks'], `${path}.oracle.priceTicks`, 1, Number.MAX_SAFE_INTEGER),
        marketId: oracle['marketId'] === undefined ? undefined : int(oracle['marketId'], `${path}.oracle.marketId`, 1, ORDER_STREAM_LIMITS.marketsMax),
      },
    };
  }
  const kinds = TX_KINDS.filter((kind) => o[kind] !== undefined);
  if (kinds.length !== 1) throw new OrderStreamError(path, `must have exactly one of ${TX_KINDS.join(', ')} (or advanceUs, oracle), found ${kinds.length ? kinds.join(', ') : 'none'}`);
  const kind = kinds[0] as OrderStreamTxKind;
  const table = ORDER_STREAM_BODIES[kind] as Readonly<Record<string, FieldKind>>;
  const bodyPath = `${path}.${kind}`;
  const body = object(o[kind], bodyPath);
  known(body, bodyPath, Object.keys(table), `a ${kind}`);
  for (const [key, value] of Object.entries(body)) {
    const p = fieldPath(bodyPath, key);
    const want = table[key] as FieldKind;
    if (want === 'string') {
      if (typeof value !== 'string') throw new OrderStreamError(p, `must be a string, got ${show(value)}`);
    } else if (want === 'bool') {
      if (typeof value !== 'boolean') throw new OrderStreamError(p, `must be true or false, got ${show(value)}`);
    } else {
      const [min, max] = INT_RANGE[want];
      int(value, p, min, max, want);
    }
  }
  const clientId = o['clientId'];
  if (clientId !== undefined && (typeof clientId !== 'string' || clientId.length === 0)) throw new OrderStreamError(`${path}.clientId`, `must be a non-empty string, got ${show(clientId)}`);
  return { kind, clientId: clientId as string | undefined, body };
}

function parsePrices(raw: unknown, markets: number): Map<number, number> {
  const prices = new Map<number, number>();
  const path = '$.oraclePriceTicks';
  if (raw === undefined) return prices;
  if (typeof raw === 'number') {
    const price = int(raw, path, 1, Number.MAX_SAFE_INTEGER);
    for (let id = 1; id <= markets; id++) prices.set(id, price);
    return prices;
  }
  const byMarket = object(raw, path);
  const ids = Array.from({ length: markets }, (_, i) => String(i + 1));
  known(byMarket, path, ids, `oraclePriceTicks (markets 1..${markets})`);
  for (const [id, value] of Object.entries(byMarket)) prices.set(Number(id), int(value, fieldPath(path, id), 1, Number.MAX_SAFE_INTEGER));
  return prices;
}

function known(o: Record<string, unknown>, path: string, fields: readonly string[], owner: string): void {
  for (const key of Object.keys(o)) {
    if (!fields.includes(key)) throw new OrderStreamError(fieldPath(path, key), unknownFieldMessage(key, fields, owner));
  }
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new OrderStreamError(path, `must be an object, got ${show(value)}`);
  return value as Record<string, unknown>;
}

function optionalInt(o: Record<string, unknown>, path: string, key: string, fallback: number, min: number, max: number): number {
  return o[key] === undefined ? fallback : int(o[key], `${path}.${key}`, min, max);
}

function int(value: unknown, path: string, min: number, max: number, what?: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new OrderStreamError(path, `must be an integer${what ? ` (${what})` : ''}, got ${show(value)}`);
  if (value < min || value > max) throw new OrderStreamError(path, `must be in [${min}, ${max}]${what ? ` (${what})` : ''}, got ${value}`);
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
