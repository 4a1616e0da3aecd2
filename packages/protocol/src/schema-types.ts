/**
 * The schema's message and enum types as the JSON descriptor pbjs emits next to the static code
 * describes them: what the compiled validators (validate.ts) and the compiled encoder
 * (encode.ts) are built from.
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
