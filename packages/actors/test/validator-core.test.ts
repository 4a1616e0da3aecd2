/**
 * The validator's pure core stepped without a host: inputs in, effects out, time as an argument.
 * A small network of four cores here plays the host's part (publishes delivered to the others,
 * set-timer effects fired as timer inputs) in virtual time.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage, pb, signBytes, type faultline, type Signer } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, recover, relayIndexOf, STATUS_TIMER, SYNC_GRACE_TIMER, timeoutTimer, type ValidatorConfig, type ValidatorInput, type ValidatorState } from '../src/validator/validator-core.ts';
import { decodeWalEntries, WAL_ENTRY_MARK } from '../src/validator/wal-encode.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const config: ValidatorConfig = { validatorIds: IDS, keySeed: 5 };

const published = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' ? [e] : []));
const timersSet = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'set-timer' ? [e.timer] : []));

/** Four cores; publishes reach the subscribers 10 ms later, timers fire at their time. `drop` loses chosen messages. */
class Net {
  nowUs = 0;
  readonly states = new Map<string, ValidatorState>();
  readonly persisted = new Map<string, Uint8Array[]>();
  private queue: Array<{ atUs: number; seq: number; to: string; input: ValidatorInput }> = [];
  private seq = 0;
  drop: (from: string, to: string, body: object) => boolean = () => false;

  constructor(ids: readonly string[] = IDS, cfg: ValidatorConfig = config) {
    for (const id of ids) {
      this.states.set(id, initialValidatorState(cfg, id));
      this.persisted.set(id, []);
    }
  }

  start(): void {
    for (const id of this.states.keys()) this.step(id, { kind: 'start' });
  }

  step(id: string, input: ValidatorInput): CoreEffect[] {
    const { effects } = decide(this.states.get(id)!, input, this.nowUs);
    for (const effect of effects) {
      // Encoded at once, as a live host does (the simulator encodes a record when a restart reads it).
      if (effect.kind === 'persist-record') this.persisted.get(id)!.push(effect.encode(effect.record as never));
      if (effect.kind === 'set-timer') this.push(this.nowUs + effect.delayUs, id, { kind: 'timer', timer: effect.timer });
      // A host forgets a cancelled timer (the validator cancels a height's timeouts when the next starts).
      if (effect.kind === 'cancel-timer') this.queue = this.queue.filter((queued) => !(queued.to === id && queued.input.kind === 'timer' && queued.input.timer === effect.timer));
      if (effect.kind === 'publish') this.deliver(id, effect.subject, effect.body);
    }
    return effects;
  }

  private deliver(from: string, subject: string, body: faultline.v1.IEnvelope): void {
    const [kind, target] = subject.split('.');
    const to = kind === 'consensus' || kind === 'block' ? [...this.states.keys()].filter((id) => id !== from) : [target!];
    for (const id of to) {
      if (!this.states.has(id) || this.drop(from, id, body) || kind === 'block') continue;
      const direct = kind === 'direct';
      let input: ValidatorInput | undefined;
      if (body.proposal) input = { kind: 'proposal', proposal: body.proposal, from };
      else if (body.vote) input = { kind: 'vote', vote: body.vote, from, direct };
      else if (body.status) input = { kind: 'status', from, committedHeight: Number(body.status.height) };
      else if (body.blockRequest) input = { kind: 'block-request', request: { requesterId: body.blockRequest.requesterId ?? '', fromHeight: Number(body.blockRequest.fromHeight), maxCount: body.blockRequest.maxCount ?? 0 } };
      else if (body.blockResponse) input = { kind: 'blocks', blocks: body.blockResponse.blocks ?? [], from };
      if (input) this.push(this.nowUs + 10_000, id, input);
    }
  }

  private push(atUs: number, to: string, input: ValidatorInput): void {
    this.queue.push({ atUs, seq: this.seq++, to, input });
  }

  runUntil(untilUs: number): void {
    for (;;) {
      this.queue.sort((a, b) => a.atUs - b.atUs || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.atUs > untilUs) break;
      this.queue.shift();
      this.nowUs = next.atUs;
      this.step(next.to, next.input);
    }
    this.nowUs = untilUs;
  }

  heights(): number[] {
    return [...this.states.values()].map((state) => state.consensus.committedHeight);
  }
}

describe('validator core', () => {
  it('start: the proposer persists its proposal before publishing it, arms its propose timeout and the status timer', () => {
    const state = initialValidatorState(config, 'validator-2'); // proposer of height 1, round 0
    const { effects } = decide(state, { kind: 'start' }, 0);
    const kinds = effects.map((e) => (e.kind === 'publish' ? `publish ${e.subject} ${Object.keys(e.body)[0]}` : e.kind === 'set-timer' ? `set-timer ${e.timer}` : e.kind));
    expect(kinds.indexOf('persist-record')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('persist-record')).toBeLessThan(kinds.indexOf('publish consensus.validator-2 proposal'));
    expect(timersSet(effects)).toEqual([timeoutTimer('propose', 1, 0), STATUS_TIMER]);
    expect(effects).toContainEqual({ kind: 'set-timer', timer: timeoutTimer('propose', 1, 0), delayUs: 3_000_000 });
    expect(published(effects).map((p) => Object.keys(p.body)[0])).toContain('status');
  });

  it('four cores commit blocks with no host: timers are set-timer effects fed back as timer inputs', () => {
    const net = new Net();
    net.start();
    net.runUntil(10_000_000);
    const heights = net.heights();
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(3);
    const hashes = [...net.states.values()].map((s) => s.consensus.chain.map((c) => Buffer.from(c.certificate?.blockHash ?? []).toString('hex')));
    for (const chain of hashes) expect(chain.slice(0, 3)).toEqual(hashes[0]!.slice(0, 3));
  });

  it('a silent proposer: the propose timeout fires as a timer input, the others prevote nil and move to round 1', () => {
    const net = new Net();
    net.drop = (from, _to, body) => from === 'validator-2' && 'proposal' in body; // height 1's proposer of round 0 is never heard
    net.start();
    net.runUntil(2_900_000);
    expect(net.states.get('validator-1')!.consensus.round).toBe(0);
    net.runUntil(10_000_000);
    expect(Math.min(...net.heights())).toBeGreaterThanOrEqual(1);
    const first = net.states.get('validator-1')!.consensus.chain[0]!;
    expect(first.certificate?.round).toBe(1);
  });

  it('a timeout the consensus has moved past fires and changes nothing; an unknown timer is an error', () => {
    const net = new Net();
    net.start();
    net.runUntil(5_000_000); // height 1 committed long before its round-0 propose timeout would matter
    const state = net.states.get('validator-1')!;
    const timer = timeoutTimer('propose', 1, 0);
    state.timeouts.set(timer, { step: 'propose', height: 1, round: 0 });
    const { effects } = decide(state, { kind: 'timer', timer }, net.nowUs);
    expect(effects).toEqual([]);
    expect(state.timeouts.has(timer)).toBe(false);
    expect(() => decide(state, { kind: 'timer', timer: 'nonsense' }, net.nowUs)).toThrow(/validator-1: unknown timer nonsense/);
  });

  it('a new height cancels the timeouts armed at earlier ones (they could only be ignored); the current height\'s stay armed', () => {
    const net = new Net();
    const cancelled: string[] = [];
    const step = net.step.bind(net);
    net.step = (id, input) => {
      const effects = step(id, input);
      for (const effect of effects) if (effect.kind === 'cancel-timer' && id === 'validator-1') cancelled.push(effect.timer);
      return effects;
    };
    net.start();
    net.runUntil(10_000_000);
    const state = net.states.get('validator-1')!;
    expect(state.consensus.committedHeight).toBeGreaterThanOrEqual(3);
    expect([...state.timeouts.values()].filter((timeout) => timeout.height < state.consensus.height)).toEqual([]);
    expect([...state.timeouts.values()].some((timeout) => timeout.height === state.consensus.height)).toBe(true);
    expect(cancelled).toContain(timeoutTimer('propose', 1, 0));
    expect(cancelled.every((timer) => Number(timer.split('/')[2]) < state.consensus.height)).toBe(true);
  });

  it('a vote sent to it alone is relayed to everyone; one from the consensus subject is not', () => {
    const net = new Net();
    net.start();
    net.runUntil(1_000_000);
    const vote = net.states.get('validator-3')!.consensus.ownMessagesOfCurrentHeight().votes[0]!;
    const fresh = initialValidatorState(config, 'validator-1');
    decide(fresh, { kind: 'start' }, 0);
    const direct = published(decide(fresh, { kind: 'vote', vote, from: 'validator-3', direct: true }, 1_000).effects);
    expect(direct.at(-1)).toEqual({ kind: 'publish', subject: 'consensus.validator-1', body: { vote } });
    const broadcast = published(decide(fresh, { kind: 'vote', vote, from: 'validator-3', direct: false }, 2_000).effects);
    expect(broadcast.filter((p) => 'vote' in p.body && p.body.vote === vote)).toEqual([]);
  });

  it('block sync: a peer ahead is asked once per interval; a request is answered only to a well-formed id', () => {
    const net = new Net();
    net.start();
    net.runUntil(6_000_000);
    const ahead = net.states.get('validator-2')!;
    const behind = initialValidatorState(config, 'validator-1');
    decide(behind, { kind: 'start' }, 0);
    const ask = (nowUs: number) => published(decide(behind, { kind: 'status', from: 'validator-2', committedHeight: ahead.consensus.committedHeight }, nowUs).effects);
    expect(ask(100_000)).toEqual([{ kind: 'publish', subject: 'sync.validator-2', body: { blockRequest: { requesterId: 'validator-1', fromHeight: 1, maxCount: expect.any(Number) } } }]);
    expect(ask(300_000)).toEqual([]); // within the 500 ms interval
    expect(ask(600_000)).toHaveLength(1); // exactly one interval after the first
    expect(behind.counters.syncRequests).toBe(2);
    const answer = (requesterId: string) => published(decide(ahead, { kind: 'block-request', request: { requesterId, fromHeight: 1, maxCount: 2 } }, 0).effects);
    expect(answer('validator-1')).toEqual([{ kind: 'publish', subject: 'sync.validator-1', body: { blockResponse: { blocks: ahead.consensus.chain.slice(0, 2), responderHeight: ahead.consensus.committedHeight } } }]);
    expect(answer('x.>')).toEqual([]);
    // A request for heights it has not committed is not answered (an empty response would only cost the wire).
    const beyond = decide(ahead, { kind: 'block-request', request: { requesterId: 'validator-1', fromHeight: ahead.consensus.committedHeight + 1, maxCount: 2 } }, 0).effects;
    expect(published(beyond)).toEqual([]);
    const response = answer('validator-1')[0]!.body as faultline.v1.IEnvelope;
    const blocks = response.blockResponse?.blocks ?? [];
    decide(behind, { kind: 'blocks', blocks, from: 'validator-2' }, 800_000);
    expect(behind.consensus.committedHeight).toBe(2);
  });

  it('block sync: a claim of the height after ours waits a commit wait and asks only if still behind; two ahead asks at once', () => {
    const net = new Net();
    net.start();
    net.runUntil(6_000_000);
    const chain = net.states.get('validator-2')!.consensus.chain;
    expect(chain.length).toBeGreaterThanOrEqual(6);
    const behind = initialValidatorState(config, 'validator-1');
    decide(behind, { kind: 'start' }, 0);
    decide(behind, { kind: 'blocks', blocks: chain.slice(0, 2), from: 'validator-2' }, 1_000);
    expect(behind.consensus.committedHeight).toBe(2);
    const status = (committedHeight: number, nowUs: number) => decide(behind, { kind: 'status', from: 'validator-2', committedHeight }, nowUs).effects;
    const grace = (nowUs: number) => decide(behind, { kind: 'timer', timer: SYNC_GRACE_TIMER }, nowUs).effects;
    // One ahead: no request, a timer of one commit wait (no timeouts configured: CometBFT's 1 s).
    expect(status(3, 10_000)).toEqual([{ kind: 'set-timer', timer: SYNC_GRACE_TIMER, delayUs: 1_000_000 }]);
    expect(status(3, 20_000)).toEqual([]); // the first claim's timer is running
    // Height 3 arrives meanwhile (its precommits, here a synced block): the timer asks nobody.
    decide(behind, { kind: 'blocks', blocks: chain.slice(2, 3), from: 'validator-3' }, 30_000);
    expect(published(grace(1_010_000))).toEqual([]);
    expect(behind.counters.syncRequests).toBe(0);
    // Still behind when it fires: the claimant is asked for the next height.
    expect(timersSet(status(4, 2_000_000))).toEqual([SYNC_GRACE_TIMER]);
    expect(published(grace(3_000_000))).toEqual([{ kind: 'publish', subject: 'sync.validator-2', body: { blockRequest: { requesterId: 'validator-1', fromHeight: 4, maxCount: expect.any(Number) } } }]);
    expect(behind.counters.syncRequests).toBe(1);
    // A waiting claim we have reached since is replaced, its timer set anew.
    expect(timersSet(status(4, 4_000_000))).toEqual([SYNC_GRACE_TIMER]);
    decide(behind, { kind: 'blocks', blocks: chain.slice(3, 4), from: 'validator-3' }, 4_100_000);
    expect(timersSet(status(5, 4_200_000))).toEqual([SYNC_GRACE_TIMER]);
    // Two ahead: asked at once, no timer.
    const far = status(6, 4_300_000);
    expect(timersSet(far)).toEqual([]);
    expect(published(far)).toEqual([{ kind: 'publish', subject: 'sync.validator-2', body: { blockRequest: { requesterId: 'validator-1', fromHeight: 5, maxCount: expect.any(Number) } } }]);
    expect(behind.counters.syncRequests).toBe(2);
  });

  it('chainBlocksKept: the newest blocks stay decoded; a request below them is answered from the archive, a fresh validator syncs it, and recovery rebuilds the same facts', () => {
    const fast = { proposeUs: 100_000, proposeDeltaUs: 50_000, prevoteUs: 100_000, prevoteDeltaUs: 50_000, precommitUs: 100_000, precommitDeltaUs: 50_000, commitUs: 20_000 };
    const kept: ValidatorConfig = { ...config, timeouts: fast, chainBlocksKept: 2 };
    const net = new Net(IDS, kept);
    net.start();
    net.runUntil(2_000_000);
    const ahead = net.states.get('validator-2')!;
    expect(ahead.consensus.committedHeight).toBeGreaterThan(10);
    for (const state of net.states.values()) expect(state.consensus.chain).toHaveLength(2);
    expect(ahead.consensus.archivedChainBytes).toBeGreaterThan(0);
    const answer = published(decide(ahead, { kind: 'block-request', request: { requesterId: 'validator-1', fromHeight: 1, maxCount: 50 } }, net.nowUs).effects);
    const blocks = (answer[0]?.body as faultline.v1.IEnvelope).blockResponse?.blocks ?? [];
    expect(blocks.map((b) => Number(b.block?.header?.height))).toEqual(Array.from({ length: ahead.consensus.committedHeight }, (_, i) => i + 1));
    const behind = initialValidatorState(kept, 'validator-1');
    decide(behind, { kind: 'start' }, 0);
    decide(behind, { kind: 'blocks', blocks, from: 'validator-2' }, net.nowUs);
    expect(behind.consensus.committedHeight).toBe(ahead.consensus.committedHeight);
    expect(behind.consensus.durableFacts().chain).toEqual(ahead.consensus.durableFacts().chain);
    const restarted = recover(initialValidatorState(kept, 'validator-3'), { entries: net.persisted.get('validator-3')! });
    const live = net.states.get('validator-3')!.consensus;
    expect(restarted.consensus.durableFacts().chain).toEqual(live.durableFacts().chain);
    expect(restarted.consensus.chain).toHaveLength(2);
  });

  it('initialValidatorState hands the consensus core its own byzantine behaviour, the planted variant and the host\'s signer', () => {
    const proposer = initialValidatorState(config, 'validator-1').consensus.validators.proposer(1, 0);
    const proposalsAtStart = (cfg: ValidatorConfig) => published(decide(initialValidatorState(cfg, proposer), { kind: 'start' }, 0).effects).filter((e) => 'proposal' in e.body);
    expect(proposalsAtStart(config).length).toBeGreaterThan(0);
    // Withholding is the validator's own behaviour only: another's entry changes nothing for it.
    expect(proposalsAtStart({ ...config, byzantine: { [proposer]: 'withhold' } })).toEqual([]);
    expect(proposalsAtStart({ ...config, byzantine: { [IDS.find((id) => id !== proposer)!]: 'withhold' } })).toEqual(proposalsAtStart(config));
    // quorum-2f: validator-1 and validator-2 hear only each other. Prevotes for the block from both: the planted variant
    // (2f = 2 of 4) precommits it, honest validator-1 (2f + 1 = 3) does not.
    const net = new Net();
    net.states.set('validator-2', initialValidatorState(config, 'validator-2', { variant: 'quorum-2f' }));
    const precommittedBlock = new Set<string>();
    net.drop = (from, to, body: faultline.v1.IEnvelope) => {
      if (body.vote?.type === pb.VoteType.VOTE_TYPE_PRECOMMIT && (body.vote.blockHash?.length ?? 0) > 0) precommittedBlock.add(from);
      return [from, to].some((id) => id === 'validator-3' || id === 'validator-4');
    };
    net.start();
    net.runUntil(2_000_000);
    expect([...precommittedBlock]).toEqual(['validator-2']);
    // The host's signer makes the proposer's signatures at start: its proposal's and its prevote's.
    const signed: Uint8Array[] = [];
    const signer: Signer = (key, bytes) => {
      signed.push(bytes);
      const signature = signBytes(key, bytes);
      return () => signature;
    };
    const started = decide(initialValidatorState(config, proposer, {}, signer), { kind: 'start' }, 0).effects;
    expect(published(started).filter((e) => 'proposal' in e.body).length).toBeGreaterThan(0);
    expect(signed).toHaveLength(2);
  });

  it('duplicate-vote evidence: an honest validator counts each it finds and logs its offender and height', () => {
    const net = new Net(IDS, { ...config, byzantine: { 'validator-3': 'double-vote' } });
    const logged: CoreEffect[] = [];
    const step = net.step.bind(net);
    net.step = (id, input) => {
      const effects = step(id, input);
      if (id === 'validator-1') logged.push(...effects.filter((e) => e.kind === 'log' && e.message === 'duplicate-vote evidence'));
      return effects;
    };
    net.start();
    net.runUntil(6_000_000);
    const honest = net.states.get('validator-1')!;
    expect(honest.counters.evidenceReported).toBeGreaterThan(0);
    expect(logged).toHaveLength(honest.counters.evidenceReported);
    for (const line of logged) expect(line).toEqual({ kind: 'log', level: 'info', message: 'duplicate-vote evidence', fields: { validator: 'validator-3', height: expect.any(Number) } });
  });

  it('relayIndexOf is FNV-1a (32-bit) of the bytes, its high bits scaled to n', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    // The published FNV-1a test vectors, read whole with n = 2^32.
    expect(relayIndexOf(bytes(''), 2 ** 32)).toBe(0x811c9dc5);
    expect(relayIndexOf(bytes('a'), 2 ** 32)).toBe(0xe40c292c);
    expect(relayIndexOf(bytes('foobar'), 2 ** 32)).toBe(0xbf9cf968);
    expect(relayIndexOf(bytes('foobar'), 4)).toBe(0xbf9cf968 >>> 30);
  });

  it('the status timer: the validator announces its id, claimed height and round, then its own messages of the height, and re-arms', () => {
    const net = new Net();
    net.start();
    net.runUntil(5_000_000);
    const state = net.states.get('validator-1')!;
    expect(state.consensus.claimedHeight).toBeGreaterThan(0);
    const effects = decide(state, { kind: 'timer', timer: STATUS_TIMER }, net.nowUs).effects;
    expect(published(effects)[0]).toEqual({ kind: 'publish', subject: 'consensus.validator-1', body: { status: { validatorId: 'validator-1', height: state.consensus.claimedHeight, round: state.consensus.round } } });
    expect(timersSet(effects)).toEqual([STATUS_TIMER]);
  });

  it('an equivocating proposer sends its two proposals on the peers\' direct subjects, each to half of them', () => {
    const proposer = initialValidatorState(config, 'validator-1').consensus.validators.proposer(1, 0);
    const state = initialValidatorState({ ...config, byzantine: { [proposer]: 'equivocate' } }, proposer);
    // (Its status announcement repeats its own messages of the height on its consensus subject: only the direct sends here.)
    const proposals = published(decide(state, { kind: 'start' }, 0).effects).filter((e) => 'proposal' in e.body && e.subject.startsWith('direct.'));
    const peers = IDS.filter((id) => id !== proposer);
    expect(proposals.map((p) => p.subject).sort()).toEqual(peers.map((id) => `direct.${id}`));
    const hashes = new Set(proposals.map((p) => Buffer.from(((p.body as faultline.v1.IEnvelope).proposal as faultline.v1.IProposal).blockHash ?? []).toString('hex')));
    expect(hashes.size).toBe(2);
  });

  it('an input of a kind the core does not know is a programming error: it throws, naming the input', () => {
    const state = initialValidatorState(config, 'validator-1');
    expect(() => decide(state, { kind: 'no-such-input' } as unknown as ValidatorInput, 0)).toThrow('validator: unknown input {"kind":"no-such-input"}');
  });

  it('an effect of a kind the validator does not know, from its consensus core, is a programming error: it throws, naming the effect', () => {
    const state = initialValidatorState(config, 'validator-1');
    // A core that answers start with an effect no validator handles (the consensus core's effects are a closed union: only a stand-in can).
    Object.defineProperty(state.consensus, 'start', { value: () => [{ kind: 'no-such-effect' }] });
    expect(() => decide(state, { kind: 'start' }, 0)).toThrow('validator: unhandled consensus effect {"kind":"no-such-effect"}');
  });

  it('an unexpected message is counted as a rejection by reason', () => {
    const state = initialValidatorState(config, 'validator-1');
    const { effects } = decide(state, { kind: 'unexpected', reason: 'unexpected blockExecuted on a consensus subject' }, 0);
    expect(effects).toEqual([{ kind: 'log', level: 'debug', message: 'rejected', fields: { reason: 'unexpected blockExecuted on a consensus subject' } }]);
    expect(state.counters.rejectedMessages).toBe(1);
    expect([...state.counters.rejectReasons]).toEqual([['unexpected blockExecuted on a consensus subject', 1]]);
  });

  it('rejections are tallied by reason, at most 100 distinct reasons: a new reason past them counts as "other", a known one still counts as itself', () => {
    const state = initialValidatorState(config, 'validator-1');
    const reject = (reason: string) => decide(state, { kind: 'unexpected', reason }, 0);
    for (let i = 0; i < 100; i++) reject(`reason ${i}`);
    reject('reason 7');
    expect(state.counters.rejectReasons.size).toBe(100);
    expect(state.counters.rejectReasons.get('reason 7')).toBe(2);
    reject('reason 100');
    reject('reason 101');
    reject('reason 99');
    expect(state.counters.rejectReasons.get('other')).toBe(2);
    expect(state.counters.rejectReasons.has('reason 100')).toBe(false);
    expect(state.counters.rejectReasons.get('reason 99')).toBe(2);
    expect(state.counters.rejectedMessages).toBe(104);
  });

  it('recovery: the persisted log, read back through protobuf, rebuilds what the live core held; a corrupt record is an error naming the validator', () => {
    const net = new Net();
    net.start();
    net.runUntil(4_000_000);
    const before = net.states.get('validator-3')!;
    const restarted = recover(initialValidatorState(config, 'validator-3'), { entries: net.persisted.get('validator-3')! });
    expect(restarted.consensus.committedHeight).toBe(before.consensus.committedHeight);
    const hashes = (state: ValidatorState) => state.consensus.chain.map((c) => Buffer.from(c.certificate?.blockHash ?? []).toString('hex'));
    expect(hashes(restarted)).toEqual(hashes(before));
    // Every entry reads back (bare records, and version-1 lock entries: wal-versions.rules.unit.test.ts).
    const entries = net.persisted.get('validator-3')!;
    expect(decodeWalEntries(entries, 'validator validator-3')).toHaveLength(entries.length);
    expect(entries.every((bytes) => decodeMessage('ValidatorWalRecord', bytes).ok || bytes[0] === WAL_ENTRY_MARK)).toBe(true);
    for (const [id, live] of net.states) {
      const recovered = recover(initialValidatorState(config, id), { entries: net.persisted.get(id)! });
      const facts = live.consensus.durableFacts();
      // Read back through protobuf bytes and the same evolve: what the live core held (the lock only outside the commit wait).
      expect(recovered.consensus.durableFacts()).toEqual(live.consensus.step === 'commit' ? { ...facts, lock: recovered.consensus.durableFacts().lock } : facts);
    }
    const corrupt = [new Uint8Array([0xff, 0xff, 0xff]), ...net.persisted.get('validator-3')!];
    expect(() => recover(initialValidatorState(config, 'validator-3'), { entries: corrupt })).toThrow(/validator validator-3: corrupt log record 0/);
  });
});
