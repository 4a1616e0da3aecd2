/**
 * Execution-engine throughput: applyBlock over 10,000 funded accounts and 5 markets, 1,000-tx
 * blocks one second apart, with and without the state hash. The mix per block: ~60 % limit
 * orders around the mark (GTC, some crossing), 25 % cancels (by client order id, of orders the
 * generator saw live — some fill earlier in the same block and are rejected), 10 % market
 * orders, 5 % deposits and withdrawals, plus 15 signed oracle reports (3 oracles x 5 markets,
 * each verified with ed25519). Blocks are generated, encoded and decoded (the wire path,
 * blockTxFromBytes) before timing; only applyBlock is timed. A warm-up of blocks builds a book
 * before the timed window. Also: what one state hash costs and the snapshot's size.
 *
 *   npx tsx packages/venue/bench/apply-block.bench.ts [--quick]
 *   /usr/bin/time -v node --import tsx bench/run.ts --filter apply-block
 */
import { performance } from 'node:perf_hooks';
import { applyBlock, createVenueState, encodeSnapshot, snapshotOf, stateHash, type VenueState } from '@faultline/venue';
import { ACCOUNTS, MARKETS, TXS_PER_BLOCK, workload, type BenchResult, type Workload } from '../../../bench/kit/mod.ts';

interface RunFigures {
  perBlockMs: number[];
  totalMs: number;
  txs: number;
  events: number;
  rejected: number;
  fills: number;
  halts: number;
  restingAtStart: number;
  restingAtEnd: number;
}

function runOnce(config: ReturnType<typeof workload>['config'], blocks: Workload, hash: boolean): { figures: RunFigures; state: VenueState } {
  const state = createVenueState(config);
  for (const b of [...blocks.setup, ...blocks.warmup]) applyBlock(state, b, { hash: false });
  const resting = (): number => [...state.markets.values()].reduce((sum, m) => sum + m.book.orderCount, 0);
  const figures: RunFigures = { perBlockMs: [], totalMs: 0, txs: 0, events: 0, rejected: 0, fills: 0, halts: 0, restingAtStart: resting(), restingAtEnd: 0 };
  for (const b of blocks.timed) {
    const started = performance.now();
    const result = applyBlock(state, b, { hash });
    const ms = performance.now() - started;
    figures.perBlockMs.push(ms);
    figures.totalMs += ms;
    figures.txs += b.txs.length;
    figures.events += result.events.length;
    for (const e of result.events) {
      if (e.kind === 'txRejected') figures.rejected++;
      else if (e.kind === 'fill') figures.fills++;
      else if (e.kind === 'marketStatus') figures.halts++;
    }
  }
  figures.restingAtEnd = resting();
  return { figures, state };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const warmupBlocks = options.quick ? 20 : 50;
  const timedBlocks = options.quick ? 50 : 200;
  // Each mode runs `repeats` times on a fresh venue; the run with the median total is reported.
  const repeats = options.quick ? 1 : 3;
  const generated = performance.now();
  const { config, blocks } = workload({ warmupBlocks, timedBlocks });
  const generateS = (performance.now() - generated) / 1000;
  const rssAfterGenerationMiB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const results: BenchResult[] = [];
  const reportsPerBlock = (blocks.timed[0]?.txs.length ?? 0) - TXS_PER_BLOCK;
  const meanMs = new Map<boolean, number>();
  let last: VenueState | undefined;
  for (const hash of [false, true]) {
    // One venue alive at a time: only the figures of each run are kept (and the last state).
    const runs: RunFigures[] = [];
    for (let r = 0; r < repeats; r++) {
      last = undefined;
      const { figures, state } = runOnce(config, blocks, hash);
      runs.push(figures);
      last = state;
    }
    runs.sort((a, b) => a.totalMs - b.totalMs);
    const f = runs[Math.floor(runs.length / 2)] as RunFigures;
    const rates = runs.map((r) => (timedBlocks / r.totalMs) * 1000);
    const sorted = [...f.perBlockMs].sort((a, b) => a - b);
    const label = hash ? 'with state hash' : 'without state hash';
    meanMs.set(hash, f.totalMs / timedBlocks);
    results.push({
      name: `applyBlock ${label}: blocks/s`,
      value: round((timedBlocks / f.totalMs) * 1000, 1),
      unit: 'blocks/s',
      notes: `${timedBlocks} blocks of ${TXS_PER_BLOCK} txs + ${reportsPerBlock} oracle reports; ${ACCOUNTS.toLocaleString('en')} accounts, ${MARKETS} markets; median of ${repeats} runs (${rates.map((r) => r.toFixed(1)).join(' / ')})`,
    });
    results.push({ name: `applyBlock ${label}: txs/s`, value: Math.round((timedBlocks * TXS_PER_BLOCK * 1000) / f.totalMs), unit: 'txs/s', notes: `the 1,000 user txs of each block (${Math.round((f.txs * 1000) / f.totalMs).toLocaleString('en')} counting the oracle reports)` });
    results.push({ name: `applyBlock ${label}: ms per block p50`, value: round(percentile(sorted, 0.5)), unit: 'ms', notes: `mean ${round(f.totalMs / timedBlocks)} ms` });
    results.push({ name: `applyBlock ${label}: ms per block p99`, value: round(percentile(sorted, 0.99)), unit: 'ms', notes: `max ${round(sorted[sorted.length - 1] as number)} ms` });
    if (!hash) {
      results.push({
        name: 'workload per block',
        value: Math.round(f.fills / timedBlocks),
        unit: 'fills/block',
        notes: `${Math.round(f.events / timedBlocks)} events/block, ${Math.round(f.rejected / timedBlocks)} rejected txs/block, ${f.halts} market status changes; resting orders ${f.restingAtStart.toLocaleString('en')} -> ${f.restingAtEnd.toLocaleString('en')}; generation ${generateS.toFixed(1)} s (not timed)`,
      });
    }
  }
  const state = last as VenueState;
  const hashes = options.quick ? 5 : 20;
  let started = performance.now();
  for (let i = 0; i < hashes; i++) stateHash(state);
  const hashMs = (performance.now() - started) / hashes;
  started = performance.now();
  for (let i = 0; i < hashes; i++) snapshotOf(state);
  const buildMs = (performance.now() - started) / hashes;
  const bytes = encodeSnapshot(state);
  const nonceEntries = [...state.nonces.values()].reduce((sum, w) => sum + w.seen.size, 0);
  results.push({
    name: 'state hash (snapshot + encode + sha256), end state',
    value: round(hashMs),
    unit: 'ms',
    notes: `snapshot ${(bytes.length / 1024 / 1024).toFixed(2)} MiB, ${state.accounts.length.toLocaleString('en')} accounts, ${nonceEntries.toLocaleString('en')} nonce-window entries; building the snapshot object alone ${round(buildMs)} ms; per-block cost with - without hashing: ${round((meanMs.get(true) as number) - (meanMs.get(false) as number))} ms`,
  });
  const memory = process.memoryUsage();
  results.push({ name: 'process memory after the runs', value: Math.round(memory.rss / 1024 / 1024), unit: 'MiB RSS', notes: `heap used ${Math.round(memory.heapUsed / 1024 / 1024)} MiB; ${rssAfterGenerationMiB} MiB RSS once the blocks were generated (before any timed run); max RSS: /usr/bin/time -v` });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
