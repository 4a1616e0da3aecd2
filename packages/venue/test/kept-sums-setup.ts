/** A two-market venue for the kept-sums rule tests (monitor-sums-reads, monitor-edges). */
import { KeptSums } from '../src/monitor-sums.ts';
import { funded, Scenario } from './venue-scenario.ts';

/** alice long 2 and bob short 2 in market 1; carol and dave flat; the kept sums read at the last height. */
export function keptSumsSetup(): { v: Scenario; kept: KeptSums; h: number } {
  const v = new Scenario({ markets: 2 });
  funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 2), v.limit('alice', 'buy', 10_000, 2)]);
  const kept = new KeptSums();
  kept.update(v.state, v.state.height, [], undefined);
  return { v, kept, h: v.state.height };
}
