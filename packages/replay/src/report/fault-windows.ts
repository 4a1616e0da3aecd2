/**
 * The windows a report shades on every timeline, as Jepsen shades nemesis periods: the fault
 * schedule's commands as they fired (`fault` records) and, in live logs, the supervisor's view
 * of processes that were really down (`lifecycle` records), which may outlast the command (a
 * restart with backoff) or lack one (a process that crashed by itself).
 */
import type { faultline } from '@faultline/protocol';
import { faultKindName, type FaultKindName } from '@faultline/runtime';
import { faultFacts, lifecycleFacts, type FaultFacts } from '../wire.ts';

export interface Window {
  label: string;
  fromS: number;
  toS: number;
  /** fault: a command of the schedule; down: a process crashed or paused, as observed. */
  kind: 'fault' | 'down';
}

/** A fault or lifecycle record with its log time, in seconds from the run's start. */
export interface WindowRecord {
  timeS: number;
  fault?: faultline.v1.IFaultCommand | null;
  lifecycle?: faultline.v1.IActorLifecycle | null;
}

// faultline.v1.FaultKind (proto/faultline/v1/control.proto); the generated enum is type-only here.
const FAULT = { PARTITION: 1, ONE_WAY: 2, HEAL: 3, LINK: 4, CRASH: 5, RESTART: 6, PAUSE: 7, RESUME: 8, CLOCK_SKEW: 9, BROKER_RESTART: 10 } as const;
/** A window's label: the schedule's name of its kind (runtime's one table), spelt out where it is terse. */
const LABEL_OF_NAME: Partial<Record<FaultKindName, string>> = { skew: 'clock skew', 'broker-restart': 'broker restart' };
function kindLabel(kind: number): string {
  const name = faultKindName(kind);
  return name === undefined ? `fault kind ${kind}` : (LABEL_OF_NAME[name] ?? name);
}
/** What `heal` removes (docs/fault-schedule.md): partitions, one-way partitions and link faults, not crashes, pauses or skews. */
const HEALED = new Set<number>([FAULT.PARTITION, FAULT.ONE_WAY, FAULT.LINK]);
/** The command that ends an open-ended crash or pause of the same actors. */
const ENDED_BY: Record<number, number> = { [FAULT.CRASH]: FAULT.RESTART, [FAULT.PAUSE]: FAULT.RESUME };

interface Open {
  window: Window;
  kind: number;
  actors: readonly string[];
}

/**
 * Windows sorted by start. A fault with a duration ends after it; one without lasts until what
 * ends it (heal, restart, resume of an overlapping actor), else until `endS`, the log's end.
 */
export function faultWindows(records: readonly WindowRecord[], endS: number): Window[] {
  const windows: Window[] = [];
  const open: Open[] = [];
  const down = new Map<string, number>();
  // Wire to facts once (wire.ts); a command without a time fired at its record's.
  const faults: Array<{ fault: FaultFacts; atS: number }> = [];
  for (const record of records) {
    if (!record.fault) continue;
    const fault = faultFacts(record.fault);
    faults.push({ fault, atS: fault.atUs === undefined ? record.timeS : fault.atUs / 1e6 });
  }
  faults.sort((a, b) => a.atS - b.atS);
  for (const { fault, atS } of faults) {
    const { kind, actors } = fault;
    if (kind === FAULT.HEAL || kind === FAULT.RESTART || kind === FAULT.RESUME) {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as Open;
        const ends = kind === FAULT.HEAL ? HEALED.has(o.kind) : ENDED_BY[o.kind] === kind && actorsOverlap(o.actors, actors);
        if (!ends) continue;
        o.window.toS = atS;
        open.splice(i, 1);
      }
      continue;
    }
    const durationUs = fault.durationUs;
    const window: Window = { label: `${kindLabel(kind)}${targets(fault)}`, fromS: atS, toS: durationUs > 0 ? atS + durationUs / 1e6 : endS, kind: 'fault' };
    windows.push(window);
    if (durationUs <= 0) open.push({ window, kind, actors });
  }
  for (const record of records) {
    if (!record.lifecycle) continue;
    const { actorId, change } = lifecycleFacts(record.lifecycle);
    if (change === 'crashed' || change === 'paused') {
      if (!down.has(`${actorId} ${change}`)) down.set(`${actorId} ${change}`, record.timeS);
      continue;
    }
    const opened = change === 'restarted' ? `${actorId} crashed` : change === 'resumed' ? `${actorId} paused` : undefined;
    const fromS = opened === undefined ? undefined : down.get(opened);
    if (opened === undefined || fromS === undefined) continue;
    windows.push({ label: opened, fromS, toS: record.timeS, kind: 'down' });
    down.delete(opened);
  }
  for (const [label, fromS] of down) windows.push({ label, fromS, toS: Math.max(fromS, endS), kind: 'down' });
  return windows.sort((a, b) => a.fromS - b.fromS || a.toS - b.toS);
}

function targets(fault: FaultFacts): string {
  if (fault.actors.length) return ` ${fault.actors.join(',')}`;
  if (fault.groups.length) return ` ${fault.groups.map((actors) => actors.join(',')).join(' | ')}`;
  if (fault.from.length || fault.to.length) return ` ${fault.from.length ? fault.from.join(',') : '*'} → ${fault.to.length ? fault.to.join(',') : '*'}`;
  return '';
}

/** Schedules name actors by id or by pattern (`oracle-*`), so a restart of `oracle-1` ends a crash of `oracle-*`. */
function actorsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => matches(x, y) || matches(y, x)));
}

function matches(pattern: string, id: string): boolean {
  if (!pattern.includes('*')) return pattern === id;
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(id);
}
