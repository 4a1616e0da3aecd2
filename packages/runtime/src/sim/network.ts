/**
 * The simulated network: which messages are cut (partitions, one-way partitions), lost,
 * delayed, duplicated or reordered on each (from, to) link. Links are FIFO like a TCP
 * connection through a broker, unless a reorder fault lets a message ignore the queue.
 * Every random draw comes from the network's own derived PRNG, in delivery order.
 */
import type { FaultEvent } from '../fault-schedule.ts';
import { selects } from '../fault-schedule.ts';
import type { Rng } from '../rng.ts';
import type { Micros } from '../units.ts';

export interface LatencyRange {
  /** Smallest one-way latency of a healthy link. */
  min: Micros;
  /** Largest one-way latency of a healthy link (uniform in [min, max]). */
  max: Micros;
}

type PartitionFault = Extract<FaultEvent, { kind: 'partition' }>;
type OneWayFault = Extract<FaultEvent, { kind: 'one-way' }>;
type LinkFault = Extract<FaultEvent, { kind: 'link' }>;
type DelayKindFault = Extract<FaultEvent, { kind: 'delay-kind' }>;
export type NetworkFault = PartitionFault | OneWayFault | LinkFault | DelayKindFault;

export type RouteOutcome = 'delivered' | 'cut' | 'lost';

/**
 * Testing seam: a deliberately broken simulator, so the suite can prove it catches it. Supplied
 * only by tests (the named variants are in `@faultline/runtime/testing`, SIM_VARIANTS); never
 * from a scenario, a flag or anything hashed. Each field is the one hook point of its behaviour.
 */
export interface SimVariant {
  /** Messages a link dropped are delivered anyway. */
  deliverLost?: boolean;
  /** Extra latency per message from outside the simulation (a leak of real time: non-determinism). */
  extraLatencyUs?: () => number;
  /** Faults are never lifted: a timed fault does not end, a heal heals nothing. */
  faultsNeverEnd?: boolean;
}

/** Copies a link may make of one message: original + duplicateMax (≤ 16 by schedule validation). */
export const COPIES_MAX = 17;

export class NetworkModel {
  private readonly faults = new Map<number, NetworkFault>();
  private readonly linkReadyUs = new Map<string, Micros>();
  /** `from \0 to`, the FIFO channel key of each link, made once per link (a string per message before). */
  private readonly linkKeys = new Map<string, Map<string, string>>();
  private partitions: PartitionFault[] = [];
  private oneWays: OneWayFault[] = [];
  private links: LinkFault[] = [];
  private kindDelays: DelayKindFault[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly latencyUs: LatencyRange,
    private readonly variant: SimVariant = {},
  ) {
    if (!(Number.isSafeInteger(latencyUs.min) && latencyUs.min >= 0 && latencyUs.max >= latencyUs.min)) {
      throw new RangeError(`network: latency range [${latencyUs.min}, ${latencyUs.max}] is invalid`);
    }
  }

  add(id: number, fault: NetworkFault): void {
    this.faults.set(id, fault);
    this.reindex();
  }

  remove(id: number): void {
    if (this.faults.delete(id)) this.reindex();
  }

  heal(): void {
    this.faults.clear();
    this.reindex();
  }

  get activeFaultCount(): number {
    return this.faults.size;
  }

  /** Are messages of some kind delayed right now (callers then pass each message's body kind)? */
  get delaysByKind(): boolean {
    return this.kindDelays.length > 0;
  }

  /** Is every message from `from` to `to` cut right now? */
  isCut(from: string, to: string): boolean {
    for (const fault of this.oneWays) {
      if (selects(fault.from, from) && selects(fault.to, to)) return true;
    }
    for (const fault of this.partitions) {
      const fromGroup = groupIndex(fault.groups, from);
      if (fromGroup < 0) continue;
      const toGroup = groupIndex(fault.groups, to);
      if (toGroup >= 0 && toGroup !== fromGroup) return true;
    }
    return false;
  }

  /**
   * Decides the fate of one message sent now; on delivery, pushes the arrival time of each
   * copy into `arrivalsUs` (the first is the original, the rest duplicates).
   */
  route(from: string, to: string, nowUs: Micros, arrivalsUs: Micros[], messageKind?: string): RouteOutcome {
    if (this.isCut(from, to)) return 'cut';
    let lost = false;
    let delayUs = 0;
    let jitterUs = 0;
    let duplicatePpm = 0;
    let duplicateMax = 0;
    let reorderPpm = 0;
    for (const fault of this.links) {
      if (!(selects(fault.from, from) && selects(fault.to, to))) continue;
      if (fault.dropPpm && this.rng.chance(fault.dropPpm)) lost = true;
      delayUs += fault.delayUs ?? 0;
      jitterUs += fault.jitterUs ?? 0;
      duplicatePpm = Math.max(duplicatePpm, fault.duplicatePpm ?? 0);
      duplicateMax = Math.max(duplicateMax, fault.duplicateMax ?? (fault.duplicatePpm ? 1 : 0));
      reorderPpm = Math.max(reorderPpm, fault.reorderPpm ?? 0);
    }
    if (lost && !this.variant.deliverLost) return 'lost';
    let key = this.linkKey(from, to);
    if (messageKind !== undefined) {
      let delayedByKind = false;
      for (const fault of this.kindDelays) {
        if (!kindMatches(fault.messageKind, messageKind) || !(selects(fault.from, from) && selects(fault.to, to))) continue;
        delayedByKind = true;
        delayUs += fault.delayUs + (fault.jitterUs ? this.rng.int(0, fault.jitterUs) : 0);
      }
      // A delayed kind travels on its own channel: FIFO among its kind, never holding others back.
      if (delayedByKind) key += `\u0000${messageKind}`;
    }
    const copies = 1 + (duplicatePpm > 0 && this.rng.chance(duplicatePpm) ? this.rng.int(1, Math.max(1, duplicateMax)) : 0);
    for (let copy = 0; copy < copies; copy++) {
      let readyUs = nowUs + this.latency() + delayUs + (jitterUs > 0 ? this.rng.int(0, jitterUs) : 0);
      const reordered = reorderPpm > 0 && this.rng.chance(reorderPpm);
      if (!reordered) {
        // FIFO: never arrive before an earlier message on the same link.
        const lastUs = this.linkReadyUs.get(key) ?? 0;
        if (readyUs < lastUs) readyUs = lastUs;
        this.linkReadyUs.set(key, readyUs);
      }
      arrivalsUs.push(readyUs);
    }
    return 'delivered';
  }

  private linkKey(from: string, to: string): string {
    let byTarget = this.linkKeys.get(from);
    if (byTarget === undefined) this.linkKeys.set(from, (byTarget = new Map()));
    let key = byTarget.get(to);
    if (key === undefined) byTarget.set(to, (key = `${from}\u0000${to}`));
    return key;
  }

  private latency(): Micros {
    const { min, max } = this.latencyUs;
    const latencyUs = min === max ? min : this.rng.int(min, max);
    return this.variant.extraLatencyUs ? latencyUs + this.variant.extraLatencyUs() : latencyUs;
  }

  private reindex(): void {
    // Faults in id order, so overlapping link faults draw their random numbers in a fixed order.
    const ordered = [...this.faults.entries()].sort((a, b) => a[0] - b[0]).map(([, fault]) => fault);
    this.partitions = ordered.filter((f): f is PartitionFault => f.kind === 'partition');
    this.oneWays = ordered.filter((f): f is OneWayFault => f.kind === 'one-way');
    this.links = ordered.filter((f): f is LinkFault => f.kind === 'link');
    this.kindDelays = ordered.filter((f): f is DelayKindFault => f.kind === 'delay-kind');
  }
}

function groupIndex(groups: readonly string[][], actorId: string): number {
  for (let index = 0; index < groups.length; index++) {
    if (selects(groups[index], actorId)) return index;
  }
  return -1;
}

/**
 * Does a delay-kind fault of `faultKind` hold a message of body `messageKind`? Its own kind, and a
 * `tx` fault also holds validators' relay batches (`txBatch`: client txs gossiped together), so a
 * schedule that delays tx gossip delays it however it is packed.
 */
function kindMatches(faultKind: string, messageKind: string): boolean {
  return faultKind === messageKind || (faultKind === 'tx' && messageKind === 'txBatch');
}
