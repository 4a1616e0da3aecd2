/**
 * The schema's message and enum types as the JSON descriptor pbjs emits next to the static code
 * describes them: what the compiled validators (validate.ts), the compiled encoder (encode.ts) and
 * the compiled decoder (decode.ts) are built from.
 */
import descriptor from './generated/faultline.json' with { type: 'json' };

export type FieldDescriptor = { type: string; id: number; rule?: string; keyType?: string; options?: Record<string, unknown> };
export type TypeDescriptor = {
  fields?: Record<string, FieldDescriptor>;
  values?: Record<string, number>;
  oneofs?: Record<string, { oneof: string[] }>;
};

/** Every type of package faultline.v1, by name. */
export const schemaTypes = (descriptor as { nested: { faultline: { nested: { v1: { nested: Record<string, TypeDescriptor> } } } } })
  .nested.faultline.nested.v1.nested;

const LONG_SCALARS = new Set(['int64', 'uint64', 'sint64']);
const SINGULAR_SCALARS = new Set([...LONG_SCALARS, 'uint32', 'int32', 'bool', 'string', 'bytes']);

/**
 * The message types whose every field a compiled codec handles, and that do not nest themselves
 * (protobufjs' depth limit would apply): singular scalars of SINGULAR_SCALARS, enums, nested
 * supported messages, and repeated fields of the scalar types the codec names. No maps, no
 * field options.
 */
export function compilableTypes(repeatedScalars: ReadonlySet<string>): Set<string> {
  const supported = new Set<string>();
  const visiting = new Set<string>();
  const check = (name: string): boolean => {
    if (supported.has(name)) return true;
    if (visiting.has(name)) return false;
    const type = schemaTypes[name];
    if (!type?.fields) return false;
    visiting.add(name);
    let ok = true;
    for (const field of Object.values(type.fields)) {
      const target = schemaTypes[field.type];
      if (field.keyType !== undefined || field.options !== undefined) ok = false;
      else if (target?.fields) ok = check(field.type) && ok;
      else if (target?.values) ok = ok && field.rule !== 'repeated';
      else if (field.rule === 'repeated') ok = ok && repeatedScalars.has(field.type);
      else ok = ok && SINGULAR_SCALARS.has(field.type);
    }
    visiting.delete(name);
    if (ok) supported.add(name);
    return ok;
  };
  for (const name of Object.keys(schemaTypes)) check(name);
  return supported;
}
