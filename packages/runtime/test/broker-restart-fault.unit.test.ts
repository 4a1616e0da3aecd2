/**
 * The broker-restart fault: its schedule form (validated, with a clear error), its wire form, and
 * its simulator model — every message lost for durationUs, which a `heal` does not end (live, a
 * heal does not bring the broker back).
 */
import { describe, expect, it } from 'vitest';
import { commandToFault, faultToCommand, parseFaultSchedule, type FaultSchedule } from '@faultline/runtime';
import { demoWorld } from './sim-helpers.ts';

const MS = 1_000;

describe('broker-restart fault', () => {
  it('parses, and needs its downtime', () => {
    const schedule = parseFaultSchedule({ version: 1, faults: [{ kind: 'broker-restart', atUs: 5_000_000, durationUs: 3_000_000 }] });
    expect(schedule.faults).toEqual([{ kind: 'broker-restart', atUs: 5_000_000, durationUs: 3_000_000 }]);
    expect(() => parseFaultSchedule({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0 }] })).toThrow(/faults\[0\]\.durationUs.*downtime/);
    expect(() => parseFaultSchedule({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0, durationUs: 0 }] })).toThrow(/durationUs/);
    expect(() => parseFaultSchedule({ version: 1, faults: [{ kind: 'broker-reboot', atUs: 0 }] })).toThrow(/broker-restart/);
  });

  it('survives the wire form', () => {
    const event = { kind: 'broker-restart', atUs: 1_000, durationUs: 2_000 } as const;
    expect(commandToFault(faultToCommand(event, 7))).toEqual(event);
  });

  it('in the simulator: nothing is delivered between anyone while the broker is down, a heal included; then traffic resumes', () => {
    const faults: FaultSchedule = {
      version: 1,
      faults: [
        { kind: 'broker-restart', atUs: 200 * MS, durationUs: 300 * MS },
        { kind: 'heal', atUs: 300 * MS },
      ],
    };
    const world = demoWorld({ seed: 4, faults, record: true });
    world.sim.runFor(1_000 * MS);
    const sentAt = (d: (typeof world.deliveries)[number]): number => Number(d.envelope.sentAtUs ?? 0);
    expect(world.deliveries.filter((d) => sentAt(d) >= 200 * MS && sentAt(d) < 500 * MS)).toEqual([]);
    for (const pair of ['-1', '-2']) {
      expect(world.deliveries.some((d) => d.from.endsWith(pair) && sentAt(d) < 200 * MS), pair).toBe(true);
      expect(world.deliveries.some((d) => d.from.endsWith(pair) && sentAt(d) >= 500 * MS), pair).toBe(true);
    }
  });
});
