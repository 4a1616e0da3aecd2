/**
 * A one-market venue recording every block, its events and the fund before it, and a fresh
 * referee judging the recorded blocks with the last one tampered — shared by the referee's
 * rule tests (referee-tampered, referee-quotes).
 */
import { applyBlock, createVenueState, DEFAULT_POLICY, Referee, type BlockTx, type VenueConfig, type VenueEvent, type VenuePolicy, type VenueState } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';
import type { BodyOf, Kind } from './venue-scenario.ts';

export const S = 1_000_000;
export interface Step {
  block: { height: number; timeUs: number; txs: BlockTx[] };
  events: VenueEvent[];
  fundBefore: number;
}

/** A one-market venue (3 oracles, quorum 2) recording every block, its events and the fund before it. */
export class Recorder extends ClientTxs {
  readonly config: VenueConfig;
  readonly state: VenueState;
  readonly steps: Step[] = [];
  private readonly keys: Map<string, SigningKeyPair>;
  price = 10_000;
  timeUs = 0;

  constructor(options: { policy?: VenuePolicy; fund?: number } = {}) {
    super();
    const { config, oracleKeys } = testVenueConfig({ markets: 1, policy: options.policy ?? DEFAULT_POLICY, insuranceFundSeed: options.fund ?? 20 });
    this.config = config;
    this.keys = oracleKeys;
    this.state = createVenueState(config);
  }

  liquidate(accountId: string): BlockTx {
    return encodeTx('liquidator', this.nonce('liquidator'), { liquidate: { liquidatorId: 'liquidator', accountId, marketId: 1, observedMarkTicks: 0 } });
  }

  block(txs: BlockTx[]): VenueEvent[] {
    this.timeUs += S;
    const reports = [...this.keys].map(([oracleId, keys]) => {
      const reportSeq = this.nonce(oracleId);
      return encodeTx(oracleId, reportSeq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks: this.price, observedAtUs: this.timeUs, reportSeq }) });
    });
    const fundBefore = this.state.insuranceFund;
    const block = { height: this.state.height + 1, timeUs: this.timeUs, txs: [...reports, ...txs] };
    const { events } = applyBlock(this.state, block, { hash: false });
    this.steps.push({ block, events, fundBefore });
    return events;
  }

  /**
   * A fresh referee over every recorded block, the last one changed by `tamper` (a copy of its
   * events and transactions); its violations in the last block as `invariant: detail`, and its problems.
   */
  judge(tamper: (events: VenueEvent[], txs: BlockTx[]) => void = () => {}, options: { timeUs?: number } = {}): { found: string[]; problems: string[] } {
    const referee = new Referee(this.config);
    let found: string[] = [];
    this.steps.forEach((step, i) => {
      const last = i === this.steps.length - 1;
      const events = last ? structuredClone(step.events) : step.events;
      const txs = last ? step.block.txs.map((t) => ({ ...t, tx: t.tx && structuredClone(t.tx) })) : step.block.txs;
      if (last) tamper(events, txs);
      const block = { ...step.block, txs, ...(last && options.timeUs !== undefined ? { timeUs: options.timeUs } : {}) };
      const out = referee.observe(block, events, step.fundBefore);
      if (last) found = out.map((v) => `${v.invariant}: ${v.detail}`);
    });
    return { found, problems: [...referee.problems] };
  }
}

export function find<K extends Kind>(events: VenueEvent[], kind: K): BodyOf<K> {
  const e = events.find((x) => x.kind === kind) as Record<string, unknown> | undefined;
  if (!e) throw new Error(`no ${kind} event`);
  return e[kind] as BodyOf<K>;
}
