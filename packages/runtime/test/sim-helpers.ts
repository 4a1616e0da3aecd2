/** Small worlds of demo actors for the simulator's tests. */
import { Pinger, Ponger } from '@faultline/runtime/demo';
import { Simulation, type DeliveryObservation } from '@faultline/runtime/sim';
import { SIM_VARIANTS, type SimVariantName } from '@faultline/runtime/testing';
import type { FaultSchedule } from '@faultline/runtime';

export interface DemoWorld {
  sim: Simulation;
  pingers: Map<string, Pinger>;
  pongers: Map<string, Ponger>;
  deliveries: DeliveryObservation[];
}

export const DEMO_ACTORS = ['ping-1', 'pong-1', 'ping-2', 'pong-2'] as const;

export function demoWorld(options: {
  seed: number;
  pairs?: number;
  intervalUs?: number;
  faults?: FaultSchedule;
  record?: boolean;
  variant?: SimVariantName;
}): DemoWorld {
  const sim = new Simulation({ seed: options.seed, ...(options.variant ? { variant: SIM_VARIANTS[options.variant] } : {}) });
  const world: DemoWorld = { sim, pingers: new Map(), pongers: new Map(), deliveries: [] };
  if (options.record) sim.observe((delivery) => world.deliveries.push(delivery));
  for (let pair = 1; pair <= (options.pairs ?? 2); pair++) {
    sim.addActor(`pong-${pair}`, (host) => {
      const ponger = new Ponger(host);
      world.pongers.set(host.actorId, ponger);
      return ponger;
    });
    sim.addActor(`ping-${pair}`, (host) => {
      const pinger = new Pinger(host, { peer: `pong-${pair}`, intervalUs: options.intervalUs ?? 10_000 });
      world.pingers.set(host.actorId, pinger);
      return pinger;
    });
  }
  if (options.faults) sim.schedule(options.faults);
  return world;
}

export function traceOf(options: { seed: number; faults?: FaultSchedule; durationUs: number; variant?: SimVariantName }): string {
  const { sim } = demoWorld(options);
  sim.runFor(options.durationUs);
  return sim.traceHash();
}
