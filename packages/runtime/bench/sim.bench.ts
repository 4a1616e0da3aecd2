/**
 * Simulator throughput: message deliveries per wall second, including protobuf encode (once per
 * publish) and decode (once per delivery), the network model, the scheduler and the trace hash.
 * Memory: run under `/usr/bin/time -v npx tsx packages/runtime/bench/sim.bench.ts` for max RSS.
 */
import { runDemo } from '@faultline/runtime/demo';
import type { FaultSchedule, Host } from '@faultline/runtime';
import type { BenchResult } from '../../../bench/bench-result.ts';
import { Simulation } from '@faultline/runtime/sim';

/**
 * Pure messaging: tokens circulate around a ring of actors; each delivery is decoded, handled
 * and re-published (encoded) to the next actor. Measures the simulator, not an actor's work.
 */
function ringDeliveriesPerSecond(options: { actors: number; tokens: number; durationUs: number; seed: number }): { rate: number; deliveries: number } {
  const sim = new Simulation({ seed: options.seed });
  for (let index = 0; index < options.actors; index++) {
    const next = `demo.ring-${(index + 1) % options.actors}`;
    sim.addActor(`ring-${index}`, (host: Host) => ({
      start() {
        host.subscribe(`demo.ring-${index}`, (envelope) => host.publish(next, { ping: { n: (envelope.ping?.n ?? 0) + 1, replyTo: host.actorId } }));
        // Inject the tokens once every actor has subscribed.
        if (index < options.tokens) host.setTimer(1, () => host.publish(next, { ping: { n: 0, replyTo: host.actorId } }));
      },
    }));
  }
  const started = performance.now();
  sim.runFor(options.durationUs);
  const seconds = (performance.now() - started) / 1000;
  const deliveries = sim.stats().deliveries;
  return { rate: deliveries / seconds, deliveries };
}


export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const durationUs = options.quick ? 2_000_000 : 20_000_000;
  const results: BenchResult[] = [];
  const lossy: FaultSchedule = { version: 1, faults: [{ kind: 'link', atUs: 0, dropPpm: 50_000, duplicatePpm: 50_000, jitterUs: 2_000 }] };
  const variants: Array<[string, FaultSchedule | undefined]> = [
    ['no faults', undefined],
    ['5% loss, 5% duplicates, jitter', lossy],
  ];
  for (const [label, faults] of variants) {
    runDemo({ seed: 1, pairs: 10, durationUs: 200_000, intervalUs: 1_000 }); // warm-up
    const samples: number[] = [];
    let deliveries = 0;
    for (let repeat = 0; repeat < 3; repeat++) {
      const started = performance.now();
      const summary = runDemo({ seed: 1 + repeat, pairs: 50, durationUs, intervalUs: 1_000, ...(faults ? { faults } : {}) });
      const seconds = (performance.now() - started) / 1000;
      deliveries = summary.deliveries;
      samples.push(summary.deliveries / seconds);
    }
    samples.sort((a, b) => a - b);
    results.push({
      name: `simulator deliveries/s (50 ping/pong pairs with durable logs, ${label})`,
      value: Math.round(samples[1] as number),
      unit: 'deliveries/s',
      target: '>= 500,000',
      notes: `median of 3 runs of ${deliveries} deliveries; min ${Math.round(samples[0] as number)}, max ${Math.round(samples[2] as number)}`,
    });
  }
  ringDeliveriesPerSecond({ actors: 100, tokens: 100, durationUs: 200_000, seed: 0 }); // warm-up
  const rings = [1, 2, 3].map((seed) => ringDeliveriesPerSecond({ actors: 100, tokens: 100, durationUs: options.quick ? 1_000_000 : 10_000_000, seed }));
  const ringRates = rings.map((r) => r.rate).sort((a, b) => a - b);
  results.push({
    name: 'simulator deliveries/s (100-actor ring, pure messaging)',
    value: Math.round(ringRates[1] as number),
    unit: 'deliveries/s',
    target: '>= 500,000',
    notes: `median of 3 runs of ${rings[0]?.deliveries} deliveries; min ${Math.round(ringRates[0] as number)}, max ${Math.round(ringRates[2] as number)}`,
  });
  results.push({ name: 'heap used after runs', value: Math.round(process.memoryUsage().heapUsed / 2 ** 20), unit: 'MiB' });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  console.table(await run({ quick }));
}
