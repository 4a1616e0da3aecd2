/**
 * Fault schedule rules, one by one (issue 13 item 8): every value check at its bound with the
 * path and message it names, the selector rule (exact names and `prefix*`), and the wire
 * conversion's defaults (a link fault's absent fields are zeros on the wire and absent again
 * when read back; an unknown wire kind is refused, naming FaultCommand.kind).
 */
import { describe, expect, it } from 'vitest';
import {
  commandToFault,
  emptySchedule,
  FAULT_EVENTS_MAX,
  faultFromCommand,
  faultKindName,
  faultToCommand,
  FaultScheduleError,
  liveRefusal,
  parseFaultSchedule,
  selects,
  type FaultEvent,
} from '@faultline/runtime';
import { pb } from '@faultline/protocol';

/** The error parseFaultSchedule throws for `faults` (one event or a list), as "path: message". */
function errorOf(faults: unknown, wrap = true): string {
  try {
    parseFaultSchedule(wrap ? { version: 1, faults: Array.isArray(faults) ? faults : [faults] } : faults);
  } catch (error) {
    if (error instanceof FaultScheduleError) {
      expect(error.message).toBe(`${error.path}: ${error.message.slice(error.path.length + 2)}`);
      expect(error.name).toBe('FaultScheduleError');
      return error.message;
    }
    throw error;
  }
  throw new Error('expected a FaultScheduleError');
}

const parsed = (event: Record<string, unknown>): FaultEvent => parseFaultSchedule({ version: 1, faults: [event] }).faults[0] as FaultEvent;

describe('the schedule itself', () => {
  it('must be an object with version 1 and an array of at most FAULT_EVENTS_MAX events', () => {
    expect(errorOf(null, false)).toBe('$: must be an object');
    expect(errorOf('faults', false)).toBe('$: must be an object');
    expect(errorOf({ version: 2, faults: [] }, false)).toBe('$.version: expected 1, got 2');
    expect(errorOf({ faults: [] }, false)).toBe('$.version: expected 1, got undefined');
    expect(errorOf({ version: 1, faults: {} }, false)).toBe('$.faults: must be an array');
    const heal = { kind: 'heal', atUs: 0 };
    expect(parseFaultSchedule({ version: 1, faults: Array.from({ length: FAULT_EVENTS_MAX }, () => heal) }).faults).toHaveLength(FAULT_EVENTS_MAX);
    expect(errorOf({ version: 1, faults: Array.from({ length: FAULT_EVENTS_MAX + 1 }, () => heal) }, false)).toBe(`$.faults: has ${FAULT_EVENTS_MAX + 1} events; the limit is ${FAULT_EVENTS_MAX}`);
    expect(emptySchedule()).toEqual({ version: 1, faults: [] });
  });

  it('a bare list or event names its own bad field first, then says how to wrap it', () => {
    expect(errorOf([{ kind: 'heal', atUs: -1 }], false)).toBe('$[0].atUs: must be >= 0, got -1');
    expect(errorOf([{ kind: 'heal', atUs: 0 }], false)).toBe('$: is a list of fault events, not a schedule: write { "version": 1, "faults": [ ... ] }');
    expect(errorOf({ kind: 'heal', atUs: 0 }, false)).toBe('$: is one fault event, not a schedule: write { "version": 1, "faults": [ ... ] }');
    expect(errorOf({ kind: 'heal' }, false)).toBe('$.atUs: must be an integer, got undefined');
  });

  it('an event that is not an object, or of no known kind, is named at its path', () => {
    expect(errorOf([{ kind: 'heal', atUs: 0 }, 7])).toBe('$.faults[1]: must be an object');
    expect(errorOf([[]])).toBe('$.faults[0]: must be an object');
    expect(errorOf({ kind: 3, atUs: 0 })).toMatch(/^\$\.faults\[0\]\.kind: unknown fault kind 3 \(partition, one-way, link, /);
    expect(errorOf({ kind: 'zzzzzzzz', atUs: 0 })).toMatch(/^\$\.faults\[0\]\.kind: unknown fault kind "zzzzzzzz" \(partition, /);
  });
});

describe('times', () => {
  it('atUs is an integer >= 0 (0 allowed); durationUs an integer > 0', () => {
    expect(parsed({ kind: 'crash', atUs: 0, actors: ['a'] })).toEqual({ kind: 'crash', atUs: 0, actors: ['a'] });
    expect(errorOf({ kind: 'crash', atUs: -1, actors: ['a'] })).toBe('$.faults[0].atUs: must be >= 0, got -1');
    expect(errorOf({ kind: 'crash', atUs: 1.5, actors: ['a'] })).toBe('$.faults[0].atUs: must be an integer, got 1.5');
    expect(parsed({ kind: 'crash', atUs: 0, durationUs: 1, actors: ['a'] })).toEqual({ kind: 'crash', atUs: 0, durationUs: 1, actors: ['a'] });
    expect(errorOf({ kind: 'crash', atUs: 0, durationUs: 0, actors: ['a'] })).toBe('$.faults[0].durationUs: must be > 0, got 0');
    expect(errorOf({ kind: 'crash', atUs: 0, durationUs: '5', actors: ['a'] })).toBe('$.faults[0].durationUs: must be an integer, got "5"');
  });

  it('a broker restart needs its downtime', () => {
    expect(errorOf({ kind: 'broker-restart', atUs: 0 })).toBe('$.faults[0].durationUs: a broker restart needs its downtime (µs, > 0)');
  });

  it('skew is any integer, negative included', () => {
    expect(parsed({ kind: 'skew', atUs: 0, actors: ['a'], skewUs: -5 })).toEqual({ kind: 'skew', atUs: 0, actors: ['a'], skewUs: -5 });
    expect(errorOf({ kind: 'skew', atUs: 0, actors: ['a'], skewUs: 0.5 })).toBe('$.faults[0].skewUs: must be an integer, got 0.5');
  });
});

describe('actor and node lists', () => {
  it('a list of actors is a non-empty array of non-empty strings', () => {
    expect(errorOf({ kind: 'pause', atUs: 0, actors: 'a' })).toBe('$.faults[0].actors: must be a non-empty array of actor ids');
    expect(errorOf({ kind: 'pause', atUs: 0, actors: [] })).toBe('$.faults[0].actors: must be a non-empty array of actor ids');
    expect(errorOf({ kind: 'pause', atUs: 0, actors: ['a', ''] })).toBe('$.faults[0].actors[1]: must be an actor id string, got ""');
    expect(errorOf({ kind: 'resume', atUs: 0, actors: ['a', 5] })).toBe('$.faults[0].actors[1]: must be an actor id string, got 5');
    expect(errorOf({ kind: 'one-way', atUs: 0, from: ['a'], to: [] })).toBe('$.faults[0].to: must be a non-empty array of actor ids');
    expect(errorOf({ kind: 'one-way', atUs: 0, from: [], to: ['a'] })).toBe('$.faults[0].from: must be a non-empty array of actor ids');
  });

  it('a partition needs two groups or more, each a list of actors; a broker partition two groups of nodes', () => {
    expect(errorOf({ kind: 'partition', atUs: 0, groups: [['a']] })).toBe('$.faults[0].groups: must be an array of at least two actor groups');
    expect(errorOf({ kind: 'partition', atUs: 0, groups: 'ab' })).toBe('$.faults[0].groups: must be an array of at least two actor groups');
    expect(errorOf({ kind: 'partition', atUs: 0, groups: [['a'], []] })).toBe('$.faults[0].groups[1]: must be a non-empty array of actor ids');
    expect(parsed({ kind: 'partition', atUs: 0, groups: [['a'], ['b'], ['c']] })).toEqual({ kind: 'partition', atUs: 0, groups: [['a'], ['b'], ['c']] });
    expect(errorOf({ kind: 'broker-partition', atUs: 0, groups: [['nats-1']] })).toBe('$.faults[0].groups: must be an array of at least two broker node groups');
    expect(errorOf({ kind: 'broker-partition', atUs: 0, groups: 'x' })).toBe('$.faults[0].groups: must be an array of at least two broker node groups');
  });

  it('broker nodes are nats-N (N >= 1, no leading zero) or nats-*', () => {
    expect(errorOf({ kind: 'broker-kill', atUs: 0, nodes: 'nats-1' })).toBe('$.faults[0].nodes: must be a non-empty array of broker node names (nats-1, nats-2, …, or nats-*)');
    for (const bad of ['nats-01', 'nats-', 'xnats-1', 'nats-1x', 7]) {
      expect(errorOf({ kind: 'broker-kill', atUs: 0, nodes: ['nats-1', bad] })).toBe(`$.faults[0].nodes[1]: must be a broker node name (nats-1, nats-2, …, or nats-*), got ${JSON.stringify(bad)}`);
    }
    expect(parsed({ kind: 'broker-kill', atUs: 0, nodes: ['nats-10', 'nats-*'] })).toEqual({ kind: 'broker-kill', atUs: 0, nodes: ['nats-10', 'nats-*'] });
  });
});

describe('link and delay-kind values', () => {
  it('rates are ppm in [0, 1,000,000]; duplicateMax in [1, 16]; delays and jitter >= 0', () => {
    expect(parsed({ kind: 'link', atUs: 0, dropPpm: 0, reorderPpm: 1_000_000, duplicatePpm: 1_000_000, duplicateMax: 16, delayUs: 0, jitterUs: 0 })).toEqual({
      kind: 'link',
      atUs: 0,
      dropPpm: 0,
      reorderPpm: 1_000_000,
      duplicatePpm: 1_000_000,
      duplicateMax: 16,
      delayUs: 0,
      jitterUs: 0,
    });
    expect(errorOf({ kind: 'link', atUs: 0, dropPpm: 1_000_001 })).toBe('$.faults[0].dropPpm: must be in [0, 1000000], got 1000001');
    expect(errorOf({ kind: 'link', atUs: 0, dropPpm: -1 })).toBe('$.faults[0].dropPpm: must be in [0, 1000000], got -1');
    expect(errorOf({ kind: 'link', atUs: 0, duplicatePpm: 1_000_001 })).toBe('$.faults[0].duplicatePpm: must be in [0, 1000000], got 1000001');
    expect(errorOf({ kind: 'link', atUs: 0, reorderPpm: 1_000_001 })).toBe('$.faults[0].reorderPpm: must be in [0, 1000000], got 1000001');
    expect(errorOf({ kind: 'link', atUs: 0, duplicateMax: 17 })).toBe('$.faults[0].duplicateMax: must be in [1, 16], got 17');
    expect(errorOf({ kind: 'link', atUs: 0, duplicateMax: 0 })).toBe('$.faults[0].duplicateMax: must be in [1, 16], got 0');
    expect(parsed({ kind: 'link', atUs: 0, duplicateMax: 1 })).toEqual({ kind: 'link', atUs: 0, duplicateMax: 1 });
    expect(errorOf({ kind: 'link', atUs: 0, delayUs: -1 })).toBe('$.faults[0].delayUs: must be >= 0, got -1');
    expect(errorOf({ kind: 'link', atUs: 0, jitterUs: -1 })).toBe('$.faults[0].jitterUs: must be >= 0, got -1');
    expect(errorOf({ kind: 'link', atUs: 0, from: [] })).toBe('$.faults[0].from: must be a non-empty array of actor ids');
    expect(errorOf({ kind: 'link', atUs: 0, to: [''] })).toBe('$.faults[0].to[0]: must be an actor id string, got ""');
    // Absent fields stay absent (everyone, no effect), and from / to are kept when given.
    expect(parsed({ kind: 'link', atUs: 0 })).toEqual({ kind: 'link', atUs: 0 });
    expect(parsed({ kind: 'link', atUs: 0, from: ['a'] })).toEqual({ kind: 'link', atUs: 0, from: ['a'] });
    expect(parsed({ kind: 'link', atUs: 0, to: ['b'] })).toEqual({ kind: 'link', atUs: 0, to: ['b'] });
  });

  it('delay-kind: a known envelope body, a delay > 0, jitter >= 0; from / to optional', () => {
    expect(parsed({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1 })).toEqual({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1 });
    expect(parsed({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, jitterUs: 0, to: ['b'] })).toEqual({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, jitterUs: 0, to: ['b'] });
    expect(errorOf({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 0 })).toBe('$.faults[0].delayUs: must be > 0, got 0');
    expect(errorOf({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, jitterUs: -1 })).toBe('$.faults[0].jitterUs: must be >= 0, got -1');
    expect(errorOf({ kind: 'delay-kind', atUs: 0, messageKind: 'votes', delayUs: 1 })).toMatch(/^\$\.faults\[0\]\.messageKind: must be an envelope body name \(.*proposal.*\), got "votes"$/);
    expect(errorOf({ kind: 'delay-kind', atUs: 0, messageKind: 3, delayUs: 1 })).toMatch(/^\$\.faults\[0\]\.messageKind: must be an envelope body name \(.*\), got 3$/);
    expect(errorOf({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, from: [] })).toBe('$.faults[0].from: must be a non-empty array of actor ids');
  });

  it('crash-after-vote keeps withinUs only when given', () => {
    expect(parsed({ kind: 'crash-after-vote', atUs: 0, actors: ['v'] })).toEqual({ kind: 'crash-after-vote', atUs: 0, actors: ['v'] });
    expect(parsed({ kind: 'crash-after-vote', atUs: 0, actors: ['v'], withinUs: 1 })).toEqual({ kind: 'crash-after-vote', atUs: 0, actors: ['v'], withinUs: 1 });
  });
});

describe('selectors', () => {
  it('an absent list selects everyone; names select themselves; `prefix*` every actor starting with prefix', () => {
    expect(selects(undefined, 'x')).toBe(true);
    expect(selects([], 'x')).toBe(false);
    expect(selects(['a', 'b'], 'b')).toBe(true);
    expect(selects(['a', 'b'], 'c')).toBe(false);
    expect(selects(['validator-*'], 'validator-3')).toBe(true);
    expect(selects(['validator-*'], 'validator-')).toBe(true);
    expect(selects(['validator-*'], 'validator')).toBe(false);
    expect(selects(['validator-*'], 'replica-1')).toBe(false);
    expect(selects(['*'], 'anyone')).toBe(true);
    // A star only means "prefix" at the end; `a*b` is a plain name.
    expect(selects(['a*b'], 'axxb')).toBe(false);
    expect(selects(['a*b'], 'a*b')).toBe(true);
    // A name is not a prefix.
    expect(selects(['validator-1'], 'validator-10')).toBe(false);
  });
});

describe('the wire form (FaultCommand)', () => {
  it('a link fault with no values is all zeros on the wire and has no values again when read back', () => {
    const command = faultToCommand({ kind: 'link', atUs: 5 }, 9);
    expect(command).toEqual({ faultId: 9, kind: pb.FaultKind.FAULT_KIND_LINK, atUs: 5, dropPpm: 0, delayUs: 0, jitterUs: 0, duplicatePpm: 0, duplicateMax: 0, reorderPpm: 0 });
    expect(commandToFault(command)).toEqual({ kind: 'link', atUs: 5 });
    expect(faultToCommand({ kind: 'delay-kind', atUs: 1, messageKind: 'vote', delayUs: 7 }, 2)).toEqual({ faultId: 2, kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, messageKind: 'vote', delayUs: 7, jitterUs: 0 });
    expect(faultToCommand({ kind: 'heal', atUs: 3 }, 1)).toEqual({ faultId: 1, kind: pb.FaultKind.FAULT_KIND_HEAL, atUs: 3 });
    expect(faultToCommand({ kind: 'crash-after-vote', atUs: 3, actors: ['v'] }, 1)).toEqual({ faultId: 1, kind: pb.FaultKind.FAULT_KIND_CRASH_AFTER_VOTE, atUs: 3, actors: ['v'] });
  });

  it('a command with no time, no skew or no message kind reads as 0 / 0 / "" (refused where 0 or "" is not allowed)', () => {
    expect(commandToFault({ kind: pb.FaultKind.FAULT_KIND_HEAL })).toEqual({ kind: 'heal', atUs: 0 });
    expect(commandToFault({ kind: pb.FaultKind.FAULT_KIND_CLOCK_SKEW, atUs: 1, actors: ['a'] })).toEqual({ kind: 'skew', atUs: 1, actors: ['a'], skewUs: 0 });
    expect(() => commandToFault({ kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, delayUs: 5 })).toThrow('FaultCommand.messageKind: must be an envelope body name');
    expect(() => commandToFault({ kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, messageKind: 'vote' })).toThrow('FaultCommand.delayUs: must be > 0, got 0');
    expect(() => commandToFault({ kind: pb.FaultKind.FAULT_KIND_CRASH, atUs: 1 })).toThrow('FaultCommand.actors: must be a non-empty array of actor ids');
    expect(commandToFault({ kind: pb.FaultKind.FAULT_KIND_CRASH, atUs: 1, actors: ['a'], groups: [], from: [], to: [] })).toEqual({ kind: 'crash', atUs: 1, actors: ['a'] });
  });

  it('an unknown wire kind is refused naming FaultCommand.kind; faultKindName maps wire kinds both ways', () => {
    expect(() => commandToFault({ kind: 999 as never })).toThrow(new FaultScheduleError('FaultCommand.kind', 'unknown fault kind 999'));
    expect(faultKindName(pb.FaultKind.FAULT_KIND_ONE_WAY)).toBe('one-way');
    expect(faultKindName(pb.FaultKind.FAULT_KIND_CLOCK_SKEW)).toBe('skew');
    expect(faultKindName(999)).toBeUndefined();
    expect(faultFromCommand({ faultId: 4, kind: pb.FaultKind.FAULT_KIND_HEAL, atUs: 2 })).toEqual({ faultId: 4, fault: { kind: 'heal', atUs: 2 } });
    expect(faultFromCommand({ kind: pb.FaultKind.FAULT_KIND_HEAL, atUs: 2 })).toEqual({ faultId: 0, fault: { kind: 'heal', atUs: 2 } });
  });

  it('liveRefusal names the first simulator-only fault under the default base "$"', () => {
    const schedule = parseFaultSchedule({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'] }] });
    expect(liveRefusal(schedule)?.path).toBe('$.faults[0].kind');
    expect(liveRefusal(schedule)?.message).toBe(
      '$.faults[0].kind: crash-after-vote is carried out by the simulator only: it crashes a validator right after it signs a vote, an event inside the validator\'s process that a live nemesis cannot time (use a timed "crash" live)',
    );
    expect(liveRefusal(emptySchedule())).toBeUndefined();
  });
});
