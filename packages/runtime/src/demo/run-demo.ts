/**
 * Runs the demo pairs in the simulator under a fault schedule and summarises the run.
 */
import type { FaultSchedule } from '../fault-schedule.ts';
import { Simulation } from '../sim/simulation.ts';
import type { Micros } from '../units.ts';
import { Pinger, Ponger } from './ping-pong.ts';

export interface DemoOptions {
  seed: number;
  faults?: FaultSchedule;
  /** Virtual duration of the run. */
  durationUs: Micros;
  /** Number of pinger/ponger pairs. */
  pairs: number;
  intervalUs?: Micros;
  /** Called every progressEveryUs of virtual time (for progress bars). */
  onProgress?: (simTimeUs: Micros, deliveries: number) => void;
  progressEveryUs?: Micros;
}

export interface DemoSummary {
  seed: number;
  pairs: number;
  traceHash: string;
  deliveries: number;
  dropped: number;
  duplicated: number;
  rejectedFrames: number;
  simTimeUs: Micros;
  pingsSent: number;
  pongsReceived: number;
  /** The ponger counters at the end: distinct pings each saw. */
  counters: Record<string, number>;
}

/** Pairs are bounded: the demo is a smoke test of the seam, not a load generator. */
export const DEMO_PAIRS_MAX = 1_000;

export function runDemo(options: DemoOptions): DemoSummary {
  if (!(Number.isInteger(options.pairs) && options.pairs >= 1 && options.pairs <= DEMO_PAIRS_MAX)) {
    throw new RangeError(`demo: pairs must be 1..${DEMO_PAIRS_MAX}, got ${options.pairs}`);
  }
  const sim = new Simulation({ seed: options.seed, runId: `demo-${options.seed}` });
  const pingers: Pinger[] = [];
  const pongers = new Map<string, () => Ponger | undefined>();
  for (let pair = 1; pair <= options.pairs; pair++) {
    const pongId = `pong-${pair}`;
    let ponger: Ponger | undefined;
    sim.addActor(pongId, (host) => (ponger = new Ponger(host)));
    pongers.set(pongId, () => ponger);
    const intervalUs = options.intervalUs ?? 10_000;
    sim.addActor(`ping-${pair}`, (host) => {
      const pinger = new Pinger(host, { peer: pongId, intervalUs });
      pingers[pair - 1] = pinger;
      return pinger;
    });
  }
  if (options.faults) sim.schedule(options.faults);
  const stepUs = options.progressEveryUs ?? options.durationUs;
  for (let elapsedUs = 0; elapsedUs < options.durationUs; ) {
    const sliceUs = Math.min(stepUs, options.durationUs - elapsedUs);
    sim.runFor(sliceUs);
    elapsedUs += sliceUs;
    options.onProgress?.(sim.now(), sim.stats().deliveries);
  }
  const stats = sim.stats();
  const counters: Record<string, number> = {};
  for (const [id, ponger] of pongers) counters[id] = ponger()?.counter ?? 0;
  return {
    seed: options.seed,
    pairs: options.pairs,
    traceHash: sim.traceHash(),
    deliveries: stats.deliveries,
    dropped: stats.dropped,
    duplicated: stats.duplicated,
    rejectedFrames: stats.rejectedFrames,
    simTimeUs: sim.now(),
    pingsSent: pingers.reduce((sum, p) => sum + p.sent, 0),
    pongsReceived: pingers.reduce((sum, p) => sum + p.pongs, 0),
    counters,
  };
}
