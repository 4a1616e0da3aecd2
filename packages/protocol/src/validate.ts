/**
 * Decode-time validation driven by the schema itself (the JSON descriptor pbjs emits next to
 * the static code): every integer must be a safe JS integer inside its wire type's range, every
 * enum value one the schema names, and at most one member of each oneof set.
 *
 * Validators are compiled once per message type into straight-line functions (new Function):
 * this runs on every frame on every link, and a generic walk over field descriptors cost more
 * than decoding itself. Paths are built only on failure, on the way back up.
 */
import { schemaTypes, type FieldDescriptor, type TypeDescriptor } from './schema-types.ts';
import { DecodeError } from './decode-error.ts';

const types = schemaTypes;

/** A failure found by a compiled validator: the field path relative to the validated message. */
interface Failure {
  path: string;
  value: unknown;
  expected: string;
  kind: 'out-of-range' | 'malformed';
}
type Compiled = (message: Record<string, unknown>) => Failure | undefined;
type Check = (value: unknown, path: string) => DecodeError | undefined;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** The JS condition that holds when `v` is invalid for a scalar wire type; undefined if unchecked. */
function scalarInvalid(type: string): [string, string] | undefined {
  switch (type) {
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return ['!Number.isSafeInteger(v)', 'a safe integer'];
    case 'uint64':
    case 'fixed64':
      return ['!(Number.isSafeInteger(v) && v >= 0)', 'a safe non-negative integer'];
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return [`!(Number.isInteger(v) && v >= ${INT32_MIN} && v <= ${INT32_MAX})`, 'an int32'];
    case 'uint32':
    case 'fixed32':
      return ['!(v >>> 0 === v)', 'a uint32'];
    default:
      return undefined; // string, bytes, bool, double: the reader already checked them
  }
}

const registry: Record<string, Compiled> = {};

function compile(typeName: string): Compiled {
  const existing = registry[typeName];
  if (existing) return existing;
  const type = types[typeName];
  if (!type?.fields) throw new Error(`validatorFor: no message type ${typeName} in the schema`);
  const lines: string[] = ['let v, f;'];
  const nested: string[] = [];
  for (const [name, field] of Object.entries(type.fields)) {
    const access = `m[${JSON.stringify(name)}]`;
    const scalar = scalarInvalid(field.type);
    const target = types[field.type];
    let elementCheck: string | undefined;
    if (scalar) {
      elementCheck = `if (${scalar[0]}) return { path: __PATH__, value: v, expected: ${JSON.stringify(scalar[1])}, kind: 'out-of-range' };`;
    } else if (target?.values) {
      const known = Object.values(target.values).map((n) => `v === ${n}`).join(' || ');
      elementCheck = `if (!(${known})) return { path: __PATH__, value: v, expected: ${JSON.stringify(`a ${field.type} value`)}, kind: 'out-of-range' };`;
    } else if (target?.fields) {
      nested.push(field.type);
      elementCheck = `f = R[${JSON.stringify(field.type)}](v); if (f) { f.path = f.path === '' ? __PATH__ : __PATH__ + '.' + f.path; return f; }`;
    }
    if (!elementCheck) continue;
    if (field.rule === 'repeated') {
      lines.push(
        `{ const a = ${access}; if (a != null) for (let i = 0; i < a.length; i++) { v = a[i]; ${elementCheck.replaceAll('__PATH__', `(${JSON.stringify(name)} + '[' + i + ']')`)} } }`,
      );
    } else {
      lines.push(`v = ${access}; if (v != null) { ${elementCheck.replaceAll('__PATH__', JSON.stringify(name))} }`);
    }
  }
  for (const [oneofName, oneof] of Object.entries(type.oneofs ?? {})) {
    const members = oneof.oneof.map((member) => `(m[${JSON.stringify(member)}] != null ? 1 : 0)`).join(' + ');
    lines.push(
      `if (${members} > 1) return { path: ${JSON.stringify(oneofName)}, value: 'several members', expected: 'at most one member of oneof ${oneofName}', kind: 'malformed' };`,
    );
  }
  lines.push('return undefined;');
  const body = lines.join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once from our own schema
  const compiled = new Function('R', `return function validate${typeName}(m) {\n${body}\n};`)(registry) as Compiled;
  registry[typeName] = compiled;
  for (const name of nested) compile(name);
  return compiled;
}

/** The validator for message type `typeName` (e.g. "Envelope"), compiled on first use. */
export function validatorFor(typeName: string): Check {
  let check = checks.get(typeName);
  if (!check) checks.set(typeName, (check = checkOf(typeName)));
  return check;
}

/** One Check per type: decodeMessage asks for it on every frame. */
const checks = new Map<string, Check>();

function checkOf(typeName: string): Check {
  const compiled = compile(typeName);
  return (value, path) => {
    if (value === null || typeof value !== 'object') return undefined;
    const failure = compiled(value as Record<string, unknown>);
    if (!failure) return undefined;
    const fullPath = path === '' ? failure.path : `${path}.${failure.path}`;
    return new DecodeError({
      kind: failure.kind,
      message: `${fullPath} = ${String(failure.value)} is not ${failure.expected}`,
      path: fullPath,
    });
  };
}

/** The field numbers message type `typeName` declares (empty for an unknown type). */
export function fieldIds(typeName: string): ReadonlySet<number> {
  return new Set(Object.values(types[typeName]?.fields ?? {}).map((field) => field.id));
}

/** Names of every oneof member of Envelope.body, from the schema. */
export function envelopeBodyNames(): readonly string[] {
  return types['Envelope']?.oneofs?.['body']?.oneof ?? [];
}
