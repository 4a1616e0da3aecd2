/**
 * The validators' ingest work per order, in the simulator (issue 15 item 2): 4 validators, one
 * client sending 100 deposits every 20 ms for 10 virtual seconds, fast blocks (10 ms commit
 * wait). Counts the deliveries to validators per committed tx by body kind (a relay batch,
 * `txBatch`, is one delivery however many txs it carries) — deterministic, so
 * it compares across commits and machine loads — and the process CPU µs per committed tx (the
 * whole simulation; noisier). Copy this file into a before checkout to compare.
 *
 *   npx tsx packages/sim/bench/ingest-flow.bench.ts    or    npm run bench -- --filter ingest-flow
 */
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { runConsensus } from '@faultline/sim';
import type { BenchResult } from '../../../bench/bench-result.ts';

const KINDS = ['tx', 'txBatch', 'proposal', 'vote', 'status', 'blockRequest', 'blockResponse'] as const;

export async function run(_options: { quick: boolean }): Promise<BenchResult[]> {
  const counts = new Map<string, number>();
  let own = 0;
  let relayedTxs = 0;
  const cpu = process.cpuUsage();
  const summary = runConsensus({
    validators: 4,
    seed: 1,
    durationUs: 10_000_000,
    timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 },
    txIntervalUs: 20_000,
    txsPerTick: 100,
    prepare: (sim) =>
      sim.observe((delivery) => {
        if (!delivery.to.startsWith('validator')) return;
        const envelope = delivery.envelope as unknown as Record<string, unknown>;
        const kind = KINDS.find((k) => envelope[k] != null) ?? 'other';
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (delivery.from === delivery.to) own++;
        const batch = envelope['txBatch'] as { txs?: unknown[] } | undefined;
        if (batch) relayedTxs += batch.txs?.length ?? 0;
      }),
  });
  const used = process.cpuUsage(cpu);
  const txs = summary.txsCommitted;
  const per = (n: number) => Math.round((n / txs) * 1000) / 1000;
  return [
    {
      name: 'tx deliveries to the 4 validators per committed tx',
      value: per((counts.get('tx') ?? 0) + (counts.get('txBatch') ?? 0)),
      unit: 'deliveries',
      notes: `single tx ${per(counts.get('tx') ?? 0)}, relay batches ${per(counts.get('txBatch') ?? 0)} carrying ${per(relayedTxs)} txs; ${txs} txs committed in ${summary.height} blocks; trace ${summary.traceHash.slice(0, 12)}`,
    },
    { name: 'all deliveries to validators per committed tx', value: per([...counts.values()].reduce((a, b) => a + b, 0)), unit: 'deliveries', notes: [...counts].map(([k, v]) => `${k} ${per(v)}`).join(', ') },
    { name: 'deliveries of a validator\'s own publishes back to it', value: own, unit: 'deliveries' },
    { name: 'CPU per committed tx (the whole simulation)', value: Math.round((used.user + used.system) / txs), unit: 'µs' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
