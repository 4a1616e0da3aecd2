/**
 * Decode-time validation driven by the schema itself (the JSON descriptor pbjs emits next to
 * the static code): every integer must be a safe JS integer inside its wire type's range, every
 * enum value must be one the schema names. One validator is compiled per message type, once.
 */
import descriptor from './generated/faultline.json' with { type: 'json' };
import { DecodeError } from './decode-error.ts';

type FieldDescriptor = { type: string; id: number; rule?: string; keyType?: string };
type TypeDescriptor = { fields?: Record<string, FieldDescriptor>; values?: Record<string, number>; oneofs?: unknown };

const types = (descriptor as { nested: { faultline: { nested: { v1: { nested: Record<string, TypeDescriptor> } } } } })
  .nested.faultline.nested.v1.nested;

type Check = (value: unknown, path: string) => DecodeError | undefined;
const compiled = new Map<string, Check>();

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

function outOfRange(path: string, value: unknown, what: string): DecodeError {
  return new DecodeError({ kind: 'out-of-range', message: `${path} = ${String(value)} is not ${what}`, path });
}

function scalarCheck(type: string): Check | undefined {
  switch (type) {
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return (v, path) => (Number.isSafeInteger(v) ? undefined : outOfRange(path, v, 'a safe integer'));
    case 'uint64':
    case 'fixed64':
      return (v, path) =>
        Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : outOfRange(path, v, 'a safe non-negative integer');
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return (v, path) =>
        Number.isInteger(v) && (v as number) >= INT32_MIN && (v as number) <= INT32_MAX
          ? undefined
          : outOfRange(path, v, 'an int32');
    case 'uint32':
    case 'fixed32':
      return (v, path) =>
        Number.isInteger(v) && (v as number) >= 0 && (v as number) <= UINT32_MAX ? undefined : outOfRange(path, v, 'a uint32');
    default:
      return undefined; // string, bytes, bool: the reader already checked them
  }
}

function fieldCheck(field: FieldDescriptor): Check | undefined {
  const scalar = scalarCheck(field.type);
  if (scalar) return scalar;
  const target = types[field.type];
  if (!target) return undefined;
  if (target.values) {
    const known = new Set(Object.values(target.values));
    return (v, path) => (known.has(v as number) ? undefined : outOfRange(path, v, `a ${field.type} value`));
  }
  return (v, path) => validatorFor(field.type)(v, path);
}

/** The validator for message type `typeName` (e.g. "Envelope"), compiled on first use. */
export function validatorFor(typeName: string): Check {
  const existing = compiled.get(typeName);
  if (existing) return existing;
  const type = types[typeName];
  if (!type?.fields) throw new Error(`validatorFor: no message type ${typeName} in the schema`);
  // Registered before the fields are compiled so recursive types terminate.
  let checks: Array<[string, Check, boolean]> = [];
  const check: Check = (value, path) => {
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    for (const [name, fieldChecker, repeated] of checks) {
      const fieldValue = record[name];
      if (fieldValue === undefined || fieldValue === null) continue;
      const fieldPath = path === '' ? name : `${path}.${name}`;
      if (repeated && Array.isArray(fieldValue)) {
        for (let index = 0; index < fieldValue.length; index++) {
          const error = fieldChecker(fieldValue[index], `${fieldPath}[${index}]`);
          if (error) return error;
        }
      } else {
        const error = fieldChecker(fieldValue, fieldPath);
        if (error) return error;
      }
    }
    return undefined;
  };
  compiled.set(typeName, check);
  checks = Object.entries(type.fields).flatMap(([name, field]) => {
    const fieldChecker = fieldCheck(field);
    return fieldChecker ? [[name, fieldChecker, field.rule === 'repeated'] as [string, Check, boolean]] : [];
  });
  return check;
}

/** Names of every oneof member of Envelope.body, from the schema. */
export function envelopeBodyNames(): readonly string[] {
  const envelope = types['Envelope'] as { oneofs?: { body?: { oneof: string[] } } };
  return envelope.oneofs?.body?.oneof ?? [];
}
