/**
 * Verdicts of results that do not carry them yet (replay, consensus runs): each invariant the
 * result names is failed with its first violation, or passed. Kept to the proofs; the run
 * observer gives sim, check, compare, up and replay their verdicts directly.
 */
import { VerdictBook, type Verdicts } from '@faultline/sim';

export function verdictsOf(invariants: Record<string, boolean>, violations: ReadonlyArray<{ invariant: string; height?: number | undefined; timeUs?: number; detail: string }>): Verdicts {
  const book = new VerdictBook();
  for (const v of violations) book.record({ invariant: v.invariant, height: v.height, timeUs: v.timeUs ?? 0, detail: v.detail });
  for (const [name, held] of Object.entries(invariants)) if (!held && !violations.some((v) => v.invariant === name)) book.record({ invariant: name, timeUs: 0, detail: 'failed (no detail recorded)' });
  return book.verdicts(Object.keys(invariants));
}
