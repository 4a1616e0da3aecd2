/**
 * Deliberately broken simulators, for the tests that prove the suite catches them (the
 * simulator's testing seam: `new Simulation({ variant })`). Real time is read here, in testing
 * code, never in the simulator itself.
 */
import type { SimVariant } from '../sim/network.ts';

export type SimVariantName = 'deliver-lost' | 'wall-clock-jitter' | 'faults-never-end';

export const SIM_VARIANTS: Readonly<Record<SimVariantName, SimVariant>> = {
  /** Delivers messages the link dropped. */
  'deliver-lost': { deliverLost: true },
  /** Lets real time leak into latencies (non-determinism). */
  'wall-clock-jitter': { extraLatencyUs: () => Number(process.hrtime.bigint() % 7n) },
  /** A heal the simulator does not carry out: faults stay in force after their end. */
  'faults-never-end': { faultsNeverEnd: true },
};
