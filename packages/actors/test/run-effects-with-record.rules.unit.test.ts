/**
 * The effect runner and a publish flagged `withRecord` (core/effects.ts): right after its
 * persist-record it goes to the host's publishWithRecord with that record — one call, so a live
 * host writes the two together — and on a host without one (the simulator's) the record is
 * appended and the message published, in that order, as without the flag. An unflagged publish,
 * or a flagged one not right after a record, is an ordinary publish.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { EffectRunner } from '../src/core/run-effects.ts';
import type { CoreEffect } from '../src/core/effects.ts';

function fakeHost(withPair: boolean): { host: Host; calls: string[] } {
  const calls: string[] = [];
  const host = {
    publish: (subject: string) => void calls.push(`publish ${subject}`),
    log: {
      append: () => void calls.push('append'),
      appendRecord: (record: unknown) => void calls.push(`appendRecord ${String(record)}`),
      snapshot: () => undefined,
      recover: () => ({ snapshot: undefined, entries: [] }),
    },
    ...(withPair ? { publishWithRecord: (record: unknown, _encode: unknown, subject: string) => void calls.push(`publishWithRecord ${String(record)} ${subject}`) } : {}),
  } as unknown as Host;
  return { host, calls };
}

const encode = () => new Uint8Array();
const effects: CoreEffect[] = [
  { kind: 'persist-record', record: 'precommit', encode },
  { kind: 'publish', subject: 'consensus.v', body: { ping: { n: 1 } } },
  { kind: 'persist-record', record: 'commit', encode },
  { kind: 'publish', subject: 'block.v', body: { ping: { n: 1 } }, withRecord: true },
  { kind: 'publish', subject: 'late.v', body: { ping: { n: 1 } }, withRecord: true },
];

describe('EffectRunner: a publish with its record', () => {
  it('goes to publishWithRecord with the record right before it, once', () => {
    const { host, calls } = fakeHost(true);
    new EffectRunner(host, () => undefined).run(effects);
    expect(calls).toEqual(['appendRecord precommit', 'publish consensus.v', 'publishWithRecord commit block.v', 'publish late.v']);
  });

  it('on a host without it: the record appended, then the message published', () => {
    const { host, calls } = fakeHost(false);
    new EffectRunner(host, () => undefined).run(effects);
    expect(calls).toEqual(['appendRecord precommit', 'publish consensus.v', 'appendRecord commit', 'publish block.v', 'publish late.v']);
  });
});
