/**
 * fast-check arbitraries for fault schedules, used by the campaign runner (`faultline check`) and
 * by every package's property tests (re-exported from the testing entry). Schedules are plain data, so fast-check shrinks them to small ones.
 */
import fc from 'fast-check';
import { BROKER_NODE_FAULT_KINDS, FAULT_KINDS, type FaultEvent, type FaultKindName, type FaultSchedule } from './fault-schedule.ts';
import type { Micros } from './units.ts';

export interface FaultArbitraryOptions {
  /** Actor ids faults may target. */
  actors: readonly string[];
  /** Faults start in [0, horizonUs). */
  horizonUs: Micros;
  /** Longest duration of a timed fault. */
  durationUsMax: Micros;
  /** At most this many events per schedule. */
  eventsMax: number;
  /** Fault kinds to draw from; default: all. */
  kinds?: readonly FaultKindName[];
  /** Longest delay of a delay-kind fault (default 4 s: several consensus timeouts). */
  kindDelayUsMax?: Micros;
  /**
   * The shape of one-way faults: between any two subsets of `actors` (default), or one actor's
   * outgoing messages to all the others lost — an asymmetric link failure: it hears everyone and
   * nobody hears it (Jepsen's one-way isolation).
   */
  oneWay?: 'subsets' | 'one-to-rest';
}

// Every fault kind of the schedule format (FAULT_KINDS): a new kind gets its arbitrary in faultEventArbitrary's table.

/** Message kinds a timing fault delays: consensus proposals and votes (what reorders a round), transactions (gossip late after a commit). */
/** Delays a delay-kind fault draws from (µs): fractions and multiples of consensus timeouts. */
const KIND_DELAYS_US = [100_000, 250_000, 500_000, 750_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000, 4_000_000];

/** How long after its crash a crash-after-vote victim restarts (µs): within a round, a round, several. */
const RESTART_AFTER_VOTE_US = [100_000, 50_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000];
/** How long a crash-after-vote trigger waits for a vote (µs). */
const VOTE_WAIT_US = [2_000_000, 1_000_000, 5_000_000];

export const DELAYED_MESSAGE_KINDS = ['proposal', 'vote', 'tx'] as const;

const BROKER_NODES = ['nats-1', 'nats-2', 'nats-3'];

export function faultEventArbitrary(options: FaultArbitraryOptions): fc.Arbitrary<FaultEvent> {
  const actor = fc.constantFrom(...options.actors);
  const actorSubset = fc.uniqueArray(actor, { minLength: 1, maxLength: options.actors.length });
  const atUs = fc.integer({ min: 0, max: options.horizonUs - 1 });
  const durationUs = fc.integer({ min: 1, max: options.durationUsMax });
  const byKind: Record<FaultKindName, fc.Arbitrary<FaultEvent>> = {
    partition: fc
      .record({ atUs, durationUs, split: fc.shuffledSubarray([...options.actors], { minLength: 2 }), cut: fc.nat() })
      .map(({ atUs: at, durationUs: d, split, cut }) => {
        const index = 1 + (cut % (split.length - 1));
        return { kind: 'partition', atUs: at, durationUs: d, groups: [split.slice(0, index), split.slice(index)] } as FaultEvent;
      }),
    'one-way':
      options.oneWay === 'one-to-rest' && options.actors.length >= 2
        ? fc.record({ atUs, durationUs, from: actor }).map((r) => ({ kind: 'one-way', atUs: r.atUs, durationUs: r.durationUs, from: [r.from], to: options.actors.filter((a) => a !== r.from) }) as FaultEvent)
        : fc.record({ atUs, durationUs, from: actorSubset, to: actorSubset }).map((r) => ({ kind: 'one-way', ...r }) as FaultEvent),
    link: fc
      .record(
        {
          atUs,
          durationUs,
          from: actorSubset,
          to: actorSubset,
          dropPpm: fc.integer({ min: 0, max: 1_000_000 }),
          delayUs: fc.integer({ min: 0, max: 500_000 }),
          jitterUs: fc.integer({ min: 0, max: 200_000 }),
          duplicatePpm: fc.integer({ min: 0, max: 500_000 }),
          duplicateMax: fc.integer({ min: 1, max: 3 }),
          reorderPpm: fc.integer({ min: 0, max: 500_000 }),
        },
        { requiredKeys: ['atUs', 'durationUs'] },
      )
      .map((r) => ({ kind: 'link', ...r }) as FaultEvent),
    // Proposals (or votes) late relative to the other kind by up to several consensus timeouts.
    'delay-kind': fc
      .record(
        {
          atUs,
          durationUs,
          messageKind: fc.constantFrom(...DELAYED_MESSAGE_KINDS),
          // Delays relative to consensus timeouts (0.5-3 s): a fraction of one, one, several.
          delayUs: fc.constantFrom(...KIND_DELAYS_US.filter((us) => us <= (options.kindDelayUsMax ?? 4_000_000))),
          jitterUs: fc.integer({ min: 0, max: 500_000 }),
          from: actorSubset,
          to: actorSubset,
        },
        { requiredKeys: ['atUs', 'durationUs', 'messageKind', 'delayUs'] },
      )
      .map((r) => ({ kind: 'delay-kind', ...r }) as FaultEvent),
    heal: atUs.map((at) => ({ kind: 'heal', atUs: at }) as FaultEvent),
    crash: fc.record({ atUs, durationUs, actors: actorSubset }).map((r) => ({ kind: 'crash', ...r }) as FaultEvent),
    // A crash right after a vote, restarted after a fraction of a round up to several rounds (shrinks towards the quickest restart).
    'crash-after-vote': fc
      .record({ atUs, durationUs: fc.constantFrom(...RESTART_AFTER_VOTE_US), actors: actorSubset, withinUs: fc.constantFrom(...VOTE_WAIT_US) })
      .map((r) => ({ kind: 'crash-after-vote', ...r }) as FaultEvent),
    restart: fc.record({ atUs, actors: actorSubset }).map((r) => ({ kind: 'restart', ...r }) as FaultEvent),
    pause: fc.record({ atUs, durationUs, actors: actorSubset }).map((r) => ({ kind: 'pause', ...r }) as FaultEvent),
    resume: fc.record({ atUs, actors: actorSubset }).map((r) => ({ kind: 'resume', ...r }) as FaultEvent),
    skew: fc
      .record({ atUs, actors: actorSubset, skewUs: fc.integer({ min: -2_000_000, max: 2_000_000 }) })
      .map((r) => ({ kind: 'skew', ...r }) as FaultEvent),
    'broker-restart': fc.record({ atUs, durationUs }).map((r) => ({ kind: 'broker-restart', ...r }) as FaultEvent),
    'broker-kill': fc.record({ atUs, durationUs, nodes: fc.subarray(BROKER_NODES, { minLength: 1 }) }).map((r) => ({ kind: 'broker-kill', ...r }) as FaultEvent),
    'broker-partition': fc
      .shuffledSubarray(BROKER_NODES, { minLength: 2, maxLength: 3 })
      .chain((nodes) => fc.record({ atUs, durationUs }).map((r) => ({ kind: 'broker-partition', ...r, groups: [nodes.slice(0, 1), nodes.slice(1)] }) as FaultEvent)),
  };
  // The broker-node kinds only when asked for: the default draw stays what it was before they existed.
  return fc.oneof(...(options.kinds ?? FAULT_KINDS.filter((k) => !BROKER_NODE_FAULT_KINDS.includes(k))).map((kind) => byKind[kind]));
}

export function faultScheduleArbitrary(options: FaultArbitraryOptions): fc.Arbitrary<FaultSchedule> {
  return fc
    .array(faultEventArbitrary(options), { maxLength: options.eventsMax })
    .map((faults) => ({ version: 1 as const, faults: [...faults].sort((a, b) => a.atUs - b.atUs) }));
}
