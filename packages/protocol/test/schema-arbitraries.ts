/**
 * Random messages of any schema type, built from the JSON descriptor: defaults and non-defaults,
 * negative, huge and fractional 64-bit numbers, empty and repeated fields, non-ASCII strings.
 * Shared by the compiled encoder's and the compiled decoder's property tests.
 */
import fc from 'fast-check';
import descriptor from '../src/generated/faultline.json' with { type: 'json' };

export type FieldDescriptor = { type: string; id: number; rule?: string };
export type TypeDescriptor = { fields?: Record<string, FieldDescriptor>; values?: Record<string, number> };
export const types = (descriptor as { nested: { faultline: { nested: { v1: { nested: Record<string, TypeDescriptor> } } } } }).nested.faultline.nested.v1.nested;

const ascii = fc.string({ maxLength: 12 });
const anyString = fc.oneof({ weight: 8, arbitrary: ascii }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant('') });
const bytes = fc.oneof({ weight: 6, arbitrary: fc.uint8Array({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) });
const long = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 3, arbitrary: fc.maxSafeInteger() },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 2 ** 31, 2 ** 32, 2 ** 32 - 1, 2 ** 53, 2 ** 63, -(2 ** 63), 1.5, -0.5, 4294967296.75) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e19, max: 1e19 }) },
);
const int32 = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 127, 128, 2 ** 31, 2 ** 32 + 5, 1.5));

function valueOf(field: FieldDescriptor, depth: number): fc.Arbitrary<unknown> | undefined {
  const target = types[field.type];
  if (target?.fields) return depth > 3 ? undefined : messageOf(field.type, depth + 1);
  if (target?.values) return fc.constantFrom(...Object.values(target.values), 0);
  switch (field.type) {
    case 'string':
      return anyString;
    case 'bytes':
      return bytes;
    case 'bool':
      return fc.boolean();
    case 'uint32':
    case 'int32':
      return int32;
    default:
      return long;
  }
}

const arbitraries = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
/** Random plain-object messages of type `name` (any field may be absent). */
export function messageOf(name: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const cached = depth === 0 ? arbitraries.get(name) : undefined;
  if (cached) return cached;
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [fieldName, field] of Object.entries(types[name]?.fields ?? {})) {
    const value = valueOf(field, depth);
    if (!value) continue;
    parts[fieldName] = field.rule === 'repeated' ? fc.array(value, { maxLength: 3 }) : value;
  }
  const arbitrary = fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  if (depth === 0) arbitraries.set(name, arbitrary);
  return arbitrary;
}
