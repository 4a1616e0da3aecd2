/**
 * A proof that an invariant fires: something the suite runs — a planted variant injected through
 * a package's testing seam, a fault schedule, a tampered log or a hostile peer — whose verdicts
 * must name the invariant `failed`. Each area's proofs live in `<area>.proof.ts` beside this
 * file and export `proofs`; invariant-proofs.test.ts walks the registry and runs them.
 */
import type { Verdicts } from '@faultline/sim';

export interface Proof {
  invariant: string;
  /** How the invariant is made to fail. */
  by: 'variant' | 'fault-schedule' | 'tampered-log' | 'hostile-peer';
  /** One line, for docs/invariants.md and the test name. */
  what: string;
  run(): Verdicts | Promise<Verdicts>;
  /** Milliseconds (default 60 s). */
  timeoutMs?: number;
}
