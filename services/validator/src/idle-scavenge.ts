/**
 * Idle scavenges (issue 15 item 2, session 37): a validator that has just published its committed
 * block and is not the next height's proposer asks V8 for a young-generation collection then, when
 * its young generation is at least FAULTLINE_IDLE_SCAVENGE_PCT full — in the commit wait, when it
 * has nothing to do until the next proposal, rather than wherever the allocation that fills it
 * happens to fall (a scavenge of a validator is 5–25 ms on this machine; on the proposer or on a
 * quorum's last voter it is a pause of the height, BENCHMARKS.md "Session 36 live").
 *
 * The next proposer never collects here (its commit wait ends in its proposal). The block's
 * publish comes after its commit record's ack, so the collection delays no message of the
 * height; the next proposal waits for it only when the collection outlasts the commit wait.
 *
 * Process-level, outside the actor: the consensus core and the actor are unchanged, the host is
 * wrapped (its publish observed) and V8's `gc` taken with --expose-gc set at run time. Off unless
 * the variable is set (a whole percentage 1–99).
 */
import { setFlagsFromString, getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Host } from '@faultline/runtime';

export const IDLE_SCAVENGE_ENV = 'FAULTLINE_IDLE_SCAVENGE_PCT';

/** The fill (percent of the young generation in use) from which an idle scavenge is asked for; 0: off. */
export function idleScavengePct(raw: string | undefined): number {
  if (raw === undefined || raw === '' || raw === '0') return 0;
  if (!/^[0-9]{1,2}$/.test(raw)) throw new Error(`${IDLE_SCAVENGE_ENV}: a whole percentage from 1 to 99 (0 or unset: off), got ${raw}`);
  return Number(raw);
}

/** Should this commit's idle moment be spent on a scavenge? */
export function wantsIdleScavenge(facts: { nextProposer: boolean; fillPct: number; fillPctMin: number }): boolean {
  return !facts.nextProposer && facts.fillPct >= facts.fillPctMin;
}

/** The young generation's use in percent: used over used + what is left before V8 scavenges by itself. */
export function youngFillPct(): number {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined) return 0;
  const room = young.space_used_size + young.space_available_size;
  return room > 0 ? (young.space_used_size * 100) / room : 0;
}

type MinorGc = (options: { type: 'minor' }) => void;

/** V8's gc function, exposed at run time (--expose-gc applies to contexts created after it is set). */
function exposeGc(): MinorGc {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as MinorGc;
}

/**
 * The host, its `publish` observed: after a `block.*` publish (the validator's committed block),
 * `isNextProposer()` and the young generation's fill decide whether a scavenge runs at once after
 * the current callback (setImmediate: the publish's socket write goes first).
 */
export function withIdleScavenge(
  host: Host,
  options: {
    fillPctMin: number;
    isNextProposer: () => boolean;
    /** Every tenth idle scavenge: how many so far, their sum and max ms. */
    report?: (line: string) => void;
    /** The young generation's fill (youngFillPct; a test's own). */
    fillPct?: () => number;
  },
): Host {
  const gc = exposeGc();
  const fillPct = options.fillPct ?? youngFillPct;
  const stats = { asked: 0, msTotal: 0, msMax: 0 };
  const collect = (): void => {
    const startNs = process.hrtime.bigint();
    gc({ type: 'minor' });
    const ms = Number(process.hrtime.bigint() - startNs) / 1e6;
    stats.asked++;
    stats.msTotal += ms;
    stats.msMax = Math.max(stats.msMax, ms);
    if (stats.asked % 10 === 0) options.report?.(`idle scavenges: ${stats.asked}, ${stats.msTotal.toFixed(0)} ms, max ${stats.msMax.toFixed(1)} ms`);
  };
  const publish = (subject: string, body: Parameters<Host['publish']>[1]): void => {
    host.publish(subject, body);
    if (subject.startsWith('block.') && wantsIdleScavenge({ nextProposer: options.isNextProposer(), fillPct: fillPct(), fillPctMin: options.fillPctMin })) setImmediate(collect);
  };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(host, {
    get(target, property) {
      if (property === 'publish') return publish;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // One bound function per method (host.now() is called on every input).
      let method = bound.get(property);
      if (method === undefined) bound.set(property, (method = (value as (...args: unknown[]) => unknown).bind(target)));
      return method;
    },
  });
}
