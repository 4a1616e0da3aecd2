/**
 * Builders for a small venue with real oracle keys, encoded transactions and signed oracle
 * reports: the order-stream runner (`faultline venue --replay-orders`, `faultline hunt`), tests
 * and benches use them. Not used by the engine itself.
 */
import { deriveKeyPair, encodeMessage, signBytes, type SigningKeyPair, type faultline } from '@faultline/protocol';
import { DEFAULT_POLICY, defaultMarket, type VenueConfig, type VenuePolicy } from './config.ts';
import type { BlockTx } from './engine.ts';
import { oracleReportSigningBytes } from './oracle.ts';

export interface TestVenue {
  config: VenueConfig;
  oracleKeys: Map<string, SigningKeyPair>;
}

export function testVenueConfig(options: { markets?: number; oracles?: number; quorum?: number; policy?: VenuePolicy; seed?: number; insuranceFundSeed?: number } = {}): TestVenue {
  const oracleKeys = new Map<string, SigningKeyPair>();
  const oracleCount = options.oracles ?? 3;
  for (let i = 1; i <= oracleCount; i++) oracleKeys.set(`oracle-${i}`, oracleKeyPair(options.seed ?? 1, `oracle-${i}`));
  const markets = Array.from({ length: options.markets ?? 1 }, (_, i) => defaultMarket(i + 1, `M${i + 1}-PERP`));
  return {
    oracleKeys,
    config: {
      markets,
      oracles: [...oracleKeys].map(([oracleId, keys]) => ({ oracleId, publicKeyHex: Buffer.from(keys.publicKeyRaw).toString('hex') })),
      oracleQuorum: options.quorum ?? Math.ceil((2 * oracleCount) / 3),
      oracleStalenessUs: 10_000_000,
      oracleDeviationPpm: 150_000,
      oracleMaxFutureUs: 2_000_000,
      insuranceFundSeed: options.insuranceFundSeed ?? 1_000_000,
      maxTransferAmount: 1_000_000_000_000,
      policy: options.policy ?? DEFAULT_POLICY,
    },
  };
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
