/**
 * Two of the config's rules its validation tests left open (config.ts, found by mutation testing):
 * an oracle key must be a string — a list holding the 64 hex digits (which reads as them when
 * turned into a string) is refused; and resolvePolicy merges an override into a field only when
 * both are objects: an object given for a string field (the name) replaces it as given.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy, validateVenueConfig, VenueConfigError, type VenueConfig } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';

describe('an oracle public key', () => {
  it('must be a string: a list holding the 64 hex digits is refused', () => {
    const config = structuredClone(testVenueConfig({ markets: 1, oracles: 3 }).config);
    const key = config.oracles[1]?.publicKeyHex as string;
    expect(String([key])).toBe(key);
    (config.oracles[1] as { publicKeyHex: unknown }).publicKeyHex = [key];
    expect(() => validateVenueConfig(config as VenueConfig)).toThrow(new VenueConfigError('oracles[1].publicKeyHex', 'must be 64 hex digits (a raw ed25519 public key)'));
  });
});

describe('resolvePolicy', () => {
  it('an object given for a field that is not an object replaces it as given (no merge with the string)', () => {
    expect(resolvePolicy({ name: { x: 1 } } as never).name).toEqual({ x: 1 });
    expect(resolvePolicy({ resumeDelayUs: { x: 1 } } as never).resumeDelayUs).toEqual({ x: 1 });
  });
});
