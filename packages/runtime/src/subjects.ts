/**
 * Subject scheme. Actors publish and subscribe with run-relative subjects
 * `<kind>.<actor>` (e.g. `consensus.v1`, `tx.trader-3`, `exec.*`); the host prefixes
 * `faultline.<run>.` on the wire, so runs never see each other's traffic.
 * Wildcards follow NATS: `*` matches one token, `>` the rest (last token only).
 */
export const SUBJECT_ROOT = 'faultline';

/** The kinds of subject, the first token of a run-relative subject. */
export const SUBJECT_KINDS = ['tx', 'consensus', 'block', 'exec', 'oracle', 'external', 'control', 'demo', 'status'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

const TOKEN = /^[A-Za-z0-9_-]+$/;

export function wireSubject(runId: string, relative: string): string {
  return `${SUBJECT_ROOT}.${runId}.${relative}`;
}

export function relativeSubject(runId: string, wire: string): string | undefined {
  const prefix = `${SUBJECT_ROOT}.${runId}.`;
  return wire.startsWith(prefix) ? wire.slice(prefix.length) : undefined;
}

/** Throws on a subject an actor must not use (a programmer error, not an operating one). */
export function assertSubject(subject: string, options: { pattern: boolean }): void {
  const tokens = subject.split('.');
  if (tokens.length === 0) throw new Error(`subject "${subject}" is empty`);
  tokens.forEach((token, index) => {
    if (options.pattern && token === '*') return;
    if (options.pattern && token === '>' && index === tokens.length - 1) return;
    if (!TOKEN.test(token)) throw new Error(`subject "${subject}": token "${token}" is not [A-Za-z0-9_-]+`);
  });
}

/** NATS-style subject matching of a concrete subject against a pattern. */
export function subjectMatches(pattern: string, subject: string): boolean {
  if (pattern === subject) return true;
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let index = 0; index < p.length; index++) {
    const token = p[index];
    if (token === '>') return s.length > index;
    if (index >= s.length) return false;
    if (token !== '*' && token !== s[index]) return false;
  }
  return p.length === s.length;
}
