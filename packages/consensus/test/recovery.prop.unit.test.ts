/**
 * Recovery is the live path replayed: a core rebuilt from a validator's write-ahead log
 * (`restore`: every record through `evolve`) holds what the live core held at the same record —
 * chain, signed votes and proposals, the recent votes kept for re-sending, the lock of the height
 * being decided (`durableFacts`), read back through the log's protobuf bytes. Checked over random schedules (message delays and losses, a
 * Byzantine fourth validator, crash-restarts mid-run) at random points, and shown to fire: the
 * planted `no-persist-before-vote` variant signs votes it never logs, and the check names the
 * validator and the fact that differs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMessage, encodeMessage } from '@faultline/protocol';
import type { ByzantineBehaviour, TendermintCore } from '@faultline/consensus';
import type { ConsensusVariant } from '@faultline/consensus/testing';
import { IDS, makeCore, ScriptedNet } from './core-harness.ts';

const MS = 1_000;

interface Schedule {
  /** Extra delay of the i-th message (cycled), in ms; a loss when `lossEvery` divides i. */
  delaysMs: number[];
  lossEvery: number;
  byzantine: ByzantineBehaviour | undefined;
  /** Points (ms) at which every live core is compared with one recovered from its log. */
  checkpointsMs: number[];
  /** A crash-restart of validator-(n + 1) at the checkpoint of the same index, if any. */
  restarts: number[];
}

const schedules: fc.Arbitrary<Schedule> = fc.record({
  delaysMs: fc.array(fc.integer({ min: 0, max: 2_500 }), { minLength: 1, maxLength: 32 }),
  lossEvery: fc.integer({ min: 0, max: 9 }),
  byzantine: fc.constantFrom(undefined, 'equivocate', 'double-vote', 'invalid-block', 'withhold', 'replay'),
  checkpointsMs: fc.uniqueArray(fc.integer({ min: 100, max: 12_000 }), { minLength: 1, maxLength: 5 }).map((points) => points.sort((a, b) => a - b)),
  restarts: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
});

/** The first difference between each live core and a core recovered from its log ('' = none). */
function divergence(net: ScriptedNet, make: (id: string) => TendermintCore): string {
  for (const [id, live] of net.cores) {
    const recovered = make(id);
    // Through the log's bytes, as a restarted validator reads it.
    recovered.restore(
      net.persisted(id).map((record) => {
        const decoded = decodeMessage('ValidatorWalRecord', encodeMessage('ValidatorWalRecord', record));
        if (!decoded.ok) throw new Error(`${id}: a persisted record does not decode: ${decoded.error.message}`);
        return decoded.value;
      }),
    );
    const want = live.durableFacts();
    const got = recovered.durableFacts();
    for (const key of Object.keys(want) as Array<keyof typeof want>) {
      if (key === 'lock' && live.step === 'commit') continue; // the live core still holds the decided height's lock; the recovered one is past it
      if (JSON.stringify(want[key]) !== JSON.stringify(got[key])) return `${id} at ${net.nowUs / MS} ms: ${key} live ${JSON.stringify(want[key])} recovered ${JSON.stringify(got[key])}`;
    }
    if (recovered.height !== live.committedHeight + 1) return `${id}: recovered at height ${recovered.height}, live committed ${live.committedHeight}`;
    // It resumes in the highest round it voted in; the live core may have moved on without voting yet.
    if (recovered.height === live.height && recovered.round > live.round) return `${id}: recovered in round ${recovered.round}, live in ${live.round}`;
  }
  return '';
}

function run(schedule: Schedule, variant?: ConsensusVariant): string {
  const make = (id: string) => makeCore(id, { ...(variant ? { variant } : {}), ...(schedule.byzantine && id === 'validator-4' ? { byzantine: schedule.byzantine } : {}) });
  const net = new ScriptedNet(IDS, make);
  let message = 0;
  net.extraDelayUs = () => {
    const i = message++;
    if (schedule.lossEvery > 0 && i % schedule.lossEvery === 0) return 1e12; // lost
    return (schedule.delaysMs[i % schedule.delaysMs.length] ?? 0) * MS;
  };
  net.start();
  for (const [i, atMs] of schedule.checkpointsMs.entries()) {
    net.runUntil(atMs * MS);
    const problem = divergence(net, make);
    if (problem) return problem;
    const restart = schedule.restarts[i];
    if (restart !== undefined) net.restart(IDS[restart]!, make);
  }
  return divergence(net, make);
}

describe('recovery replays the write-ahead log through the live evolve', () => {
  it('a core recovered from its log holds what the live core held, over random schedules with crash-restarts', () => {
    fc.assert(
      fc.property(schedules, (schedule) => {
        expect(run(schedule)).toBe('');
      }),
      { numRuns: 25, seed: 14 },
    );
  });

  it('commits and locks happen on the schedules drawn (the property is not vacuous)', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.start();
    net.runUntil(5_000 * MS);
    const facts = net.core('validator-1').durableFacts();
    expect(facts.chain.length).toBeGreaterThan(1);
    // Signed steps below the last committed height are pruned: the log holds every vote signed, the facts the last heights'.
    expect(net.persisted('validator-1').filter((record) => record.signedVote).length).toBeGreaterThan(4);
    expect(facts.signed.length).toBeGreaterThan(0);
    expect(net.persisted('validator-1').some((record) => record.lock)).toBe(true);
  });

  it('catches a planted divergence by name: no-persist-before-vote signs votes its log never sees', () => {
    const problem = run({ delaysMs: [0], lossEvery: 0, byzantine: undefined, checkpointsMs: [2_000], restarts: [] }, 'no-persist-before-vote');
    expect(problem).toMatch(/^validator-1 at 2000 ms: signed live/);
  });
});
