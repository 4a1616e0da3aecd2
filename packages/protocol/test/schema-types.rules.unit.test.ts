/**
 * compilableTypes' rule (found by mutation testing, session 17): a message type is compiled only
 * when every field is one the codecs handle — singular scalars, enums, nested compilable messages,
 * repeated fields of the scalar types the codec names — so a type with a repeated scalar of
 * another type is left to protobufjs, and so is every type that nests it. With the codecs' own
 * sets every type of today's schema qualifies, so only other sets show the rule.
 */
import { describe, expect, it } from 'vitest';
import { compilableTypes, schemaTypes } from '../src/schema-types.ts';

const messages = Object.keys(schemaTypes).filter((name) => schemaTypes[name]!.fields);

/** The rule recomputed: does `name` reach (through message fields) a repeated scalar outside `taken`? */
function reachesUntaken(name: string, taken: ReadonlySet<string>): boolean {
  return Object.values(schemaTypes[name]!.fields ?? {}).some((field) => {
    const target = schemaTypes[field.type];
    if (target?.fields) return reachesUntaken(field.type, taken);
    return !target && field.rule === 'repeated' && !taken.has(field.type);
  });
}

describe('compilableTypes', () => {
  it('every message type of the schema, with the repeated scalars the codecs take', () => {
    expect([...compilableTypes(new Set(['string', 'bytes', 'uint64']))].sort()).toEqual([...messages].sort());
    expect([...compilableTypes(new Set(['string', 'bytes', 'uint64', 'int64']))].sort()).toEqual([...messages].sort());
  });

  it('a type with a repeated scalar the codec does not take is left out, and every type nesting it', () => {
    for (const taken of [new Set<string>(), new Set(['string', 'uint64']), new Set(['bytes']), new Set(['string', 'bytes'])]) {
      const expected = messages.filter((name) => !reachesUntaken(name, taken)).sort();
      expect([...compilableTypes(taken)].sort(), [...taken].join()).toEqual(expected);
    }
    const noBytes = compilableTypes(new Set(['string', 'uint64']));
    expect(noBytes.has('Block')).toBe(false);
    expect(noBytes.has('TxBatch')).toBe(false);
    expect(noBytes.has('NonceWindow')).toBe(true);
    expect(noBytes.has('Vote')).toBe(true);
    expect(compilableTypes(new Set()).has('NonceWindow')).toBe(false);
  });
});
