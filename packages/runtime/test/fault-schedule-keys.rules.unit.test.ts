/**
 * Fault schedule rules the other rule files leave open: an optional field that is absent stays
 * absent — no key with an undefined value, in the parsed event or on the wire (a reader that
 * walks keys, a hash of the event, the JSON written back, would see it) — a schedule that is
 * also an event is refused as a schedule with an unknown field, the owner and path in each
 * message, and the wire form's defaults read back (a zero duration is no duration, a group
 * without actors is refused, a delay-kind without its kind names what it got).
 */
import { describe, expect, it } from 'vitest';
import { commandToFault, faultToCommand, FaultScheduleError, parseFaultSchedule, type FaultEvent } from '@faultline/runtime';
import { ENVELOPE_BODY_NAMES, pb } from '@faultline/protocol';

function errorOf(input: unknown): FaultScheduleError {
  try {
    parseFaultSchedule(input);
  } catch (error) {
    if (error instanceof FaultScheduleError) return error;
    throw error;
  }
  throw new Error('expected a FaultScheduleError');
}
const one = (event: Record<string, unknown>): FaultEvent => parseFaultSchedule({ version: 1, faults: [event] }).faults[0]!;
const commandError = (command: Parameters<typeof commandToFault>[0]): FaultScheduleError => {
  try {
    commandToFault(command);
  } catch (error) {
    if (error instanceof FaultScheduleError) return error;
    throw error;
  }
  throw new Error('expected a FaultScheduleError');
};

describe('absent optional fields stay absent (no undefined keys)', () => {
  it('in a parsed event of every kind that has optional fields', () => {
    expect(Object.keys(one({ kind: 'crash', atUs: 1, actors: ['a'] }))).toEqual(['kind', 'atUs', 'actors']);
    expect(Object.keys(one({ kind: 'pause', atUs: 1, actors: ['a'] }))).toEqual(['kind', 'atUs', 'actors']);
    expect(Object.keys(one({ kind: 'crash', atUs: 1, durationUs: 5, actors: ['a'] }))).toEqual(['kind', 'atUs', 'durationUs', 'actors']);
    expect(Object.keys(one({ kind: 'link', atUs: 1 }))).toEqual(['kind', 'atUs']);
    expect(Object.keys(one({ kind: 'delay-kind', atUs: 1, messageKind: 'vote', delayUs: 3 }))).toEqual(['kind', 'atUs', 'messageKind', 'delayUs']);
    expect(Object.keys(one({ kind: 'crash-after-vote', atUs: 1, actors: ['a'] }))).toEqual(['kind', 'atUs', 'actors']);
  });

  it('in a link fault with some of its fields: only those', () => {
    const fields = ['from', 'to', 'dropPpm', 'delayUs', 'jitterUs', 'duplicatePpm', 'duplicateMax', 'reorderPpm'] as const;
    const values: Record<(typeof fields)[number], unknown> = { from: ['a'], to: ['b'], dropPpm: 1, delayUs: 2, jitterUs: 3, duplicatePpm: 4, duplicateMax: 2, reorderPpm: 5 };
    for (const field of fields) {
      expect(Object.keys(one({ kind: 'link', atUs: 0, [field]: values[field] })), field).toEqual(['kind', 'atUs', field]);
    }
    for (const field of ['from', 'to', 'jitterUs'] as const) {
      expect(Object.keys(one({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, [field]: values[field] })), field).toEqual(['kind', 'atUs', 'messageKind', 'delayUs', field]);
    }
  });

  it('on the wire: a link or delay-kind fault without from/to, a crash-after-vote without withinUs', () => {
    expect('from' in faultToCommand(one({ kind: 'link', atUs: 0, to: ['b'] }), 1)).toBe(false);
    expect('to' in faultToCommand(one({ kind: 'link', atUs: 0, from: ['a'] }), 1)).toBe(false);
    expect('from' in faultToCommand(one({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, to: ['b'] }), 1)).toBe(false);
    expect('to' in faultToCommand(one({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, from: ['a'] }), 1)).toBe(false);
    expect('withinUs' in faultToCommand(one({ kind: 'crash-after-vote', atUs: 0, actors: ['a'] }), 1)).toBe(false);
    expect('durationUs' in faultToCommand(one({ kind: 'crash', atUs: 0, actors: ['a'] }), 1)).toBe(false);
  });
});

describe('what the schedule is', () => {
  it('an object with neither faults nor kind is a schedule missing its version; with both, kind is an unknown schedule field', () => {
    expect(errorOf({}).path).toBe('$.version');
    const both = errorOf({ version: 1, faults: [], kind: 'crash', atUs: 0, actors: ['a'] });
    expect(both.path).toBe('$.kind');
    expect(both.message).toBe('$.kind: is not a known field; a fault schedule has: version, faults');
  });

  it('an unknown field of an event names its kind as the owner', () => {
    expect(errorOf({ version: 1, faults: [{ kind: 'crash', atUs: 0, actors: ['a'], nodes: ['x'] }] }).message).toContain('; a crash fault has: kind, atUs, durationUs, actors');
  });

  it('a delay-kind fault names every envelope body it may delay; its delay and a skew are checked at their paths', () => {
    const bad = errorOf({ version: 1, faults: [{ kind: 'delay-kind', atUs: 0, messageKind: 'nope', delayUs: 1 }] });
    expect(bad.message).toBe(`$.faults[0].messageKind: must be an envelope body name (${ENVELOPE_BODY_NAMES.join(', ')}), got "nope"`);
    expect(errorOf({ version: 1, faults: [{ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 0 }] }).path).toBe('$.faults[0].delayUs');
    expect(errorOf({ version: 1, faults: [{ kind: 'skew', atUs: 0, actors: ['a'], skewUs: 0.5 }] }).path).toBe('$.faults[0].skewUs');
  });

  it('a broker node name is a string: an array that reads as "nats-1" is refused', () => {
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-kill', atUs: 0, nodes: [['nats-1']] }] }).path).toBe('$.faults[0].nodes[0]');
  });
});

describe('reading a fault command back', () => {
  it('an event of no kind (past the type) is refused by name when converted, never sent half-built', () => {
    expect(() => faultToCommand({ kind: 'bogus', atUs: 0 } as never, 1)).toThrow(new Error('faultToCommand: unhandled {"kind":"bogus","atUs":0}'));
  });

  it('a zero duration (the wire\'s default) is no duration', () => {
    expect(commandToFault({ kind: pb.FaultKind.FAULT_KIND_CRASH, atUs: 1, durationUs: 0, actors: ['a'] })).toStrictEqual({ kind: 'crash', atUs: 1, actors: ['a'] });
  });

  it('a partition group without actors is refused at its path', () => {
    const e = commandError({ kind: pb.FaultKind.FAULT_KIND_PARTITION, atUs: 1, groups: [{ actors: ['a'] }, {}] });
    expect(e.path).toBe('FaultCommand.groups[1]');
  });

  it('a delay-kind command without its message kind is refused, naming the empty kind', () => {
    expect(commandError({ kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, delayUs: 5 }).message).toMatch(/, got ""$/);
  });
});
