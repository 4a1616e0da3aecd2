/**
 * deliverFromLog (ValidatorConfig; the live validator service sets it): a validator also reads its
 * peers' proposal and vote records from their durable logs as the broker delivers them once stored
 * (Host.subscribeStoredLog), each becoming the input its envelope would. Rules:
 * - it subscribes to every other validator's stored log, except a peer the configuration makes
 *   Byzantine, and only with the option and a host that has stored log delivery;
 * - a proposal record is a proposal from that peer (this validator prevotes for it), vote records
 *   count toward quorums (two peers' prevotes and its own: it precommits);
 * - lock and commit records, and versioned entries, are skipped (no input); an undecodable vote or
 *   proposal entry is a rejection.
 */
import { describe, expect, it } from 'vitest';
import { createRng, type Host, type Subscription } from '@faultline/runtime';
import { encodeMessage, type EnvelopeBody, type faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { ValidatorActor } from '../src/validator/validator-actor.ts';
import { decide, initialValidatorState, type ValidatorConfig, type ValidatorState } from '../src/validator/validator-core.ts';
import { storedLogPeers } from '../src/validator/mod.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const TIMEOUTS = { proposeUs: 1_000_000, proposeDeltaUs: 0, prevoteUs: 1_000_000, prevoteDeltaUs: 0, precommitUs: 1_000_000, precommitDeltaUs: 0, commitUs: 10_000 };
const base: ValidatorConfig = { validatorIds: IDS, keySeed: 5, timeouts: TIMEOUTS };

/** A host that records what the actor does; `stored` holds the stored-log handlers it subscribed (absent with `noStoredLog`). */
class FakeHost implements Host {
  readonly runId = 'r';
  readonly rng = createRng(1);
  readonly logger = { debug() {}, info() {}, warn() {}, error() {} };
  readonly published: Array<{ subject: string; body: EnvelopeBody }> = [];
  readonly appended: faultline.v1.IValidatorWalRecord[] = [];
  readonly stored = new Map<string, (entry: Uint8Array) => void>();
  readonly log = {
    append: () => {},
    appendRecord: <R>(record: R) => {
      this.appended.push(record as faultline.v1.IValidatorWalRecord);
    },
    snapshot: () => {},
    recover: () => ({ snapshot: undefined, entries: [] }),
  };
  private timerId = 1;
  subscribeStoredLog?: (actorId: string, handler: (entry: Uint8Array) => void) => Subscription;

  constructor(
    readonly actorId: string,
    storedLog = true,
  ) {
    if (storedLog) {
      this.subscribeStoredLog = (actorId, handler) => {
        this.stored.set(actorId, handler);
        return { unsubscribe: () => this.stored.delete(actorId) };
      };
    }
  }
  now(): number {
    return 0;
  }
  publish(subject: string, body: EnvelopeBody): void {
    this.published.push({ subject, body });
  }
  subscribe(): Subscription {
    return { unsubscribe() {} };
  }
  setTimer(): number {
    return this.timerId++;
  }
  cancelTimer(): void {}
}

function startedActor(config: ValidatorConfig, id: string, storedLog = true): { actor: ValidatorActor; host: FakeHost } {
  const host = new FakeHost(id, storedLog);
  const actor = new ValidatorActor(host, config);
  actor.start();
  return { actor, host };
}

/** The write-ahead entries a validator's pure core persists for `input`, encoded as its log holds them. */
function persisted(state: ValidatorState, input: Parameters<typeof decide>[1]): Uint8Array[] {
  const { effects } = decide(state, input, 0);
  return effects.flatMap((e: CoreEffect) => (e.kind === 'persist-record' ? [e.encode(e.record as never)] : []));
}

const proposer = (): string => initialValidatorState(base, 'validator-1').consensus.validators.proposer(1, 0);

/** The proposer's proposal record of height 1, and its proposal. */
function proposalEntry(config: ValidatorConfig): { entry: Uint8Array; proposal: faultline.v1.IProposal } {
  const state = initialValidatorState(config, proposer());
  const entries = persisted(state, { kind: 'start' });
  const entry = entries.find((e) => e[0] === 0x1a);
  if (!entry) throw new Error('no proposal record');
  const proposal = state.consensus.ownMessagesOfCurrentHeight().proposals[0];
  if (!proposal) throw new Error('no proposal');
  return { entry, proposal };
}

/** `voter`'s prevote record for the proposal (its core hears the proposal and prevotes). */
function prevoteEntry(config: ValidatorConfig, voter: string, proposal: faultline.v1.IProposal): Uint8Array {
  const state = initialValidatorState(config, voter);
  persisted(state, { kind: 'start' });
  const entry = persisted(state, { kind: 'proposal', proposal, from: proposer() }).find((e) => e[0] === 0x12);
  if (!entry) throw new Error('no prevote record');
  return entry;
}

const signedVotes = (host: FakeHost) => host.appended.flatMap((r) => (r.signedVote ? [r.signedVote] : []));

describe('a validator that takes its peers proposals and votes from their stored logs', () => {
  it('subscribes to every other validator, except the Byzantine ones, only with the option and a host that delivers stored logs', () => {
    const on = { ...base, deliverFromLog: true };
    expect([...startedActor(on, 'validator-2').host.stored.keys()].sort()).toEqual(['validator-1', 'validator-3', 'validator-4']);
    expect([...startedActor({ ...on, byzantine: { 'validator-3': 'withhold' } }, 'validator-2').host.stored.keys()].sort()).toEqual(['validator-1', 'validator-4']);
    expect(storedLogPeers({ ...on, byzantine: { 'validator-3': 'withhold' } }, 'validator-2')).toEqual(['validator-1', 'validator-4']);
    expect(startedActor(base, 'validator-2').host.stored.size).toBe(0);
    expect(startedActor({ ...base, deliverFromLog: false }, 'validator-2').host.stored.size).toBe(0);
    expect(() => startedActor(on, 'validator-2', false)).not.toThrow();
  });

  it("takes a proposal record as the proposer's proposal: it prevotes for its block", () => {
    const config = { ...base, deliverFromLog: true };
    const { entry, proposal } = proposalEntry(config);
    const id = IDS.find((v) => v !== proposer()) as string;
    const { host } = startedActor(config, id);
    expect(signedVotes(host)).toEqual([]);
    host.stored.get(proposer())?.(entry);
    const votes = signedVotes(host);
    expect(votes).toHaveLength(1);
    expect(Buffer.from(votes[0]?.blockHash ?? []).equals(Buffer.from(proposal.blockHash ?? []))).toBe(true);
  });

  it('counts vote records toward a quorum: two peers prevotes and its own make it precommit', () => {
    const config = { ...base, deliverFromLog: true };
    const { entry, proposal } = proposalEntry(config);
    const others = IDS.filter((v) => v !== proposer());
    const [id, a, b] = others as [string, string, string];
    const { host } = startedActor(config, id);
    host.stored.get(proposer())?.(entry);
    host.stored.get(a)?.(prevoteEntry(config, a, proposal));
    expect(signedVotes(host)).toHaveLength(1); // its prevote: two of three prevotes
    host.stored.get(b)?.(prevoteEntry(config, b, proposal));
    const votes = signedVotes(host);
    expect(votes).toHaveLength(2);
    expect(votes[1]?.type).not.toBe(votes[0]?.type); // the precommit
  });

  it('skips lock and commit records and versioned entries, and rejects an undecodable vote entry', () => {
    const config = { ...base, deliverFromLog: true };
    const { entry } = proposalEntry(config);
    const id = IDS.find((v) => v !== proposer()) as string;
    const { actor, host } = startedActor(config, id);
    const handler = host.stored.get(proposer()) as (entry: Uint8Array) => void;
    const before = { published: host.published.length, appended: host.appended.length };
    // The proposal's bytes under another record's tag: a lock (0x22), a commit (0x0a), a versioned entry (0x00).
    for (const tag of [0x22, 0x0a, 0x00]) handler(Uint8Array.from([tag, ...entry.subarray(1)]));
    expect({ published: host.published.length, appended: host.appended.length }).toEqual(before);
    expect(actor.counters.rejectedMessages).toBe(0);
    handler(Uint8Array.from([0x12, 0xff, 0xff]));
    expect(actor.counters.rejectedMessages).toBe(1);
    expect([...actor.counters.rejectReasons.keys()].every((reason) => reason.startsWith(`undecodable log entry of ${proposer()}: `) && reason.length > `undecodable log entry of ${proposer()}: `.length)).toBe(true);
    expect(signedVotes(host)).toEqual([]);
  });

  it("reads a batch entry's records in order (walBatch): a peer's held commit record and its prevote count the prevote; a batch that does not split is a rejection", () => {
    const config = { ...base, deliverFromLog: true };
    const { entry, proposal } = proposalEntry(config);
    const others = IDS.filter((v) => v !== proposer());
    const [id, a, b] = others as [string, string, string];
    const { actor, host } = startedActor(config, id);
    const commit = encodeMessage('ValidatorWalRecord', { committed: { block: { header: { height: 0 } } } });
    const varint = (n: number): number[] => (n < 128 ? [n] : [(n & 127) | 128, ...varint(n >>> 7)]);
    const batch = (...entries: Uint8Array[]) => Uint8Array.from([0x00, 0x02, ...entries.flatMap((e) => [...varint(e.length), ...e])]);
    host.stored.get(proposer())?.(batch(commit, entry));
    expect(signedVotes(host)).toHaveLength(1); // its prevote for the proposal inside the batch
    host.stored.get(a)?.(batch(commit, prevoteEntry(config, a, proposal)));
    host.stored.get(b)?.(batch(prevoteEntry(config, b, proposal), commit));
    expect(signedVotes(host)).toHaveLength(2); // the precommit
    // A stored vote is a broadcast one: never relayed as a vote sent to this validator alone would be.
    expect(host.published.filter((p) => 'vote' in p.body && (p.body as { vote: faultline.v1.IVote }).vote.validatorId !== id)).toEqual([]);
    expect(actor.counters.rejectedMessages).toBe(0);
    host.stored.get(a)?.(Uint8Array.from([0x00, 0x02, 0x09, 0x12]));
    expect(actor.counters.rejectedMessages).toBe(1);
    expect([...actor.counters.rejectReasons.keys()]).toEqual([`undecodable log entry of ${a}: a batch that does not split`]);
  });
});
