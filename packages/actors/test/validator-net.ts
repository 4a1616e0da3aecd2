/**
 * Four validator cores in one test, time driven by hand (the validator rule tests' harness): each
 * core's effects carried out as a host would — timers queued, its consensus publishes delivered to
 * the three others 1 ms later — and height 1 run to its commit timers.
 */
import { blockRequestFacts, statusHeight } from '@faultline/consensus';
import { encodeMessage, type faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, type ValidatorConfig, type ValidatorInput, type ValidatorState } from '../src/validator/validator-core.ts';

export const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
export const COMMIT_US = 10_000;
export const base: ValidatorConfig = { validatorIds: IDS, keySeed: 9, timeouts: { proposeUs: 1_000_000, proposeDeltaUs: 0, prevoteUs: 1_000_000, prevoteDeltaUs: 0, precommitUs: 1_000_000, precommitDeltaUs: 0, commitUs: COMMIT_US } };

export interface Queued {
  atUs: number;
  seq: number;
  to: string;
  input: ValidatorInput;
}

/** Four cores; messages arrive 1 ms after they are published; timers are queued like messages. */
export class Net {
  nowUs = 0;
  readonly states = new Map<string, ValidatorState>();
  queue: Queued[] = [];
  private seq = 0;
  /** Every effect each validator produced, in order. */
  readonly effects = new Map<string, CoreEffect[]>();

  constructor(cfg: ValidatorConfig) {
    for (const id of IDS) {
      this.states.set(id, initialValidatorState(cfg, id));
      this.effects.set(id, []);
    }
  }

  step(id: string, input: ValidatorInput): CoreEffect[] {
    const { effects } = decide(this.states.get(id)!, input, this.nowUs);
    this.effects.get(id)!.push(...effects);
    for (const effect of effects) {
      if (effect.kind === 'set-timer') this.queue.push({ atUs: this.nowUs + effect.delayUs, seq: this.seq++, to: id, input: { kind: 'timer', timer: effect.timer } });
      if (effect.kind === 'cancel-timer') this.queue = this.queue.filter((q) => !(q.to === id && q.input.kind === 'timer' && q.input.timer === effect.timer));
      if (effect.kind === 'publish' && effect.subject.startsWith('consensus.')) {
        const body = effect.body as faultline.v1.IEnvelope;
        const input: ValidatorInput | undefined = body.proposal ? { kind: 'proposal', proposal: body.proposal, from: id } : body.vote ? { kind: 'vote', vote: body.vote, from: id, direct: false } : undefined;
        if (input) for (const to of IDS) if (to !== id) this.queue.push({ atUs: this.nowUs + 1_000, seq: this.seq++, to, input });
      }
    }
    return effects;
  }

  /** Delivers queued inputs in time order until `stop` holds before the next one (it is left queued). */
  runUntil(stop: (next: Queued) => boolean): void {
    for (let i = 0; i < 100_000; i++) {
      this.queue.sort((a, b) => a.atUs - b.atUs || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || stop(next)) return;
      this.queue.shift();
      this.nowUs = Math.max(this.nowUs, next.atUs);
      this.step(next.to, next.input);
    }
    throw new Error('no stop');
  }

  /** Takes the queued input `pick` finds out of the queue and delivers it now. */
  deliver(pick: (q: Queued) => boolean): CoreEffect[] {
    const at = this.queue.findIndex(pick);
    if (at < 0) throw new Error('nothing queued matches');
    const [next] = this.queue.splice(at, 1) as [Queued];
    this.nowUs = Math.max(this.nowUs, next.atUs);
    return this.step(next.to, next.input);
  }
}

/** Net, plus statuses and block sync carried between the cores (requests, responses and statuses arrive 1 ms after they are sent). */
export class SyncNet extends Net {
  override step(id: string, input: ValidatorInput): CoreEffect[] {
    const effects = super.step(id, input);
    for (const effect of effects) {
      if (effect.kind !== 'publish') continue;
      const body = effect.body as faultline.v1.IEnvelope;
      if (body.status && effect.subject.startsWith('consensus.')) {
        for (const to of IDS) if (to !== id) this.queue.push({ atUs: this.nowUs + 1_000, seq: this.queue.length + 1e6, to, input: { kind: 'status', from: id, committedHeight: statusHeight(body.status) } });
      }
      const to = effect.subject.startsWith('sync.') ? effect.subject.slice('sync.'.length) : undefined;
      if (to !== undefined && body.blockRequest) this.queue.push({ atUs: this.nowUs + 1_000, seq: this.queue.length + 1e6, to, input: { kind: 'block-request', request: blockRequestFacts(body.blockRequest) } });
      if (to !== undefined && body.blockResponse) this.queue.push({ atUs: this.nowUs + 1_000, seq: this.queue.length + 1e6, to, input: { kind: 'blocks', blocks: body.blockResponse.blocks ?? [], from: id } });
    }
    return effects;
  }
}

export const isCommitTimer = (q: Queued) => q.input.kind === 'timer' && q.input.timer.startsWith('timeout/commit/1/');
export const proposalsIn = (effects: CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' && (e.body as faultline.v1.IEnvelope).proposal ? [(e.body as faultline.v1.IEnvelope).proposal!] : []));

/** A client tx (a deposit; the core only needs bytes it can decode as a Transaction). */
export function clientTx(n: number): Uint8Array {
  return encodeMessage('Transaction', { clientId: `client-${n}`, nonce: 1, deposit: { accountId: `a-${n}`, amount: 5 } });
}

/** Runs height 1 to the first commit timer of a validator (each validator's commit timer of height 1 is then queued or due). */
export function toHeightOneCommitTimers(cfg: ValidatorConfig): { net: Net; proposer: string } {
  const net = new Net(cfg);
  for (const id of IDS) net.step(id, { kind: 'start' });
  net.runUntil(isCommitTimer);
  const proposer = net.states.get(IDS[0]!)!.consensus.validators.proposer(2, 0);
  return { net, proposer };
}
