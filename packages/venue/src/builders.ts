/**
 * Builders for a small venue with real oracle keys, encoded transactions and signed oracle
 * reports: the order-stream runner (`faultline venue --replay-orders`, `faultline hunt`) uses
 * keyedVenueConfig; tests and benches use testVenueConfig (the same, with the tests' fund).
 * Not used by the engine itself.
 */
import { deriveKeyPair, encodeMessage, signBytes, type SigningKeyPair, type faultline } from '@faultline/protocol';
import { DEFAULT_POLICY, DEFAULT_VENUE_PARAMS, defaultMarket, defaultOracleQuorum, type VenueConfig, type VenuePolicy } from './config.ts';
import type { BlockTx } from './engine.ts';
import { oracleReportSigningBytes } from './oracle.ts';

export interface KeyedVenue {
  config: VenueConfig;
  /** The oracles' signing keys (derived from the seed), for a runner that plays the oracles. */
  oracleKeys: Map<string, SigningKeyPair>;
}
export type TestVenue = KeyedVenue;

export interface KeyedVenueOptions {
  markets?: number;
  oracles?: number;
  quorum?: number;
  policy?: VenuePolicy;
  seed?: number;
  insuranceFundSeed?: number;
}

/**
 * A venue genesis with `markets` default markets and `oracles` oracles whose keys derive from
 * `seed`, on the venue defaults (DEFAULT_VENUE_PARAMS — what scenarios default to). The
 * order-stream runner (`faultline venue`, `faultline hunt`) starts from it.
 */
export function keyedVenueConfig(options: KeyedVenueOptions = {}): KeyedVenue {
  const oracleKeys = new Map<string, SigningKeyPair>();
  const oracleCount = options.oracles ?? 3;
  for (let i = 1; i <= oracleCount; i++) oracleKeys.set(`oracle-${i}`, oracleKeyPair(options.seed ?? 1, `oracle-${i}`));
  const markets = Array.from({ length: options.markets ?? 1 }, (_, i) => defaultMarket(i + 1, `M${i + 1}-PERP`));
  return {
    oracleKeys,
    config: {
      markets,
      oracles: [...oracleKeys].map(([oracleId, keys]) => ({ oracleId, publicKeyHex: Buffer.from(keys.publicKeyRaw).toString('hex') })),
      oracleQuorum: options.quorum ?? defaultOracleQuorum(oracleCount),
      ...DEFAULT_VENUE_PARAMS,
      insuranceFundSeed: options.insuranceFundSeed ?? DEFAULT_VENUE_PARAMS.insuranceFundSeed,
      policy: options.policy ?? DEFAULT_POLICY,
    },
  };
}

/** The tests' fund when they name none: the unit tests' figures were written against $10,000. */
export const TEST_INSURANCE_FUND_SEED = 1_000_000;

/** keyedVenueConfig for tests: the same venue with the tests' smaller fund unless they name one. */
export function testVenueConfig(options: KeyedVenueOptions = {}): TestVenue {
  return keyedVenueConfig({ ...options, insuranceFundSeed: options.insuranceFundSeed ?? TEST_INSURANCE_FUND_SEED });
}

/** Derived keys are immutable: a hunt builds thousands of test venues from the same few. */
const keyCache = new Map<string, SigningKeyPair>();
function oracleKeyPair(seed: number, id: string): SigningKeyPair {
  const key = `${seed}/${id}`;
  let pair = keyCache.get(key);
  if (!pair) keyCache.set(key, (pair = deriveKeyPair(seed, id)));
  return pair;
}

type Body = Omit<faultline.v1.ITransaction, 'clientId' | 'nonce' | 'submittedAtUs'>;

export function encodeTx(clientId: string, nonce: number, body: Body): BlockTx {
  const tx: faultline.v1.ITransaction = { clientId, nonce, submittedAtUs: 0, ...body };
  return { bytes: encodeMessage('Transaction', tx), tx };
}

export function signedOracleReport(keys: SigningKeyPair, report: { oracleId: string; marketId: number; priceTicks: number; observedAtUs: number; reportSeq: number }): faultline.v1.IOraclePriceReport {
  return { ...report, signature: signBytes(keys.privateKey, oracleReportSigningBytes(report)) };
}
