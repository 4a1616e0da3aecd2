/**
 * A whole-venue run with the figures a scenario's story is told in, read back from the run's own
 * event log (what `faultline replay` reads): blocks and validator commits per time window, tx
 * rejection reasons, liquidations, the txs of given clients, how late liquidations reached the
 * chain, the hedger's sampled delta, oracle versus external price. Test-only: the expectations
 * in venue-scenarios.test.ts are written in these terms.
 */
import { decodeMessage, readEventLog, type faultline } from '@faultline/protocol';
import { runVenue, scenarioSetup, type Scenario, type VenueRunSummary } from '@faultline/sim';

export interface StoryRun {
  summary: VenueRunSummary;
  /** Heights first executed in [fromUs, toUs) of virtual time. */
  blocksIn(fromUs: number, toUs: number): number;
  /** Heights a validator announced committing in [fromUs, toUs). */
  commitsIn(validatorId: string, fromUs: number, toUs: number): number;
  /** The last height a validator committed. */
  finalHeight(validatorId: string): number;
  /** Rejected txs whose reason starts with `prefix` (e.g. "deviation-guard"). */
  rejections(prefix: string): number;
  /** Executed liquidations in [fromUs, toUs). */
  liquidationsIn(fromUs: number, toUs: number): number;
  /** Committed txs in [fromUs, toUs) whose client id starts with one of `prefixes`. */
  txsFromIn(prefixes: readonly string[], fromUs: number, toUs: number): number;
  /** Median of (block time − submit time) of the liquidation txs committed in [fromUs, toUs); -1 when none. */
  liquidationLatencyMedianUs(fromUs: number, toUs: number): number;
  /** The hedger's largest sampled |delta| in [fromUs, toUs). */
  hedgerMaxAbsDeltaIn(fromUs: number, toUs: number): number;
  /** Largest |oracle − external| / external, in bps, over non-stale oracle prices. */
  oracleMaxDeviationBps: number;
}

interface CommittedTx {
  timeUs: number;
  blockTimeUs: number;
  tx: faultline.v1.Transaction;
}

export function storyRun(scenario: Scenario, seed: number): StoryRun {
  const chunks: Uint8Array[] = [];
  const summary = runVenue(scenarioSetup(scenario, seed), { logSink: (bytes) => chunks.push(bytes) });
  const log = readEventLog(Buffer.concat(chunks));
  if (log.problems.length > 0) throw new Error(`event log: ${log.problems[0]?.message}`);
  const records = log.records;
  const t = (r: faultline.v1.LogRecord): number => Number(r.timeUs);
  const inWindow = (r: { timeUs?: unknown }, from: number, to: number): boolean => Number(r.timeUs) >= from && Number(r.timeUs) < to;
  const events = records.filter((r) => r.event);
  const txs: CommittedTx[] = [];
  let lastExternal = 0;
  let oracleMaxDeviationBps = 0;
  for (const r of records) {
    if (r.externalPrice) lastExternal = Number(r.externalPrice.priceTicks);
    const oracle = r.event?.oraclePrice;
    if (oracle && !oracle.stale && lastExternal > 0) {
      oracleMaxDeviationBps = Math.max(oracleMaxDeviationBps, Math.round((Math.abs(Number(oracle.priceTicks) - lastExternal) * 10_000) / lastExternal));
    }
    const block = r.block?.block;
    if (block) {
      for (const bytes of block.txs ?? []) {
        const decoded = decodeMessage('Transaction', bytes);
        if (decoded.ok) txs.push({ timeUs: t(r), blockTimeUs: Number(block.header?.timeUs ?? 0), tx: decoded.value });
      }
    }
  }
  return {
    summary,
    blocksIn: (from, to) => records.filter((r) => r.block && inWindow(r, from, to)).length,
    commitsIn: (id, from, to) => records.filter((r) => r.validator?.validatorId === id && inWindow(r, from, to)).length,
    finalHeight: (id) => Math.max(0, ...records.filter((r) => r.validator?.validatorId === id).map((r) => Number(r.validator?.height))),
    rejections: (prefix) => events.filter((r) => r.event?.txRejected?.reason?.startsWith(prefix)).length,
    liquidationsIn: (from, to) => events.filter((r) => r.event?.liquidation?.executed && inWindow(r, from, to)).length,
    txsFromIn: (prefixes, from, to) => txs.filter((c) => inWindow(c, from, to) && prefixes.some((p) => c.tx.clientId.startsWith(p))).length,
    liquidationLatencyMedianUs: (from, to) => {
      const latencies = txs
        .filter((c) => c.tx.liquidate && inWindow(c, from, to))
        .map((c) => c.blockTimeUs - Number(c.tx.submittedAtUs))
        .sort((a, b) => a - b);
      return latencies.length === 0 ? -1 : (latencies[Math.floor(latencies.length / 2)] as number);
    },
    hedgerMaxAbsDeltaIn: (from, to) => Math.max(0, ...records.filter((r) => r.hedger && inWindow(r, from, to)).map((r) => Math.abs(Number(r.hedger?.deltaLots)))),
    oracleMaxDeviationBps,
  };
}
