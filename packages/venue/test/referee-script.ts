/**
 * Scripted blocks for the referee's tests: a one-market venue (3 oracles, quorum 2) whose every
 * block is applied by the engine — optionally a planted variant — and then judged by a Referee
 * alone (not the VenueMonitor), so a test can name exactly what the referee saw.
 */
import { applyBlock, createVenueState, DEFAULT_POLICY, Referee, type BlockTx, type RefereeViolation, type VenueConfig, type VenueEvent, type VenuePolicy, type VenueState } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport, testVenueConfig, type VenueVariant } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';

const S = 1_000_000;

export class RefereeScript extends ClientTxs {
  readonly config: VenueConfig;
  readonly state: VenueState;
  readonly referee: Referee;
  readonly violations: Array<RefereeViolation & { height: number }> = [];
  private readonly oracleKeys: Map<string, SigningKeyPair>;
  price = 10_000;
  timeUs = 0;
  events: VenueEvent[] = [];

  constructor(private readonly options: { variant?: VenueVariant; policy?: VenuePolicy; insuranceFundSeed?: number } = {}) {
    super();
    const { config, oracleKeys } = testVenueConfig({ markets: 1, policy: options.policy ?? DEFAULT_POLICY, insuranceFundSeed: options.insuranceFundSeed ?? 1_000_000 });
    this.config = config;
    this.oracleKeys = oracleKeys;
    this.state = createVenueState(config);
    this.referee = new Referee(config);
  }

  liquidate(accountId: string): BlockTx {
    return encodeTx('liquidator', this.nonce('liquidator'), { liquidate: { liquidatorId: 'liquidator', accountId, marketId: 1, observedMarkTicks: 0 } });
  }

  /** One block a second after the previous one, every oracle reporting `this.price` unless `reports` says otherwise. */
  block(txs: BlockTx[], options: { dtUs?: number; reports?: (oracleId: string) => { priceTicks: number; observedAtUs: number } | undefined } = {}): RefereeViolation[] {
    this.timeUs = this.timeUs === 0 ? S : this.timeUs + (options.dtUs ?? S);
    const reports: BlockTx[] = [];
    for (const [oracleId, keys] of this.oracleKeys) {
      const report = options.reports ? options.reports(oracleId) : { priceTicks: this.price, observedAtUs: this.timeUs };
      if (!report) continue;
      const reportSeq = this.nonce(oracleId);
      reports.push(encodeTx(oracleId, reportSeq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, ...report, reportSeq }) }));
    }
    const fundBefore = this.state.insuranceFund;
    const block = { height: this.state.height + 1, timeUs: this.timeUs, txs: [...reports, ...txs] };
    const result = applyBlock(this.state, block, { hash: false, ...(this.options.variant ? { variant: this.options.variant } : {}) });
    this.events = result.events;
    const found = this.referee.observe(block, result.events, fundBefore);
    this.violations.push(...found.map((v) => ({ ...v, height: block.height })));
    return found;
  }

  named(): string[] {
    return [...new Set(this.violations.map((v) => v.invariant))].sort();
  }
}
