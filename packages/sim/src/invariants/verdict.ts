/**
 * A verdict is three-valued: an invariant `passed`, `failed` (with the first height and the
 * evidence), or was `not-evaluated` (with why: the run ended too soon after the last fault, the
 * actor it judges is absent, …). Never "ok" by default: a check that did not look says so.
 */

export type VerdictStatus = 'passed' | 'failed' | 'not-evaluated';

export type Verdict =
  | { name: string; status: 'passed' }
  | { name: string; status: 'failed'; height?: number; timeUs: number; evidence: string; violations: number }
  | { name: string; status: 'not-evaluated'; why: string };

export type Verdicts = Record<string, Verdict>;

export function passed(name: string): Verdict {
  return { name, status: 'passed' };
}

export function notEvaluated(name: string, why: string): Verdict {
  return { name, status: 'not-evaluated', why };
}

export function failed(name: string, first: { height?: number | undefined; timeUs: number; detail: string }, violations = 1): Verdict {
  return { name, status: 'failed', ...(first.height !== undefined ? { height: first.height } : {}), timeUs: first.timeUs, evidence: first.detail, violations };
}

/** Every verdict failed? No: the run's verdict — failed when any invariant failed. */
export function anyFailed(verdicts: Verdicts): boolean {
  return Object.values(verdicts).some((v) => v.status === 'failed');
}

/** A one-word cell for tables: `passed`, `FAILED at height h`, `not evaluated (why)`. */
export function verdictText(verdict: Verdict): string {
  if (verdict.status === 'passed') return 'passed';
  if (verdict.status === 'failed') return `FAILED${verdict.height !== undefined ? ` at height ${verdict.height}` : ''}: ${verdict.evidence}`;
  return `not evaluated: ${verdict.why}`;
}

/** The violation shape every check reports (monitors, the venue checks, replay). */
export interface Finding {
  invariant: string;
  timeUs: number;
  height?: number | undefined;
  detail: string;
}

/**
 * Collects findings and "not evaluated" notes, then answers with one verdict per invariant:
 * failed (the first finding and how many), not-evaluated (why), or passed.
 */
export class VerdictBook {
  private readonly first = new Map<string, Finding>();
  private readonly counts = new Map<string, number>();
  private readonly skipped = new Map<string, string>();

  record(finding: Finding): void {
    if (!this.first.has(finding.invariant)) this.first.set(finding.invariant, finding);
    this.counts.set(finding.invariant, (this.counts.get(finding.invariant) ?? 0) + 1);
  }

  notEvaluated(name: string, why: string): void {
    this.skipped.set(name, why);
  }

  verdict(name: string): Verdict {
    const found = this.first.get(name);
    if (found) return failed(name, found, this.counts.get(name));
    const why = this.skipped.get(name);
    return why !== undefined ? notEvaluated(name, why) : passed(name);
  }

  verdicts(names: readonly string[]): Verdicts {
    return Object.fromEntries(names.map((name) => [name, this.verdict(name)]));
  }
}

/** The names of the failed invariants, in verdict order. */
export function failedNames(verdicts: Verdicts): string[] {
  return Object.values(verdicts).filter((v) => v.status === 'failed').map((v) => v.name);
}

/** How many verdicts have each status. */
export function verdictCounts(verdicts: Verdicts): Record<VerdictStatus, number> {
  const counts: Record<VerdictStatus, number> = { passed: 0, failed: 0, 'not-evaluated': 0 };
  for (const v of Object.values(verdicts)) counts[v.status]++;
  return counts;
}
