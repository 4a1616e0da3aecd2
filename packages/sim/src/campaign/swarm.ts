/**
 * Swarm testing (TigerBeetle's VOPR, Groce et al.): each run first draws its own fault mix —
 * which kinds are on, how intense, how many — and then a schedule from that mix. Runs differ in
 * kind, not only in degree, which finds bugs that a uniform mix of everything dilutes away.
 * Built on fast-check arbitraries, so a failing schedule shrinks like any other value.
 *
 * Every schedule exercises what a campaign claims: it holds at least one fault (a heal, restart
 * or resume alone ends nothing), and with `endByUs` every fault has ended by then, so a run that
 * lasts `endByUs` + the longest recovery bound evaluates every recovery invariant. The kinds come
 * from the runtime's table (FAULT_KINDS, one arbitrary per kind): a new fault kind joins the
 * default swarm by being added there.
 */
import fc from 'fast-check';
import { BROKER_NODE_FAULT_KINDS, CRASH_AFTER_VOTE_WITHIN_US_DEFAULT, FAULT_KINDS, faultEventArbitrary, type FaultEvent, type FaultKindName, type FaultSchedule } from '@faultline/runtime';

export interface SwarmOptions {
  actors: readonly string[];
  /** Faults start within [0, horizonUs). */
  horizonUs: number;
  /** The longest a single fault lasts. */
  durationUsMax: number;
  /** At most this many fault events per run (at least one is always drawn). */
  eventsMax: number;
  /** Kinds the swarm may choose from (default: every kind). */
  kinds?: readonly FaultKindName[];
  /** Every fault has ended by then (durations are cut to fit); default: no limit. */
  endByUs?: number;
  /**
   * Groups of actors by role (validators, execution replicas, oracles, the clients that read the
   * replicas...): each fault event targets either any of `actors` or, as often per group, the
   * members of one group. Spread uniformly over ~28 actors, a fault almost never stops two
   * validators at once (a block gap), cuts every oracle (a stale-oracle halt) or every replica a
   * client reads; aimed at a role, the same kinds do. Default: none (any actor).
   */
  groups?: ReadonlyArray<readonly string[]>;
  /**
   * Faults of given kinds aimed at a role whatever the run's mix, as often as each group: e.g.
   * timing faults by message kind at the validators (proposals late relative to votes by up to
   * several timeouts — the schedule that finds the commit wedge), which a mix drawn from every
   * kind and events spread over every role and actor would draw a few times in a hundred runs.
   * Default: none.
   */
  aimed?: ReadonlyArray<{
    actors: readonly string[];
    kinds: readonly FaultKindName[];
    /** Relative to a group's 1 (default 1). */
    weight?: number;
    /** One-way faults: one actor's outgoing messages to the others lost (default: between any two subsets). */
    oneWay?: 'one-to-rest';
  }>;
  /**
   * Feed stalls: one actor partitioned from every actor it reads (a market maker's data feed
   * stalling while its quotes rest), for durationUsMin..durationUsMax, starting anywhere before
   * endByUs leaves room for the shortest (a price move late in the run included). A random
   * split of the actor and its sources seldom cuts it from all of them at once, and a fault of
   * the swarm's durations seldom lasts the seconds a client takes to notice its view is stale.
   * Drawn as often as a group (weight 1) whatever the run's mix; a plain `partition` event, so
   * the shrinker drops and shortens it like any other. Default: none.
   */
  stalls?: ReadonlyArray<{ actor: string; from: readonly string[]; durationUsMin: number; durationUsMax: number; weight?: number }>;
}

/** Kinds that end something rather than start it: a schedule of only these has no fault. */
const ENDING_KINDS: ReadonlySet<FaultKindName> = new Set(['heal', 'restart', 'resume']);

/** Every kind the simulator carries out (the broker-node kinds act only in a live cluster run). */
export const SWARM_KINDS: readonly FaultKindName[] = FAULT_KINDS.filter((k) => !BROKER_NODE_FAULT_KINDS.includes(k));

export function swarmScheduleArbitrary(options: SwarmOptions): fc.Arbitrary<FaultSchedule> {
  const kinds = options.kinds ?? SWARM_KINDS;
  const faultKinds = kinds.filter((k) => !ENDING_KINDS.has(k));
  if (faultKinds.length === 0) throw new RangeError(`swarm: kinds ${kinds.join(', ')} hold no fault (only ${[...ENDING_KINDS].join(', ')})`);
  if (options.endByUs !== undefined && options.endByUs < options.horizonUs) throw new RangeError(`swarm: endByUs ${options.endByUs} is before horizonUs ${options.horizonUs}`);
  const aimed = (options.aimed ?? []).filter((a) => a.actors.length > 0);
  for (const a of aimed) {
    if (a.kinds.length === 0 || a.kinds.some((k) => ENDING_KINDS.has(k))) throw new RangeError(`swarm: aimed kinds must be faults (not ${[...ENDING_KINDS].join(', ')}), got [${a.kinds.join(', ')}]`);
  }
  const stalls = (options.stalls ?? []).filter((st) => st.from.length > 0);
  for (const st of stalls) {
    if (!(st.durationUsMin >= 1 && st.durationUsMin <= st.durationUsMax)) throw new RangeError(`swarm: stall of ${st.actor}: durations ${st.durationUsMin}..${st.durationUsMax} µs`);
    if (st.from.includes(st.actor)) throw new RangeError(`swarm: stall of ${st.actor}: it cannot be cut off from itself`);
  }
  const stallEvents = stalls.map((st) => ({ arbitrary: stallArbitrary(st, options.endByUs ?? options.horizonUs + options.durationUsMax), weight: st.weight ?? 1 }));
  return fc
    .record({
      // The mix: at least one kind that is a fault, plus any others.
      faultMix: fc.subarray([...faultKinds], { minLength: 1 }),
      endingMix: fc.subarray(kinds.filter((k) => ENDING_KINDS.has(k))),
      eventsMax: fc.integer({ min: 1, max: Math.max(1, options.eventsMax) }),
      durationUsMax: fc.integer({ min: Math.min(1_000_000, options.durationUsMax), max: options.durationUsMax }),
    })
    .chain(({ faultMix, endingMix, eventsMax, durationUsMax }) => {
      const base = { horizonUs: options.horizonUs, durationUsMax, eventsMax };
      const targets = [options.actors, ...(options.groups ?? []).filter((g) => g.length > 0)];
      // Without groups, the very draw of before (focused campaigns keep their schedules).
      const aimedEvents = aimed.map((a) => ({ arbitrary: faultEventArbitrary({ ...base, actors: a.actors, kinds: a.kinds, ...(a.oneWay ? { oneWay: a.oneWay } : {}) }), weight: a.weight ?? 1 }));
      const event = (kinds: FaultKindName[]): fc.Arbitrary<FaultEvent> =>
        targets.length === 1 && aimedEvents.length === 0 && stallEvents.length === 0
          ? faultEventArbitrary({ ...base, actors: options.actors, kinds })
          : fc.oneof(...targets.map((actors) => ({ arbitrary: faultEventArbitrary({ ...base, actors, kinds }), weight: 1 })), ...aimedEvents, ...stallEvents);
      return fc.tuple(event(faultMix), fc.array(event([...faultMix, ...endingMix]), { maxLength: eventsMax - 1 }));
    })
    .map(([first, rest]) => ({ version: 1 as const, faults: [first, ...rest].map((f) => endBy(f, options.endByUs)).sort((a, b) => a.atUs - b.atUs) }));
}

/** One feed stall: `actor` alone on one side of a partition, its sources on the other. */
function stallArbitrary(stall: { actor: string; from: readonly string[]; durationUsMin: number; durationUsMax: number }, endByUs: number): fc.Arbitrary<FaultEvent> {
  const latestStartUs = Math.max(0, endByUs - stall.durationUsMin);
  return fc
    .record({ atUs: fc.integer({ min: 0, max: latestStartUs }), durationUs: fc.integer({ min: stall.durationUsMin, max: stall.durationUsMax }) })
    .map(({ atUs, durationUs }) => ({ kind: 'partition', atUs, durationUs, groups: [[stall.actor], [...stall.from]] }) as FaultEvent);
}

/** The fault with its duration cut so that it has ended by `endByUs` (at least 1 µs). */
function endBy(fault: FaultEvent, endByUs: number | undefined): FaultEvent {
  if (endByUs !== undefined && fault.kind === 'crash-after-vote') {
    // Its end is its last possible crash (withinUs after atUs) plus its restart delay.
    const budgetUs = endByUs - fault.atUs;
    const withinUs = Math.max(1, Math.min(fault.withinUs ?? CRASH_AFTER_VOTE_WITHIN_US_DEFAULT, budgetUs - 1));
    return { ...fault, withinUs, durationUs: Math.max(1, Math.min(fault.durationUs ?? budgetUs, budgetUs - withinUs)) };
  }
  if (endByUs === undefined || !('durationUs' in fault) || typeof fault.durationUs !== 'number') return fault;
  return { ...fault, durationUs: Math.max(1, Math.min(fault.durationUs, endByUs - fault.atUs)) } as FaultEvent;
}
