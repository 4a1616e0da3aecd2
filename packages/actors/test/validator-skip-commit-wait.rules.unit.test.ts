/**
 * skipCommitWait (ValidatorConfig; the live validator service sets it): the commit wait ends as
 * soon as every validator's precommit for the committed block is in — those in its certificate
 * and those that arrive after it — as CometBFT's skip_timeout_commit does; a precommit for another
 * block, round or height, or of a validator outside the set, does not count. Without the option
 * (the simulator's validators) the wait runs its full commitUs.
 */
import { describe, expect, it } from 'vitest';
import { pb, type faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, timeoutTimer, type ValidatorConfig, type ValidatorInput, type ValidatorState } from '../src/validator/validator-core.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const COMMIT_US = 10_000;
const base: ValidatorConfig = { validatorIds: IDS, keySeed: 5, timeouts: { proposeUs: 1_000_000, proposeDeltaUs: 0, prevoteUs: 1_000_000, prevoteDeltaUs: 0, precommitUs: 1_000_000, precommitDeltaUs: 0, commitUs: COMMIT_US } };

/** Cores (four unless `ids` says), every message delivered 1 ms after it is published, except those `holdBack` names (kept in `held`: deliver them by hand). */
class Net {
  nowUs = 0;
  readonly states = new Map<string, ValidatorState>();
  private queue: Array<{ atUs: number; seq: number; to: string; input: ValidatorInput }> = [];
  private seq = 0;
  readonly held: Array<{ to: string; input: ValidatorInput }> = [];
  holdBack: (from: string, to: string, body: faultline.v1.IEnvelope) => boolean = () => false;

  constructor(cfg: ValidatorConfig, readonly ids: readonly string[] = IDS) {
    for (const id of ids) this.states.set(id, initialValidatorState({ ...cfg, validatorIds: [...ids] }, id));
  }

  start(): void {
    for (const id of this.ids) this.step(id, { kind: 'start' });
  }

  step(id: string, input: ValidatorInput): CoreEffect[] {
    const { effects } = decide(this.states.get(id)!, input, this.nowUs);
    for (const effect of effects) {
      if (effect.kind === 'set-timer') this.push(this.nowUs + effect.delayUs, id, { kind: 'timer', timer: effect.timer });
      if (effect.kind === 'cancel-timer') this.queue = this.queue.filter((q) => !(q.to === id && q.input.kind === 'timer' && q.input.timer === effect.timer));
      if (effect.kind === 'publish' && effect.subject.startsWith('consensus.')) {
        for (const to of this.ids) {
          if (to === id) continue;
          const body = effect.body as faultline.v1.IEnvelope;
          const input: ValidatorInput | undefined = body.proposal ? { kind: 'proposal', proposal: body.proposal, from: id } : body.vote ? { kind: 'vote', vote: body.vote, from: id, direct: false } : undefined;
          if (!input) continue;
          if (this.holdBack(id, to, body)) this.held.push({ to, input });
          else this.push(this.nowUs + 1_000, to, input);
        }
      }
    }
    return effects;
  }

  private push(atUs: number, to: string, input: ValidatorInput): void {
    this.queue.push({ atUs, seq: this.seq++, to, input });
  }

  runUntil(untilUs: number, stop: () => boolean = () => false): void {
    for (;;) {
      this.queue.sort((a, b) => a.atUs - b.atUs || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.atUs > untilUs || stop()) break;
      this.queue.shift();
      this.nowUs = next.atUs;
      this.step(next.to, next.input);
    }
  }
}

/** When each validator started height 2 (its step left 'commit' for height 1), µs after the first commit of height 1. */
function heightTwoStart(cfg: ValidatorConfig): { waits: number[]; net: Net } {
  const net = new Net(cfg);
  net.start();
  const committedAt = new Map<string, number>();
  const startedAt = new Map<string, number>();
  for (let t = 0; t < 200_000 && startedAt.size < IDS.length; t += 100) {
    net.runUntil(t);
    for (const [id, state] of net.states) {
      if (state.consensus.committedHeight >= 1 && !committedAt.has(id)) committedAt.set(id, net.nowUs);
      if (state.consensus.height >= 2 && !startedAt.has(id)) startedAt.set(id, net.nowUs);
    }
  }
  return { waits: IDS.map((id) => (startedAt.get(id) ?? Infinity) - (committedAt.get(id) ?? 0)), net };
}

describe('skipCommitWait', () => {
  it('with every precommit in, each validator starts the next height well before commitUs; without the option each waits the full commitUs', () => {
    const skip = heightTwoStart({ ...base, skipCommitWait: true }).waits;
    const full = heightTwoStart(base).waits;
    for (const wait of full) expect(wait).toBeGreaterThanOrEqual(COMMIT_US);
    for (const wait of skip) expect(wait).toBeLessThan(COMMIT_US / 2);
  });

  it('one validator\'s precommit missing: the wait goes on; a precommit of another block, round, height or kind, or of a validator outside the set, does not end it; the missing one does, at once', () => {
    const run = (cfg: ValidatorConfig) => {
      const net = new Net(cfg);
      net.holdBack = (from, _to, body) => from === 'validator-4' && body.vote?.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;
      net.start();
      const v1 = net.states.get('validator-1')!;
      net.runUntil(200_000, () => v1.consensus.step === 'commit');
      expect(v1.consensus.step).toBe('commit');
      expect(v1.consensus.height).toBe(1);
      return { net, v1 };
    };
    const { net, v1 } = run({ ...base, skipCommitWait: true });
    const held = net.held.find((h) => h.to === 'validator-1')!.input as Extract<ValidatorInput, { kind: 'vote' }>;
    const vote = held.vote;
    const other = new Uint8Array(vote.blockHash!.length).fill(9);
    const decoys: faultline.v1.IVote[] = [
      { ...vote, blockHash: other },
      { ...vote, blockHash: new Uint8Array(0) },
      { ...vote, round: 1 },
      { ...vote, height: 2 },
      { ...vote, type: pb.VoteType.VOTE_TYPE_PREVOTE },
      { ...vote, validatorId: 'validator-9' },
    ];
    const t = net.nowUs;
    for (const decoy of decoys) {
      decide(v1, { kind: 'vote', vote: decoy, from: 'validator-4', direct: false }, t);
      expect([v1.consensus.height, v1.consensus.step]).toEqual([1, 'commit']);
    }
    // A second copy of a precommit already in the certificate adds nobody.
    const counted = v1.consensus.chain[0]!.certificate!.precommits!.find((p) => p.validatorId !== 'validator-1')!;
    decide(v1, { kind: 'vote', vote: counted, from: counted.validatorId!, direct: false }, t);
    expect([v1.consensus.height, v1.consensus.step]).toEqual([1, 'commit']);
    const effects = decide(v1, held, t).effects;
    expect([v1.consensus.height, v1.consensus.step]).toEqual([2, 'propose']);
    // The commit timeout's timer is cancelled with the height's others (nothing fires for height 1 later).
    expect(effects.filter((e) => e.kind === 'cancel-timer').map((e) => (e as { timer: string }).timer)).toContain(timeoutTimer('commit', 1, 0));

    // Without the option the same precommit changes nothing: the wait runs to its timer.
    const plain = run(base);
    const plainHeld = plain.net.held.find((h) => h.to === 'validator-1')!.input;
    decide(plain.v1, plainHeld, plain.net.nowUs);
    expect([plain.v1.consensus.height, plain.v1.consensus.step]).toEqual([1, 'commit']);
  });
  it('late precommits add up across inputs: of seven validators, a certificate of five and two late ones, each in its own input, end the wait', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `validator-${i + 1}`);
    const net = new Net({ ...base, skipCommitWait: true }, seven);
    net.holdBack = (from, to, body) => to === 'validator-1' && (from === 'validator-6' || from === 'validator-7') && body.vote?.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;
    net.start();
    const v1 = net.states.get('validator-1')!;
    net.runUntil(200_000, () => v1.consensus.step === 'commit');
    expect([v1.consensus.height, v1.consensus.step]).toEqual([1, 'commit']);
    expect(v1.consensus.chain[0]!.certificate!.precommits).toHaveLength(5);
    const late = (from: string) => net.held.find((h) => h.to === 'validator-1' && (h.input as { from?: string }).from === from)!.input;
    net.step('validator-1', late('validator-6'));
    expect([v1.consensus.height, v1.consensus.step]).toEqual([1, 'commit']);
    net.step('validator-1', late('validator-7'));
    expect([v1.consensus.height, v1.consensus.step]).toEqual([2, 'propose']);
  });

  it('a late precommit counts for its own height only: the next height\'s wait, with the same validator\'s precommit missing again, goes on', () => {
    const net = new Net({ ...base, skipCommitWait: true });
    net.holdBack = (from, to, body) => from === 'validator-4' && to === 'validator-1' && body.vote?.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;
    net.start();
    const v1 = net.states.get('validator-1')!;
    net.runUntil(200_000, () => v1.consensus.step === 'commit');
    expect([v1.consensus.height, v1.consensus.step]).toEqual([1, 'commit']);
    net.step('validator-1', net.held.shift()!.input);
    expect(v1.consensus.height).toBe(2);
    net.runUntil(400_000, () => v1.consensus.step === 'commit');
    expect([v1.consensus.height, v1.consensus.step]).toEqual([2, 'commit']);
    const enteredUs = net.nowUs;
    net.runUntil(enteredUs + COMMIT_US / 2);
    expect([v1.consensus.height, v1.consensus.step]).toEqual([2, 'commit']);
    // The missing precommit ends height 2's wait (height 3's messages, buffered meanwhile, may commit it at once).
    net.step('validator-1', net.held.shift()!.input);
    expect(v1.consensus.height).toBe(3);
  });

  it('a block decided in round 1: the late precommit of round 1 ends the wait', () => {
    const net = new Net({ ...base, skipCommitWait: true });
    // Round 0's proposal is heard by nobody (its round ends in nil precommits); validator-4's precommits never reach validator-1 by themselves.
    net.holdBack = (from, to, body) => (body.proposal != null && (body.proposal.round ?? 0) === 0) || (from === 'validator-4' && to === 'validator-1' && body.vote?.type === pb.VoteType.VOTE_TYPE_PRECOMMIT);
    net.start();
    const v1 = net.states.get('validator-1')!;
    net.runUntil(10_000_000, () => v1.consensus.step === 'commit');
    expect([v1.consensus.height, v1.consensus.round, v1.consensus.step]).toEqual([1, 1, 'commit']);
    expect(v1.consensus.chain[0]!.certificate!.round).toBe(1);
    const late = net.held.filter((h) => h.to === 'validator-1' && (h.input as { vote?: faultline.v1.IVote }).vote?.round === 1);
    expect(late).toHaveLength(1);
    net.step('validator-1', late[0]!.input);
    expect([v1.consensus.height, v1.consensus.step]).toEqual([2, 'propose']);
  });
});
