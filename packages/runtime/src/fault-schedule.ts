/**
 * Faults as data. A fault schedule is a list of timed fault events, serializable to JSON, that
 * drives the simulator's network and, through FaultCommand control messages, a live run's
 * nemesis. Times are µs from the start of the run. Actor names may end in `*` to select every
 * actor with that prefix (`validator-*`).
 *
 * JSON form: { "version": 1, "faults": [ { "kind": "partition", "atUs": 1000000, "durationUs":
 * 30000000, "groups": [["validator-1","validator-2"],["validator-3","validator-4"]] }, ... ] }
 */
import { ENVELOPE_BODY_NAMES, pb, type EnvelopeBodyName, type FaultCommand } from '@faultline/protocol';
import type { Micros, Ppm } from './units.ts';
import { PPM_ONE } from './units.ts';
import { didYouMean, fieldPath, unknownField, unknownFieldMessage } from './known-fields.ts';

interface Timed {
  /** When the fault starts, µs from the run's start. */
  atUs: Micros;
  /** How long it lasts; absent = until a `heal` (or for ever). */
  durationUs?: Micros;
}

export interface LinkSpec {
  /** Senders the fault applies to; absent = every actor. */
  from?: string[];
  /** Receivers the fault applies to; absent = every actor. */
  to?: string[];
}

export type FaultEvent =
  /** Actors in different groups cannot reach each other, both ways. Unlisted actors reach everyone. */
  | (Timed & { kind: 'partition'; groups: string[][] })
  /** Messages from `from` to `to` are dropped; the reverse direction flows. */
  | (Timed & { kind: 'one-way'; from: string[]; to: string[] })
  /** Link behaviour from `from` to `to`: loss, latency with jitter, duplication, reordering. */
  | (Timed &
      LinkSpec & {
        kind: 'link';
        /** Probability that a message is dropped. */
        dropPpm?: Ppm;
        /** Added one-way latency. */
        delayUs?: Micros;
        /** Uniform jitter added on top of delayUs: [0, jitterUs]. */
        jitterUs?: Micros;
        /** Probability that a message is duplicated (each copy draws its own latency). */
        duplicatePpm?: Ppm;
        /** At most this many extra copies of one message. */
        duplicateMax?: number;
        /** Probability that a message ignores the link's FIFO order (may overtake earlier ones). */
        reorderPpm?: Ppm;
      })
  /**
   * A timing fault by message kind: messages whose envelope body is `messageKind` (e.g.
   * `proposal`) from `from` to `to` arrive `delayUs` (+ uniform [0, jitterUs]) late, while other
   * kinds flow on time — proposals delayed relative to votes. Like CometBFT's per-kind channels,
   * a delayed kind keeps its own FIFO order and does not hold the link's other messages back
   * (once the fault ends, new messages of the kind may overtake the late ones). `tx` also holds
   * validators' relay batches (`txBatch`): tx gossip however it is packed.
   */
  | (Timed &
      LinkSpec & {
        kind: 'delay-kind';
        messageKind: EnvelopeBodyName;
        delayUs: Micros;
        jitterUs?: Micros;
      })
  /** Removes every partition, one-way partition, link and delay-kind fault in force. */
  | { kind: 'heal'; atUs: Micros }
  /** Crash: the actor loses memory, timers and in-flight messages; restarts after durationUs if given. */
  | (Timed & { kind: 'crash'; actors: string[] })
  /**
   * A crash timed to an event, not a time (a nemesis that acts on what it sees, as Jepsen's do):
   * from atUs, each of `actors` crashes right after the first vote it signs and publishes (a
   * vote envelope naming it as the validator; a re-sent vote of its own counts too), within
   * withinUs of atUs (default CRASH_AFTER_VOTE_WITHIN_US_DEFAULT; the trigger then lapses: an actor that
   * never votes again is never crashed). It restarts durationUs after its crash (absent: at a
   * `restart`). Carried out by the simulator; a live run refuses it.
   */
  | (Timed & { kind: 'crash-after-vote'; actors: string[]; withinUs?: Micros })
  | { kind: 'restart'; atUs: Micros; actors: string[] }
  /** Pause (SIGSTOP): nothing is processed; messages and timers wait; resumes after durationUs if given. */
  | (Timed & { kind: 'pause'; actors: string[] })
  | { kind: 'resume'; atUs: Micros; actors: string[] }
  /** The actors' clocks read skewUs ahead (negative: behind) of true time. */
  | { kind: 'skew'; atUs: Micros; actors: string[]; skewUs: Micros }
  /** The broker goes down (kill -9) for durationUs and comes back on the same port and store. */
  | { kind: 'broker-restart'; atUs: Micros; durationUs: Micros }
  /**
   * Cluster runs (`faultline up --cluster N`): SIGKILL the named broker nodes (nats-1 … nats-N),
   * restarted on the same port and store after durationUs if given. The simulator's broker is
   * one logical, always-available broker (what a quorum of replicas gives): there it is a no-op.
   */
  | (Timed & { kind: 'broker-kill'; nodes: string[] })
  /**
   * Cluster runs: the routes between broker nodes of different groups are cut (their TCP
   * connections dropped, reconnects refused) until durationUs, or a `heal`. A no-op in the simulator.
   */
  | (Timed & { kind: 'broker-partition'; groups: string[][] });

export type FaultKindName = FaultEvent['kind'];

export interface FaultSchedule {
  version: 1;
  faults: FaultEvent[];
}

/**
 * The fields of each fault kind: the one table every reader of a schedule uses (a scenario's
 * `faults`, `--faults`, `--nemesis`, FaultCommand). A field not in its kind's row is an error.
 */
const TIMED_FIELDS = ['kind', 'atUs', 'durationUs'] as const;
export const FAULT_KIND_FIELDS: Readonly<Record<FaultKindName, readonly string[]>> = {
  partition: [...TIMED_FIELDS, 'groups'],
  'one-way': [...TIMED_FIELDS, 'from', 'to'],
  link: [...TIMED_FIELDS, 'from', 'to', 'dropPpm', 'delayUs', 'jitterUs', 'duplicatePpm', 'duplicateMax', 'reorderPpm'],
  'delay-kind': [...TIMED_FIELDS, 'from', 'to', 'messageKind', 'delayUs', 'jitterUs'],
  heal: ['kind', 'atUs'],
  crash: [...TIMED_FIELDS, 'actors'],
  'crash-after-vote': [...TIMED_FIELDS, 'actors', 'withinUs'],
  restart: ['kind', 'atUs', 'actors'],
  pause: [...TIMED_FIELDS, 'actors'],
  resume: ['kind', 'atUs', 'actors'],
  skew: ['kind', 'atUs', 'actors', 'skewUs'],
  'broker-restart': ['kind', 'atUs', 'durationUs'],
  'broker-kill': [...TIMED_FIELDS, 'nodes'],
  'broker-partition': [...TIMED_FIELDS, 'groups'],
};
/** A crash-after-vote trigger waits this long for a vote unless its `withinUs` says otherwise. */
export const CRASH_AFTER_VOTE_WITHIN_US_DEFAULT = 10_000_000;
/** Kinds the simulator carries out and a live run refuses (they act on events inside an actor's process). */
export const SIM_ONLY_FAULT_KINDS: readonly FaultKindName[] = ['crash-after-vote'];
/** The kinds only a live cluster carries out (the simulator has one logical broker): not drawn by the swarm campaigns. */
export const BROKER_NODE_FAULT_KINDS: readonly FaultKindName[] = ['broker-kill', 'broker-partition'];
export const FAULT_KINDS = Object.keys(FAULT_KIND_FIELDS) as FaultKindName[];
const SCHEDULE_FIELDS = ['version', 'faults'];

export const FAULT_SCHEDULE_VERSION = 1;
/** A bound on schedule size: a schedule is a test input, not a stream. */
export const FAULT_EVENTS_MAX = 10_000;

export class FaultScheduleError extends Error {
  override readonly name = 'FaultScheduleError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export function emptySchedule(): FaultSchedule {
  return { version: 1, faults: [] };
}

/** Does `actorId` match a selector list (exact names or `prefix*`)? Absent list = everyone. */
export function selects(selectors: readonly string[] | undefined, actorId: string): boolean {
  if (selectors === undefined) return true;
  for (const selector of selectors) {
    if (selector === actorId) return true;
    if (selector.endsWith('*') && actorId.startsWith(selector.slice(0, -1))) return true;
  }
  return false;
}

/**
 * Why a live run (`faultline up`) cannot carry out this schedule, naming the first fault's path
 * under `base` (the schedule's own JSON path: `$` for a schedule file, `$.faults` for a
 * scenario's), or undefined.
 */
export function liveRefusal(schedule: FaultSchedule, base = '$'): FaultScheduleError | undefined {
  const index = schedule.faults.findIndex((fault) => SIM_ONLY_FAULT_KINDS.includes(fault.kind));
  if (index < 0) return undefined;
  const kind = schedule.faults[index]?.kind;
  return new FaultScheduleError(
    `${base}.faults[${index}].kind`,
    `${kind} is carried out by the simulator only: it crashes a validator right after it signs a vote, an event inside the validator's process that a live nemesis cannot time (use a timed "crash" live)`,
  );
}

/** Validates parsed JSON as a fault schedule; each problem names its path (faults[3].dropPpm). */
export function parseFaultSchedule(input: unknown): FaultSchedule {
  // A bare event or a bare list is not a schedule; its own bad fields are named first, since
  // they are what the author got wrong twice.
  const wrap = 'write { "version": 1, "faults": [ ... ] }';
  if (Array.isArray(input)) {
    input.forEach((event, index) => parseFaultEvent(event, `$[${index}]`));
    throw new FaultScheduleError('$', `is a list of fault events, not a schedule: ${wrap}`);
  }
  const root = object(input, '$');
  if (!('faults' in root) && 'kind' in root) {
    parseFaultEvent(root, '$');
    throw new FaultScheduleError('$', `is one fault event, not a schedule: ${wrap}`);
  }
  const extra = unknownField(root, SCHEDULE_FIELDS);
  if (extra !== undefined) throw new FaultScheduleError(fieldPath('$', extra), unknownFieldMessage(extra, SCHEDULE_FIELDS, 'a fault schedule'));
  if (root['version'] !== FAULT_SCHEDULE_VERSION) {
    throw new FaultScheduleError('$.version', `expected ${FAULT_SCHEDULE_VERSION}, got ${JSON.stringify(root['version'])}`);
  }
  const faultsRaw = root['faults'];
  if (!Array.isArray(faultsRaw)) throw new FaultScheduleError('$.faults', 'must be an array');
  if (faultsRaw.length > FAULT_EVENTS_MAX) {
    throw new FaultScheduleError('$.faults', `has ${faultsRaw.length} events; the limit is ${FAULT_EVENTS_MAX}`);
  }
  return { version: 1, faults: faultsRaw.map((raw, index) => parseFaultEvent(raw, `$.faults[${index}]`)) };
}

function parseFaultEvent(raw: unknown, path: string): FaultEvent {
  const o = object(raw, path);
  const kind = o['kind'];
  if (typeof kind !== 'string' || !Object.hasOwn(FAULT_KIND_FIELDS, kind)) {
    throw new FaultScheduleError(`${path}.kind`, `unknown fault kind ${JSON.stringify(kind)}${typeof kind === 'string' ? didYouMean(kind, FAULT_KINDS) : ''} (${FAULT_KINDS.join(', ')})`);
  }
  const fields = FAULT_KIND_FIELDS[kind as FaultKindName];
  const extra = unknownField(o, fields);
  if (extra !== undefined) throw new FaultScheduleError(fieldPath(path, extra), unknownFieldMessage(extra, fields, `a ${kind} fault`));
  const atUs = nonNegativeInt(o['atUs'], `${path}.atUs`);
  const durationUs = optional(o['durationUs'], (v) => positiveInt(v, `${path}.durationUs`));
  const timed = durationUs === undefined ? { atUs } : { atUs, durationUs };
  switch (kind) {
    case 'partition': {
      const groupsRaw = o['groups'];
      if (!Array.isArray(groupsRaw) || groupsRaw.length < 2) {
        throw new FaultScheduleError(`${path}.groups`, 'must be an array of at least two actor groups');
      }
      return { kind, ...timed, groups: groupsRaw.map((g, i) => actorList(g, `${path}.groups[${i}]`)) };
    }
    case 'one-way':
      return { kind, ...timed, from: actorList(o['from'], `${path}.from`), to: actorList(o['to'], `${path}.to`) };
    case 'link': {
      const event: FaultEvent = { kind, ...timed };
      const from = optional(o['from'], (v) => actorList(v, `${path}.from`));
      const to = optional(o['to'], (v) => actorList(v, `${path}.to`));
      if (from) event.from = from;
      if (to) event.to = to;
      const dropPpm = optional(o['dropPpm'], (v) => ppm(v, `${path}.dropPpm`));
      const delayUs = optional(o['delayUs'], (v) => nonNegativeInt(v, `${path}.delayUs`));
      const jitterUs = optional(o['jitterUs'], (v) => nonNegativeInt(v, `${path}.jitterUs`));
      const duplicatePpm = optional(o['duplicatePpm'], (v) => ppm(v, `${path}.duplicatePpm`));
      const duplicateMax = optional(o['duplicateMax'], (v) => boundedInt(v, `${path}.duplicateMax`, 1, 16));
      const reorderPpm = optional(o['reorderPpm'], (v) => ppm(v, `${path}.reorderPpm`));
      if (dropPpm !== undefined) event.dropPpm = dropPpm;
      if (delayUs !== undefined) event.delayUs = delayUs;
      if (jitterUs !== undefined) event.jitterUs = jitterUs;
      if (duplicatePpm !== undefined) event.duplicatePpm = duplicatePpm;
      if (duplicateMax !== undefined) event.duplicateMax = duplicateMax;
      if (reorderPpm !== undefined) event.reorderPpm = reorderPpm;
      return event;
    }
    case 'delay-kind': {
      const messageKind = o['messageKind'];
      if (typeof messageKind !== 'string' || !(ENVELOPE_BODY_NAMES as readonly string[]).includes(messageKind)) {
        throw new FaultScheduleError(`${path}.messageKind`, `must be an envelope body name (${ENVELOPE_BODY_NAMES.join(', ')}), got ${JSON.stringify(messageKind)}`);
      }
      const event: FaultEvent = { kind, ...timed, messageKind: messageKind as EnvelopeBodyName, delayUs: positiveInt(o['delayUs'], `${path}.delayUs`) };
      const from = optional(o['from'], (v) => actorList(v, `${path}.from`));
      const to = optional(o['to'], (v) => actorList(v, `${path}.to`));
      const jitterUs = optional(o['jitterUs'], (v) => nonNegativeInt(v, `${path}.jitterUs`));
      if (from) event.from = from;
      if (to) event.to = to;
      if (jitterUs !== undefined) event.jitterUs = jitterUs;
      return event;
    }
    case 'heal':
      return { kind, atUs };
    case 'crash':
    case 'pause':
      return { kind, ...timed, actors: actorList(o['actors'], `${path}.actors`) };
    case 'crash-after-vote': {
      const withinUs = optional(o['withinUs'], (v) => positiveInt(v, `${path}.withinUs`));
      return { kind, ...timed, actors: actorList(o['actors'], `${path}.actors`), ...(withinUs !== undefined ? { withinUs } : {}) };
    }
    case 'restart':
    case 'resume':
      return { kind, atUs, actors: actorList(o['actors'], `${path}.actors`) };
    case 'skew':
      return { kind, atUs, actors: actorList(o['actors'], `${path}.actors`), skewUs: safeInt(o['skewUs'], `${path}.skewUs`) };
    case 'broker-kill':
      return { kind, ...timed, nodes: nodeList(o['nodes'], `${path}.nodes`) };
    case 'broker-partition': {
      const groupsRaw = o['groups'];
      if (!Array.isArray(groupsRaw) || groupsRaw.length < 2) {
        throw new FaultScheduleError(`${path}.groups`, 'must be an array of at least two broker node groups');
      }
      return { kind, ...timed, groups: groupsRaw.map((g, i) => nodeList(g, `${path}.groups[${i}]`)) };
    }
    case 'broker-restart':
      if (durationUs === undefined) throw new FaultScheduleError(`${path}.durationUs`, 'a broker restart needs its downtime (µs, > 0)');
      return { kind, atUs, durationUs };
    default:
      // FAULT_KIND_FIELDS admitted it: a kind with a field table and no parser is a programmer's bug.
      throw new Error(`assert: fault kind ${JSON.stringify(kind)} has a field table but no parser`);
  }
}

const KIND_TO_PB: Record<FaultKindName, number> = {
  partition: pb.FaultKind.FAULT_KIND_PARTITION,
  'one-way': pb.FaultKind.FAULT_KIND_ONE_WAY,
  heal: pb.FaultKind.FAULT_KIND_HEAL,
  link: pb.FaultKind.FAULT_KIND_LINK,
  crash: pb.FaultKind.FAULT_KIND_CRASH,
  restart: pb.FaultKind.FAULT_KIND_RESTART,
  pause: pb.FaultKind.FAULT_KIND_PAUSE,
  resume: pb.FaultKind.FAULT_KIND_RESUME,
  skew: pb.FaultKind.FAULT_KIND_CLOCK_SKEW,
  'broker-restart': pb.FaultKind.FAULT_KIND_BROKER_RESTART,
  'delay-kind': pb.FaultKind.FAULT_KIND_DELAY_KIND,
  'broker-kill': pb.FaultKind.FAULT_KIND_BROKER_KILL,
  'broker-partition': pb.FaultKind.FAULT_KIND_BROKER_PARTITION,
  'crash-after-vote': pb.FaultKind.FAULT_KIND_CRASH_AFTER_VOTE,
};

/** The schedule name of a wire FaultKind (faultline.v1.FaultKind), or undefined for a number no schedule kind has. */
export function faultKindName(kind: number): FaultKindName | undefined {
  return PB_TO_KIND.get(kind);
}
const PB_TO_KIND = new Map<number, FaultKindName>(Object.entries(KIND_TO_PB).map(([name, pb]) => [pb, name as FaultKindName]));

/** The one conversion from a schedule event to its wire form (the nemesis' control message). */
export function faultToCommand(event: FaultEvent, faultId: number): FaultCommand {
  const command: FaultCommand = { faultId, kind: KIND_TO_PB[event.kind], atUs: event.atUs };
  if ('durationUs' in event && event.durationUs !== undefined) command.durationUs = event.durationUs;
  switch (event.kind) {
    case 'partition':
    case 'broker-partition':
      command.groups = event.groups.map((actors) => ({ actors }));
      break;
    case 'broker-kill':
      command.actors = event.nodes;
      break;
    case 'one-way':
      command.from = event.from;
      command.to = event.to;
      break;
    case 'link':
      if (event.from) command.from = event.from;
      if (event.to) command.to = event.to;
      command.dropPpm = event.dropPpm ?? 0;
      command.delayUs = event.delayUs ?? 0;
      command.jitterUs = event.jitterUs ?? 0;
      command.duplicatePpm = event.duplicatePpm ?? 0;
      command.duplicateMax = event.duplicateMax ?? 0;
      command.reorderPpm = event.reorderPpm ?? 0;
      break;
    case 'delay-kind':
      if (event.from) command.from = event.from;
      if (event.to) command.to = event.to;
      command.messageKind = event.messageKind;
      command.delayUs = event.delayUs;
      command.jitterUs = event.jitterUs ?? 0;
      break;
    case 'heal':
    case 'broker-restart':
      break;
    case 'crash':
    case 'restart':
    case 'pause':
    case 'resume':
      command.actors = event.actors;
      break;
    case 'crash-after-vote':
      command.actors = event.actors;
      if (event.withinUs !== undefined) command.withinUs = event.withinUs;
      break;
    case 'skew':
      command.actors = event.actors;
      command.skewUs = event.skewUs;
      break;
    default: {
      const exhaustive: never = event;
      throw new Error(`faultToCommand: unhandled ${JSON.stringify(exhaustive)}`);
    }
  }
  return command;
}

/** A fault command off the wire in the runtime's terms: its id and the schedule event (the one conversion; validates like parseFaultSchedule). */
export function faultFromCommand(command: FaultCommand): { faultId: number; fault: FaultEvent } {
  return { faultId: Number(command.faultId ?? 0), fault: commandToFault(command) };
}

/** The inverse of faultToCommand; validates like parseFaultSchedule. */
export function commandToFault(command: FaultCommand): FaultEvent {
  const kind = (Object.keys(KIND_TO_PB) as FaultKindName[]).find((name) => KIND_TO_PB[name] === command.kind);
  if (!kind) throw new FaultScheduleError('FaultCommand.kind', `unknown fault kind ${String(command.kind)}`);
  const json: Record<string, unknown> = { kind, atUs: command.atUs ?? 0 };
  if (command.durationUs) json['durationUs'] = command.durationUs;
  if (command.groups?.length) json['groups'] = command.groups.map((g) => g.actors ?? []);
  if (command.from?.length) json['from'] = command.from;
  if (command.to?.length) json['to'] = command.to;
  if (command.actors?.length) json[kind === 'broker-kill' ? 'nodes' : 'actors'] = command.actors;
  // Every field the command sets goes to the parser, whatever its kind: one of another kind's row
  // (a crash with a skewUs) is an error naming it, as in a schedule file, never silently dropped.
  // A wire field at its default (0, "") is absent, except where the kind requires it.
  for (const key of ['dropPpm', 'delayUs', 'jitterUs', 'duplicatePpm', 'duplicateMax', 'reorderPpm', 'skewUs', 'withinUs', 'messageKind'] as const) {
    if (command[key]) json[key] = command[key];
  }
  if (kind === 'skew') json['skewUs'] ??= 0;
  if (kind === 'delay-kind') {
    json['messageKind'] ??= '';
    json['delayUs'] ??= 0;
  }
  return parseFaultEvent(json, 'FaultCommand');
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FaultScheduleError(path, 'must be an object');
  }
  return value as Record<string, unknown>;
}
function optional<T>(value: unknown, parse: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}
function safeInt(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value)) throw new FaultScheduleError(path, `must be an integer, got ${JSON.stringify(value)}`);
  return value as number;
}
function nonNegativeInt(value: unknown, path: string): number {
  const n = safeInt(value, path);
  if (n < 0) throw new FaultScheduleError(path, `must be >= 0, got ${n}`);
  return n;
}
function positiveInt(value: unknown, path: string): number {
  const n = safeInt(value, path);
  if (n <= 0) throw new FaultScheduleError(path, `must be > 0, got ${n}`);
  return n;
}
function boundedInt(value: unknown, path: string, min: number, max: number): number {
  const n = safeInt(value, path);
  if (n < min || n > max) throw new FaultScheduleError(path, `must be in [${min}, ${max}], got ${n}`);
  return n;
}
function ppm(value: unknown, path: string): number {
  return boundedInt(value, path, 0, PPM_ONE);
}
/** Broker node names: nats-<n> (n >= 1), or nats-* for every node. */
function nodeList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new FaultScheduleError(path, 'must be a non-empty array of broker node names (nats-1, nats-2, …, or nats-*)');
  return value.map((name, index) => {
    if (typeof name !== 'string' || !/^nats-([1-9][0-9]*|\*)$/.test(name)) {
      throw new FaultScheduleError(`${path}[${index}]`, `must be a broker node name (nats-1, nats-2, …, or nats-*), got ${JSON.stringify(name)}`);
    }
    return name;
  });
}
function actorList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new FaultScheduleError(path, 'must be a non-empty array of actor ids');
  return value.map((id, index) => {
    if (typeof id !== 'string' || id.length === 0) {
      throw new FaultScheduleError(`${path}[${index}]`, `must be an actor id string, got ${JSON.stringify(id)}`);
    }
    return id;
  });
}
