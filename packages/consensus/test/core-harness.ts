/** Drives TendermintCore instances by hand: a scripted network for exact message orders. */
import { deriveKeyPair, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS, TendermintCore, ValidatorSet, type ByzantineBehaviour, type ConsensusLimits, type CoreEffect, type TimeoutConfig } from '@faultline/consensus';
import type { ConsensusVariant } from '@faultline/consensus/testing';

export const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
export const KEY_SEED = 11;

export function validatorSet(ids: readonly string[] = IDS): ValidatorSet {
  return new ValidatorSet(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(KEY_SEED, id).publicKeyRaw })));
}

export interface CoreTestOptions {
  variant?: ConsensusVariant;
  byzantine?: ByzantineBehaviour;
  limits?: Partial<ConsensusLimits>;
  timeouts?: TimeoutConfig;
  ids?: readonly string[];
  chainKept?: number;
}

export function makeCore(id: string, options: CoreTestOptions = {}): TendermintCore {
  const { ids, timeouts, ...rest } = options;
  return new TendermintCore({
    validatorId: id,
    validators: validatorSet(ids),
    keys: deriveKeyPair(KEY_SEED, id),
    timeouts: timeouts ?? DYDX_TIMEOUTS,
    genesisTimeUs: 0,
    ...rest,
  });
}

export const votesIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'broadcast-vote' ? [effect.vote] : []));
export const proposalsIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'broadcast-proposal' ? [effect.proposal] : []));
export const persistedIn = (effects: readonly CoreEffect[]): faultline.v1.IValidatorWalRecord[] =>
  effects.flatMap((effect) => (effect.kind === 'persist' ? [effect.record] : []));
export const commitsIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'commit' ? [effect.committed] : []));
export const timeoutsIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'timeout' ? [effect] : []));

/** Heights of a core's chain, in order (a healthy chain is 1, 2, 3, …). */
export const chainHeights = (core: TendermintCore) => core.chain.map((committed) => Number(committed.block?.header?.height));

export type MessageKind = 'proposal' | 'vote' | 'sync';

/** A proposal or vote some validator sent, as a test hands it to a core. */
export type SentMessage = { kind: 'proposal'; proposal: faultline.v1.IProposal; from: string } | { kind: 'vote'; vote: faultline.v1.IVote; from: string };

/** Heights 1 to `heights` decided by validators 2–4 alone (validator-1 hears nothing): every proposal and vote they sent, by height, and validator-2's blocks. */
export function decidedWithoutValidatorOne(heights: number): { byHeight: Map<number, SentMessage[]>; blocks: faultline.v1.ICommittedBlock[] } {
  const net = new ScriptedNet(['validator-2', 'validator-3', 'validator-4'], (id) => makeCore(id));
  net.start();
  for (let t = 0; t < 60_000_000 && net.core('validator-2').committedHeight < heights; t += 10_000) net.runUntil(t);
  if (net.core('validator-2').committedHeight < heights) throw new Error(`validators 2–4 did not decide ${heights} heights`);
  const byHeight = new Map<number, SentMessage[]>();
  const add = (height: number, message: SentMessage) => byHeight.set(height, [...(byHeight.get(height) ?? []), message]);
  for (const { id, effect } of net.effects) {
    if (effect.kind === 'broadcast-proposal') add(Number(effect.proposal.height), { kind: 'proposal', proposal: effect.proposal, from: id });
    if (effect.kind === 'broadcast-vote') add(Number(effect.vote.height), { kind: 'vote', vote: effect.vote, from: id });
  }
  return { byHeight, blocks: net.core('validator-2').blocksFrom(1, heights) };
}

/** Hands `messages` to `core` in order, at `nowUs`: their effects. */
export function deliverSent(core: TendermintCore, messages: readonly SentMessage[], nowUs: number): CoreEffect[] {
  return messages.flatMap((m) => (m.kind === 'proposal' ? core.onProposal(nowUs, m.proposal, m.from) : core.onVote(nowUs, m.vote, m.from)));
}

/**
 * A deterministic network of cores on virtual time: every effect is executed like the validator
 * actor does (broadcasts to every other core after `latencyUs`, timeouts after their delay, a
 * `behind` effect answered with the peer's blocks), in (time, sequence) order. `extraDelayUs`
 * holds chosen messages back — the timing faults that the scripted tests need.
 */
export class ScriptedNet {
  /**
   * Events one net may schedule: the largest test schedules ~1,500 (bft-time's skewed run). A
   * core broken into a storm of messages or zero-delay timeouts fails its test at once instead of
   * running until the test runner's timeout (a mutant that did cost Stryker 45 s each).
   */
  static readonly MAX_EVENTS = 20_000;
  nowUs = 0;
  readonly cores = new Map<string, TendermintCore>();
  readonly effects: Array<{ id: string; atUs: number; effect: CoreEffect }> = [];
  latencyUs = 10_000;
  extraDelayUs: (message: { kind: MessageKind; from: string; to: string; height: number }) => number = () => 0;
  /** A core's clock error at the network's time (a skewed validator reads nowUs + skewUs). */
  skewUs: (id: string, nowUs: number) => number = () => 0;
  private queue: Array<{ atUs: number; seq: number; run: () => void }> = [];
  private seq = 0;

  constructor(ids: readonly string[], make: (id: string) => TendermintCore) {
    for (const id of ids) this.cores.set(id, make(id));
  }

  core(id: string): TendermintCore {
    const core = this.cores.get(id);
    if (!core) throw new Error(`no core ${id}`);
    return core;
  }

  start(): void {
    for (const [id, core] of this.cores) this.execute(id, core.start(this.clock(id)));
  }

  /** Runs every event due up to `untilUs` (inclusive) in order. */
  runUntil(untilUs: number): void {
    for (;;) {
      this.queue.sort((a, b) => a.atUs - b.atUs || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.atUs > untilUs) break;
      this.queue.shift();
      this.nowUs = next.atUs;
      next.run();
    }
    this.nowUs = untilUs;
  }

  at(atUs: number, run: () => void): void {
    if (this.seq >= ScriptedNet.MAX_EVENTS) throw new Error(`scripted net: more than ${ScriptedNet.MAX_EVENTS} events scheduled (a runaway: messages or timeouts without end)`);
    this.queue.push({ atUs, seq: this.seq++, run });
  }

  execute(id: string, effects: readonly CoreEffect[]): void {
    const core = this.core(id);
    for (const effect of effects) {
      this.effects.push({ id, atUs: this.nowUs, effect });
      switch (effect.kind) {
        case 'broadcast-proposal':
          for (const to of effect.to ?? this.others(id)) {
            const height = Number(effect.proposal.height);
            this.send({ kind: 'proposal', from: id, to, height }, () => this.core(to).onProposal(this.clock(to), effect.proposal, id));
          }
          break;
        case 'broadcast-vote':
          for (const to of effect.to ?? this.others(id)) {
            const height = Number(effect.vote.height);
            this.send({ kind: 'vote', from: id, to, height }, () => this.core(to).onVote(this.clock(to), effect.vote, id));
          }
          break;
        case 'timeout':
          // A crashed incarnation's timers die with it (restart).
          this.at(this.nowUs + effect.delayUs, () => {
            if (this.cores.get(id) === core) this.execute(id, core.onTimeout(this.clock(id), effect.step, effect.height, effect.round));
          });
          break;
        case 'behind': {
          const peer = this.cores.get(effect.peer);
          if (!peer) break;
          const blocks = peer.blocksFrom(core.committedHeight + 1, 50);
          this.send({ kind: 'sync', from: effect.peer, to: id, height: core.committedHeight + 1 }, () => this.core(id).onSyncedBlocks(this.clock(id), blocks, effect.peer));
          break;
        }
        default:
          break;
      }
    }
  }

  /** What a validator has persisted so far (all its incarnations), in order. */
  persisted(id: string): faultline.v1.IValidatorWalRecord[] {
    return this.effects.flatMap((entry) => (entry.id === id && entry.effect.kind === 'persist' ? [entry.effect.record] : []));
  }

  /**
   * Crashes a validator and starts a new incarnation (`make`) from its write-ahead log: the old
   * one's pending timers die, messages in flight reach the new one.
   */
  restart(id: string, make: (id: string) => TendermintCore): TendermintCore {
    const core = make(id);
    core.restore(this.persisted(id));
    this.cores.set(id, core);
    this.execute(id, core.start(this.clock(id)));
    return core;
  }

  /** The time a core reads: the network's time plus its clock error. */
  clock(id: string): number {
    return this.nowUs + this.skewUs(id, this.nowUs);
  }

  private send(message: { kind: MessageKind; from: string; to: string; height: number }, deliver: () => CoreEffect[]): void {
    this.at(this.nowUs + this.latencyUs + this.extraDelayUs(message), () => this.execute(message.to, deliver()));
  }

  private others(id: string): string[] {
    return [...this.cores.keys()].filter((other) => other !== id);
  }
}
