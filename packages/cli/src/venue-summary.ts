/** The summary table of a whole-venue run (`faultline sim --scenario`, `faultline up`, replay). */
import { BOUNDS, registryEntry, verdictCounts, type BoundName, type Verdicts, type VenueRunSummary } from '@faultline/sim';
import { formatRows, formatTable, money, seconds, type Row } from './format.ts';

/**
 * What a summary prints: a simulated run's, or a live run's. A live run has no trace hash (wall
 * clock and a real network: nothing to replay bit for bit) and no simulated network: those fields
 * are absent from its summary and summary.json, and the table says why — never a blank.
 */
export type VenueSummaryInput = Omit<VenueRunSummary, 'traceHash' | 'sim'> & { traceHash?: string };
export const LIVE_NO_TRACE_HASH = 'none: a live run is not deterministic (wall clock, real network), so it has no trace to hash; the final state hash identifies its outcome';

export function formatVenueSummary(s: VenueSummaryInput, world: 'sim' | 'live' = 'sim'): string {
  const refused = Object.entries(s.liquidationsRefused).map(([reason, n]) => `${reason} ${n}`).join(', ');
  const rows: Row[] = [
    ['scenario', `${s.scenario} (policy ${s.policy}, seed ${s.seed})`],
    world === 'live' ? ['wall time', seconds(s.durationUs)] : ['virtual time', seconds(s.durationUs)],
    ['blocks', `${s.height} (longest gap ${seconds(s.longestBlockGapUs)})`],
    ['fills', `${s.fills} (${money(s.filledLots)} lots)`],
    ['liquidations', `${s.liquidations} (${money(s.liquidatedLots)} lots; ${s.liquidationsAfterGap} within 60 s after a block gap)${refused ? `; refused: ${refused}` : ''}`],
    ['bad debt', `${money(s.badDebt)} (uncovered ${money(s.badDebtUncovered)})`],
    ['insurance fund', `seed ${money(s.insuranceFundSeed)}, min ${money(s.insuranceFundMin)}, end ${money(s.insuranceFundEnd)}`],
    ['ADL', `${s.adlEvents} events (${money(s.adlLots)} lots)`],
    ['oracle max staleness', seconds(s.oracleMaxStalenessUs)],
    [
      'hedger',
      s.hedger
        ? `max |delta| ${s.hedger.maxAbsDeltaLots} lots, basis P&L ${money(s.hedger.basisPnl)}, venue P&L ${money(s.hedger.venuePnl)}, external P&L ${money(s.hedger.externalPnl)}, ${seconds(s.hedger.timeOutsideDeltaLimitUs)} outside its delta limit`
        : 'none',
    ],
    ['rejected txs', String(s.txRejected)],
    ['evidence committed', s.evidenceCommitted === 0 ? '0' : `${s.evidenceCommitted} (${s.evidence.map((e) => `${e.validatorId} ${e.type} ${e.height}/${e.round}`).slice(0, 3).join(', ')}${s.evidenceCommitted > 3 ? ', …' : ''})`],
    ['final state hash', s.finalStateHash],
    ['trace hash', s.traceHash ?? LIVE_NO_TRACE_HASH],
  ];
  const markets = formatTable(
    ['market', 'opened', 'halts', 'halted', 'longest reopen', 'auctions', 'oracle stale', 'max stale'],
    s.markets.map((m) => [String(m.marketId), m.openedAtUs === null ? 'never' : `at ${seconds(m.openedAtUs)}`, String(m.halts), seconds(m.haltedUs), seconds(m.longestReopenUs), String(m.auctions), seconds(m.oracleStaleUs), seconds(m.maxOracleStaleUs)]),
  );
  const violations = s.violations.slice(0, 10).map((v) => `  ! ${v.invariant} at height ${v.height ?? '-'}: ${v.detail}`).join('\n');
  return `${formatRows('Faultline venue run', rows)}\nMarkets\n${markets}\n${formatVerdicts(s.verdicts, s.bounds)}${violations ? `${violations}\n` : ''}`;
}

/** A bound's value in its unit. */
export function boundText(name: BoundName, value: number): string {
  const unit = BOUNDS[name].unit;
  return `${name} ${unit === 'us' ? seconds(value) : unit === 'heights' ? `${value} heights` : `${value}x`}`;
}

/**
 * The verdict table every run prints (sim, up, replay): one row per registered invariant with its
 * verdict and the bounds it used.
 */
export function formatVerdicts(verdicts: Verdicts, bounds: Partial<Record<BoundName, number>>): string {
  const counts = verdictCounts(verdicts);
  const rows = Object.values(verdicts).map((v) => {
    const used = (registryEntry(v.name)?.bounds ?? []).map((b) => (bounds[b] !== undefined ? boundText(b, bounds[b] as number) : b)).join(', ');
    const result = v.status === 'passed' ? 'passed' : v.status === 'failed' ? `FAILED${v.height !== undefined ? ` at height ${v.height}` : ''}: ${v.evidence}` : `not evaluated: ${v.why}`;
    return [v.name, used ? `[${used}]` : '', result] as const;
  });
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  const lines = rows.map(([name, used, result]) => `  ${name.padEnd(widths[0] as number)}  ${used.padEnd(widths[1] as number)}  ${result}`);
  return `Invariants (${counts.passed} passed, ${counts.failed} failed, ${counts['not-evaluated']} not evaluated)\n${lines.join('\n')}\n`;
}
