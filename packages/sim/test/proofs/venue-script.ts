/**
 * Scripted block sequences for the venue proofs: a small venue (1 market, 3 oracles, quorum 2),
 * blocks of transactions applied one by one with every venue check after each (the same checks
 * every world runs), folded into verdicts. The price is reported by every oracle in every block
 * unless a block says otherwise. A planted engine variant goes through the engine's testing seam
 * (`applyBlock(state, block, { variant })`).
 */
import { applyBlock, createVenueState, VENUE_INVARIANTS, VenueMonitor, type BlockTx, type VenueConfig, type VenueEvent, type VenuePolicy, type VenueState } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport, testVenueConfig, type VenueVariant } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';
import { VerdictBook, type Verdicts } from '@faultline/sim';

const S = 1_000_000;

export class VenueScript extends ClientTxs {
  readonly config: VenueConfig;
  readonly state: VenueState;
  private readonly monitor = new VenueMonitor();
  private readonly book = new VerdictBook();
  private readonly oracleKeys: Map<string, SigningKeyPair>;
  price = 10_000;
  timeUs = 0;
  /** The last block's events. */
  events: VenueEvent[] = [];

  private readonly variant: VenueVariant | undefined;

  constructor(options: { variant?: VenueVariant; policy?: VenuePolicy; insuranceFundSeed?: number; tweak?: (config: VenueConfig) => void } = {}) {
    super();
    const { config, oracleKeys } = testVenueConfig({ markets: 1, ...(options.policy ? { policy: options.policy } : {}), insuranceFundSeed: options.insuranceFundSeed ?? 1_000_000 });
    options.tweak?.(config);
    this.variant = options.variant;
    this.config = config;
    this.oracleKeys = oracleKeys;
    this.state = createVenueState(config);
  }

  /** A liquidation request; `observedMarkTicks` is the liquidator's own view of the mark. */
  liquidate(accountId: string, observedMarkTicks = 0): BlockTx {
    return encodeTx('liquidator', this.nonce('liquidator'), { liquidate: { liquidatorId: 'liquidator', accountId, marketId: 1, observedMarkTicks } });
  }

  /**
   * One block `dtUs` after the previous one; `reports` gives each oracle's price (undefined: silent),
   * or its price and observation time (default: the block's).
   */
  block(txs: BlockTx[], options: { dtUs?: number; reports?: (oracleId: string) => number | { priceTicks: number; observedAtUs: number } | undefined } = {}): void {
    this.timeUs = this.timeUs === 0 ? S : this.timeUs + (options.dtUs ?? S);
    const reports: BlockTx[] = [];
    for (const [oracleId, keys] of this.oracleKeys) {
      const given = options.reports ? options.reports(oracleId) : this.price;
      if (given === undefined) continue;
      const { priceTicks, observedAtUs } = typeof given === 'number' ? { priceTicks: given, observedAtUs: this.timeUs } : given;
      const reportSeq = this.nonce(oracleId);
      reports.push(encodeTx(oracleId, reportSeq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks, observedAtUs, reportSeq }) }));
    }
    const height = this.state.height + 1;
    const block = { height, timeUs: this.timeUs, txs: [...reports, ...txs] };
    const result = applyBlock(this.state, block, { hash: false, ...(this.variant ? { variant: this.variant } : {}) });
    this.events = result.events;
    for (const v of this.monitor.check(this.state, height, result.events, block)) this.book.record({ ...v, timeUs: this.timeUs });
  }

  verdicts(): Verdicts {
    return this.book.verdicts(VENUE_INVARIANTS);
  }
}
