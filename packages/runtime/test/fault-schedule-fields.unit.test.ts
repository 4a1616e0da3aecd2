/**
 * The fault schedule's field table (FAULT_KIND_FIELDS): every kind has a row, a field outside
 * its kind's row is an error naming its path with the nearest field suggested, and every field
 * in a row is one the parser reads (a full event of each kind parses and round-trips).
 */
import { describe, expect, it } from 'vitest';
import { commandToFault, FAULT_KIND_FIELDS, FAULT_KINDS, faultToCommand, FaultScheduleError, liveRefusal, parseFaultSchedule } from '@faultline/runtime';

function errorOf(input: unknown): FaultScheduleError {
  try {
    parseFaultSchedule(input);
  } catch (error) {
    if (error instanceof FaultScheduleError) return error;
    throw error;
  }
  throw new Error('expected a FaultScheduleError');
}

/** One event of each kind with every field of its row set. */
const FULL: Record<string, Record<string, unknown>> = {
  partition: { kind: 'partition', atUs: 1, durationUs: 2, groups: [['a'], ['b']] },
  'one-way': { kind: 'one-way', atUs: 1, durationUs: 2, from: ['a'], to: ['b'] },
  link: { kind: 'link', atUs: 1, durationUs: 2, from: ['a'], to: ['b'], dropPpm: 3, delayUs: 4, jitterUs: 5, duplicatePpm: 6, duplicateMax: 2, reorderPpm: 7 },
  'delay-kind': { kind: 'delay-kind', atUs: 1, durationUs: 2, from: ['a'], to: ['b'], messageKind: 'proposal', delayUs: 4, jitterUs: 5 },
  heal: { kind: 'heal', atUs: 1 },
  crash: { kind: 'crash', atUs: 1, durationUs: 2, actors: ['a'] },
  'crash-after-vote': { kind: 'crash-after-vote', atUs: 1, durationUs: 2, actors: ['a'], withinUs: 3 },
  restart: { kind: 'restart', atUs: 1, actors: ['a'] },
  pause: { kind: 'pause', atUs: 1, durationUs: 2, actors: ['a'] },
  resume: { kind: 'resume', atUs: 1, actors: ['a'] },
  skew: { kind: 'skew', atUs: 1, actors: ['a'], skewUs: -3 },
  'broker-restart': { kind: 'broker-restart', atUs: 1, durationUs: 2 },
  'broker-kill': { kind: 'broker-kill', atUs: 1, durationUs: 2, nodes: ['nats-2'] },
  'broker-partition': { kind: 'broker-partition', atUs: 1, durationUs: 2, groups: [['nats-1'], ['nats-2', 'nats-3']] },
};

describe('fault schedule field table', () => {
  it('has a row for every kind, and an event with every field of its row parses and round-trips through FaultCommand', () => {
    expect(Object.keys(FULL).sort()).toEqual([...FAULT_KINDS].sort());
    for (const kind of FAULT_KINDS) {
      const event = FULL[kind] as Record<string, unknown>;
      expect(Object.keys(event).sort(), kind).toEqual([...FAULT_KIND_FIELDS[kind]].sort());
      const parsed = parseFaultSchedule({ version: 1, faults: [event] }).faults[0];
      expect(parsed, kind).toEqual(event);
      expect(commandToFault(faultToCommand(parsed as never, 1)), kind).toEqual(event);
    }
  });

  it('a misspelt field of any kind is an error at its path with the nearest field suggested', () => {
    const e = errorOf({ version: 1, faults: [{ kind: 'link', atUs: 0, dropPPm: 500_000 }] });
    expect(e.path).toBe('$.faults[0].dropPPm');
    expect(e.message).toContain('did you mean "dropPpm"?');
    for (const kind of FAULT_KINDS) {
      const e2 = errorOf({ version: 1, faults: [{ ...FULL[kind], atUS: 5 }] });
      expect(e2.path, kind).toBe('$.faults[0].atUS');
      expect(e2.message, kind).toContain('did you mean "atUs"?');
    }
  });

  it('broker-kill and broker-partition name broker nodes (nats-N or nats-*), never actors', () => {
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-kill', atUs: 0, nodes: ['validator-1'] }] }).path).toBe('$.faults[0].nodes[0]');
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-kill', atUs: 0, actors: ['nats-1'] }] }).path).toBe('$.faults[0].actors');
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-kill', atUs: 0, nodes: [] }] }).path).toBe('$.faults[0].nodes');
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-partition', atUs: 0, groups: [['nats-1']] }] }).path).toBe('$.faults[0].groups');
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-partition', atUs: 0, groups: [['nats-1'], ['nats-0']] }] }).path).toBe('$.faults[0].groups[1][0]');
    expect(parseFaultSchedule({ version: 1, faults: [{ kind: 'broker-kill', atUs: 0, nodes: ['nats-*'] }] }).faults[0]).toEqual({ kind: 'broker-kill', atUs: 0, nodes: ['nats-*'] });
  });

  it('crash-after-vote: bad values and fields are errors at their paths; a live run refuses it, naming the path', () => {
    expect(errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: [] }] }).path).toBe('$.faults[0].actors');
    expect(errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'], withinUs: 0 }] }).path).toBe('$.faults[0].withinUs');
    expect(errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'], withinUs: 1.5 }] }).path).toBe('$.faults[0].withinUs');
    expect(errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'], durationUs: -1 }] }).path).toBe('$.faults[0].durationUs');
    const misspelt = errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'], withinMs: 5 }] });
    expect([misspelt.path, misspelt.message.includes('did you mean "withinUs"?')]).toEqual(['$.faults[0].withinMs', true]);
    expect(errorOf({ version: 1, faults: [{ kind: 'crash-after-vote', atUs: 0, actors: ['v'], restartAfter: 5 }] }).path).toBe('$.faults[0].restartAfter');
    const schedule = parseFaultSchedule({ version: 1, faults: [{ kind: 'crash', atUs: 0, actors: ['v'] }, { kind: 'crash-after-vote', atUs: 0, actors: ['v'] }] });
    expect(liveRefusal(schedule)?.path).toBe('$.faults[1].kind');
    expect(liveRefusal(schedule, '$.faults')?.message).toMatch(/^\$\.faults\.faults\[1\]\.kind: crash-after-vote is carried out by the simulator only/);
    expect(liveRefusal({ version: 1, faults: [schedule.faults[0]!] })).toBeUndefined();
  });

  it('broker-restart has its own row: actors or a drop rate are not its fields', () => {
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0, durationUs: 1, actors: ['x'] }] }).path).toBe('$.faults[0].actors');
    expect(errorOf({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0, durationUs: 1, dropPpm: 5 }] }).path).toBe('$.faults[0].dropPpm');
  });

  it('unknown schedule fields, unknown kinds, a bare event and a bare list are errors; the bare event names its own bad field first', () => {
    expect(errorOf({ version: 1, faults: [], fualts: [] }).path).toBe('$.fualts');
    const kind = errorOf({ version: 1, faults: [{ kind: 'parition', atUs: 0 }] });
    expect([kind.path, kind.message.includes('did you mean "partition"?')]).toEqual(['$.faults[0].kind', true]);
    expect(errorOf({ kind: 'link', dropPPm: 500_000 }).path).toBe('$.dropPPm');
    expect(errorOf({ kind: 'heal', atUs: 0 }).message).toContain('one fault event, not a schedule');
    expect(errorOf([{ kind: 'heal', atUs: 0 }]).message).toContain('a list of fault events');
    expect(errorOf({ version: 1, faults: [{ kind: 'link', atUs: 0, 'drop ppm': 1 }] }).path).toBe('$.faults[0]["drop ppm"]');
  });
});
