/**
 * A FaultCommand off the wire is read by the one fault parser (docs/fault-schedule.md): a field
 * not in its kind's row (FAULT_KIND_FIELDS) is an error naming `FaultCommand.<field>`, as in a
 * schedule file — never silently dropped. Before this rule, commandToFault forwarded a kind's
 * own fields only, so a crash command carrying a skewUs, or a link command carrying a
 * messageKind, was accepted as a plain crash / link.
 */
import { describe, expect, it } from 'vitest';
import { pb, type FaultCommand } from '@faultline/protocol';
import { commandToFault, FAULT_KIND_FIELDS, faultToCommand, FaultScheduleError, type FaultEvent } from '@faultline/runtime';

/** One valid event of every kind, with every optional field of its row set. */
const FULL: FaultEvent[] = [
  { kind: 'partition', atUs: 1, durationUs: 2, groups: [['a'], ['b']] },
  { kind: 'one-way', atUs: 1, durationUs: 2, from: ['a'], to: ['b'] },
  { kind: 'link', atUs: 1, durationUs: 2, from: ['a'], to: ['b'], dropPpm: 3, delayUs: 4, jitterUs: 5, duplicatePpm: 6, duplicateMax: 7, reorderPpm: 8 },
  { kind: 'delay-kind', atUs: 1, durationUs: 2, from: ['a'], to: ['b'], messageKind: 'vote', delayUs: 4, jitterUs: 5 },
  { kind: 'heal', atUs: 1 },
  { kind: 'crash', atUs: 1, durationUs: 2, actors: ['a'] },
  { kind: 'crash-after-vote', atUs: 1, durationUs: 2, actors: ['a'], withinUs: 9 },
  { kind: 'restart', atUs: 1, actors: ['a'] },
  { kind: 'pause', atUs: 1, durationUs: 2, actors: ['a'] },
  { kind: 'resume', atUs: 1, actors: ['a'] },
  { kind: 'skew', atUs: 1, actors: ['a'], skewUs: -7 },
  { kind: 'broker-restart', atUs: 1, durationUs: 2 },
  { kind: 'broker-kill', atUs: 1, durationUs: 2, nodes: ['nats-1'] },
  { kind: 'broker-partition', atUs: 1, durationUs: 2, groups: [['nats-1'], ['nats-2']] },
];

/** A non-default value of every wire field, under the name the parser knows it by. */
const WIRE_VALUES: Array<{ field: string; set: Partial<FaultCommand> }> = [
  { field: 'durationUs', set: { durationUs: 11 } },
  { field: 'groups', set: { groups: [{ actors: ['x'] }, { actors: ['y'] }] } },
  { field: 'from', set: { from: ['x'] } },
  { field: 'to', set: { to: ['y'] } },
  { field: 'dropPpm', set: { dropPpm: 12 } },
  { field: 'delayUs', set: { delayUs: 13 } },
  { field: 'jitterUs', set: { jitterUs: 14 } },
  { field: 'duplicatePpm', set: { duplicatePpm: 15 } },
  { field: 'duplicateMax', set: { duplicateMax: 2 } },
  { field: 'reorderPpm', set: { reorderPpm: 16 } },
  { field: 'skewUs', set: { skewUs: 17 } },
  { field: 'withinUs', set: { withinUs: 18 } },
  { field: 'messageKind', set: { messageKind: 'proposal' } },
];

function thrown(run: () => unknown): FaultScheduleError {
  try {
    run();
  } catch (error) {
    if (error instanceof FaultScheduleError) return error;
    throw error;
  }
  throw new Error('expected a FaultScheduleError, none thrown');
}

describe('commandToFault: a wire field of another kind is an error naming it', () => {
  it('covers every kind', () => {
    expect(FULL.map((event) => event.kind).sort()).toEqual(Object.keys(FAULT_KIND_FIELDS).sort());
  });

  it('every kind with every field of its row set reads back as it was sent', () => {
    for (const event of FULL) expect(commandToFault(faultToCommand(event, 1))).toEqual(event);
  });

  it('a crash carrying a skewUs is refused at FaultCommand.skewUs (it was read as a plain crash)', () => {
    const command: FaultCommand = { ...faultToCommand({ kind: 'crash', atUs: 1, actors: ['a'] }, 1), skewUs: 250_000 };
    const error = thrown(() => commandToFault(command));
    expect(error.path).toBe('FaultCommand.skewUs');
    expect(error.message).toContain('is not a known field');
    expect(error.message).toContain('a crash fault has: kind, atUs, durationUs, actors');
  });

  it('a link carrying a messageKind, a skew carrying a dropPpm, a delay-kind carrying a withinUs are refused', () => {
    const link = { ...faultToCommand({ kind: 'link', atUs: 1, delayUs: 5 }, 1), messageKind: 'vote' };
    expect(thrown(() => commandToFault(link)).path).toBe('FaultCommand.messageKind');
    const skew = { ...faultToCommand({ kind: 'skew', atUs: 1, actors: ['a'], skewUs: 3 }, 1), dropPpm: 10 };
    expect(thrown(() => commandToFault(skew)).path).toBe('FaultCommand.dropPpm');
    const delayKind = { ...faultToCommand({ kind: 'delay-kind', atUs: 1, messageKind: 'vote', delayUs: 5 }, 1), withinUs: 10 };
    expect(thrown(() => commandToFault(delayKind)).path).toBe('FaultCommand.withinUs');
  });

  it('for every kind, each wire field outside its row is refused naming it', () => {
    for (const event of FULL) {
      const row = FAULT_KIND_FIELDS[event.kind];
      for (const { field, set } of WIRE_VALUES) {
        // A field of the kind's own row is read back (the round trip above).
        if (row.includes(field)) continue;
        const error = thrown(() => commandToFault({ ...faultToCommand(event, 1), ...set }));
        expect(error.path, `${event.kind} with ${field}`).toBe(`FaultCommand.${field}`);
      }
      // `actors` is the broker nodes for broker-kill: refused (as `actors`) by every kind without either.
      if (!row.includes('actors') && !row.includes('nodes')) {
        const error = thrown(() => commandToFault({ ...faultToCommand(event, 1), actors: ['a'] }));
        expect(error.path, `${event.kind} with actors`).toBe('FaultCommand.actors');
      }
    }
  });

  it('a delay-kind without a message kind or delay, or a skew without skewUs, reads them as "", 0 and 0 (the first two refused as such)', () => {
    expect(() => commandToFault({ kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, delayUs: 5 })).toThrow(/^FaultCommand\.messageKind: must be an envelope body name \(.*\), got ""$/);
    expect(() => commandToFault({ kind: pb.FaultKind.FAULT_KIND_DELAY_KIND, atUs: 1, messageKind: 'vote' })).toThrow(/^FaultCommand\.delayUs: must be > 0, got 0$/);
    expect(commandToFault({ kind: pb.FaultKind.FAULT_KIND_CLOCK_SKEW, atUs: 1, actors: ['a'] })).toEqual({ kind: 'skew', atUs: 1, actors: ['a'], skewUs: 0 });
  });

  it('a wire field at its default (0, "", []) is absent, so another kind\'s zero fields are no error', () => {
    const crash: FaultCommand = {
      kind: pb.FaultKind.FAULT_KIND_CRASH,
      atUs: 1,
      actors: ['a'],
      dropPpm: 0,
      delayUs: 0,
      jitterUs: 0,
      duplicatePpm: 0,
      duplicateMax: 0,
      reorderPpm: 0,
      skewUs: 0,
      withinUs: 0,
      messageKind: '',
      groups: [],
      from: [],
      to: [],
      durationUs: 0,
    };
    expect(commandToFault(crash)).toEqual({ kind: 'crash', atUs: 1, actors: ['a'] });
  });
});
