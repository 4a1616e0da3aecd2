/**
 * Generic JSON field readers for the scenario format: each takes a value and its JSON path,
 * checks one thing, and throws a FieldError naming the path and what it expected. The rule for
 * unknown fields (with the nearest known field suggested) and JSON paths are runtime's strict-input
 * helpers (known-fields.ts), shared with fault schedules and order streams.
 */
import { fieldPath, unknownFieldMessage } from '@faultline/runtime';
import { LIMITS, UNBOUNDED, type Range } from './ranges.ts';

/** A bad scenario: `path` is the JSON path of the first bad field ('' for the whole input). */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(
    /** The file (or `scenario`, `--policy`, ...) the input came from. */
    readonly source: string,
    readonly path: string,
    /** What was expected and what was found. */
    readonly detail: string,
  ) {
    super(path ? `${source}: ${path} ${detail}` : `${source}: ${detail}`);
  }
}

/** Thrown inside the parsers; withSource turns it into a ScenarioError naming the input. */
export class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path} ${detail}`);
  }
}

export type Parser<T> = (value: unknown, path: string) => T;

/** Runs a parser; a FieldError becomes a ScenarioError of `source`. */
export function withSource<T>(source: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FieldError) throw new ScenarioError(source, error.path, error.detail);
    throw error;
  }
}

/** `a.b`, `a[3]`, `a["oracle-3"]` (keys that are not identifiers are quoted); a key at the root has no dot. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : fieldPath(path, key);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value as an error message shows it: short, and `nothing` for a missing one. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** JSON has no undefined: a present `null` stays null (and fails its check), never a default. */
export function or<T>(value: unknown, fallback: T): unknown {
  return value === undefined ? fallback : value;
}

/** A field with a default; a default that breaks a cross-field rule says so. */
export function field<T>(o: Record<string, unknown>, key: string, path: string, fallback: T, parse: Parser<T>): T {
  const p = childPath(path, key);
  if (o[key] !== undefined) return parse(o[key], p);
  try {
    return parse(fallback, p);
  } catch (error) {
    if (error instanceof FieldError) throw new FieldError(p, `${error.detail} (that is the default: set ${p} to fit)`);
    throw error;
  }
}

/** An object whose keys are all in `fields` (an unknown key is an error with the nearest field suggested). */
export function record(value: unknown, path: string, fields: readonly string[]): Record<string, unknown> {
  if (!isObject(value)) throw new FieldError(path, `must be an object, got ${show(value)}`);
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) {
      throw new FieldError(childPath(path, key), unknownFieldMessage(key, fields, path || 'a scenario'));
    }
  }
  return value;
}

/** An object with keys of the input's choosing (ids, symbols): the caller checks each key. */
export function dict(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) throw new FieldError(path, `must be an object, got ${show(value)}`);
  return value;
}

export function list(value: unknown, path: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) throw new FieldError(path, `must be an array, got ${show(value)}`);
  if (value.length < min || value.length > max) throw new FieldError(path, `must have ${min} to ${max} entries, got ${value.length}`);
  return value;
}

export function int(value: unknown, path: string, min: number, max = UNBOUNDED, why?: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === UNBOUNDED ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new FieldError(path, `must be an integer ${range}${why ? ` (${why})` : ''}, got ${show(value)}`);
  }
  return value;
}

/** An integer in a named range of ranges.ts. */
export function intIn(range: Range, why?: string): Parser<number> {
  return (value, path) => int(value, path, range.min, range.max, why);
}

export function num(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new FieldError(path, `must be a number in [${min}, ${max}], got ${show(value)}`);
  }
  return value;
}

/** A finite number in a named range of ranges.ts. */
export function numIn(range: Range): Parser<number> {
  return (value, path) => num(value, path, range.min, range.max);
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new FieldError(path, `must be true or false, got ${show(value)}`);
  return value;
}

export function str(value: unknown, path: string, options: { pattern?: RegExp; what?: string; max?: number } = {}): string {
  const max = options.max ?? LIMITS.stringMax;
  if (typeof value !== 'string' || value.length === 0 || value.length > max || (options.pattern && !options.pattern.test(value))) {
    throw new FieldError(path, `must be ${options.what ? `a string of ${options.what}` : 'a non-empty string'} (at most ${max} characters), got ${show(value)}`);
  }
  return value;
}

export function oneOf(value: unknown, path: string, options: readonly string[]): string {
  if (typeof value !== 'string' || !options.includes(value)) {
    throw new FieldError(path, `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${show(value)}`);
  }
  return value;
}

/**
 * Type-checks an override object against a template of defaults (numbers must be integers,
 * booleans booleans, nested objects recursively, no unknown keys) and returns the merge.
 * Ranges are left to the template's owner (validateVenueConfig).
 */
export function overlay<T extends object>(template: T, o: Record<string, unknown>, path: string, skip: readonly string[] = []): T {
  const base = template as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  record(o, path, [...Object.keys(base), ...skip]);
  for (const [key, value] of Object.entries(o)) {
    if (skip.includes(key)) continue;
    const p = childPath(path, key);
    const current = base[key];
    if (typeof current === 'number') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new FieldError(p, `must be an integer, got ${show(value)}`);
      out[key] = value;
    } else if (typeof current === 'boolean') {
      out[key] = bool(value, p);
    } else if (typeof current === 'string') {
      out[key] = str(value, p);
    } else if (isObject(current)) {
      out[key] = overlay(current, record(value, p, Object.keys(current)), p);
    }
  }
  return out as T;
}

/** `validator-1..validator-4, exec-1..exec-2, hedger-1, external-venue`. */
export function describeIds(ids: readonly string[]): string {
  const parts: string[] = [];
  let index = 0;
  while (index < ids.length) {
    const id = ids[index] as string;
    const match = /^(.*?)(\d+)$/.exec(id);
    let end = index;
    if (match) {
      const [, prefix, digits] = match as unknown as [string, string, string];
      let n = Number(digits);
      while (end + 1 < ids.length && ids[end + 1] === `${prefix}${n + 1}`) {
        end++;
        n++;
      }
    }
    parts.push(end > index ? `${id}..${ids[end]}` : id);
    index = end + 1;
  }
  return parts.join(', ') || 'no actors';
}
