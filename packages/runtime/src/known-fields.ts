/**
 * Strict input: the one rule for fields a JSON input does not define (fault schedules, scenario
 * files, policy files, order streams). An unknown field is an error naming its path, never
 * ignored — a misspelt `dropPPm` that silently did nothing let a user believe they had tested
 * 50 % loss — and the error suggests the nearest known field.
 */

/** The known field nearest to `key`: the same up to case, or a few edits away (about one per four characters, at least two). */
export function nearestField(key: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of fields) {
    const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

/** ` (did you mean "dropPpm"?)` for a near miss, else ''. */
export function didYouMean(key: string, fields: readonly string[]): string {
  const near = nearestField(key, fields);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

/** The first own key of `value` that is not in `fields` (in the input's order), or undefined. */
export function unknownField(value: Record<string, unknown>, fields: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !fields.includes(key));
}

/** The message for an unknown field: what it is not, the suggestion, and what is allowed. */
export function unknownFieldMessage(key: string, fields: readonly string[], owner: string): string {
  return `is not a known field${didYouMean(key, fields)}; ${owner} has: ${fields.join(', ')}`;
}

/** `a.b`, or `a["not-an-identifier"]`: a key's JSON path under `path`. */
export function fieldPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Levenshtein distance (insert, delete, substitute), two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
