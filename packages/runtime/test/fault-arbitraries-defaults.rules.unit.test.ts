/**
 * Rule: the link and delay-kind arbitraries also draw events that leave their optional fields out
 * — the schedule format's defaults (absent `from`/`to` = every actor, absent rates and jitter = 0)
 * are part of what the campaigns exercise, not only explicit values.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { faultEventArbitrary, type FaultEvent } from '@faultline/runtime';

const OPTIONS = { actors: ['validator-1', 'validator-2', 'validator-3', 'validator-4'], horizonUs: 5_000_000, durationUsMax: 2_000_000, eventsMax: 4 };
const draw = (kind: 'link' | 'delay-kind'): FaultEvent[] => fc.sample(faultEventArbitrary({ ...OPTIONS, kinds: [kind] }), { numRuns: 100, seed: 11 });

describe('optional fields left out', () => {
  it('link: some events without senders, receivers or a drop rate; every event with its start and duration', () => {
    const events = draw('link') as Array<Record<string, unknown>>;
    for (const field of ['from', 'to', 'dropPpm', 'delayUs', 'jitterUs', 'duplicatePpm', 'duplicateMax', 'reorderPpm']) expect(events.some((event) => !(field in event))).toBe(true);
    expect(events.every((event) => 'atUs' in event && 'durationUs' in event)).toBe(true);
  });

  it('delay-kind: some events without senders, receivers or jitter; every event with its kind of message and delay', () => {
    const events = draw('delay-kind') as Array<Record<string, unknown>>;
    for (const field of ['from', 'to', 'jitterUs']) expect(events.some((event) => !(field in event))).toBe(true);
    expect(events.every((event) => 'atUs' in event && 'durationUs' in event && 'messageKind' in event && 'delayUs' in event)).toBe(true);
  });
});

describe('clock skews', () => {
  it('are drawn both ahead and behind', () => {
    const skews = fc.sample(faultEventArbitrary({ ...OPTIONS, kinds: ['skew'] }), { numRuns: 100, seed: 13 }).map((event) => (event as { skewUs: number }).skewUs);
    expect(skews.some((us) => us < 0)).toBe(true);
    expect(skews.some((us) => us > 0)).toBe(true);
  });
});
