/**
 * judgeServicesCameUp: a live run's services judged from their incarnations — never started or did
 * not come back fails, still loading is said, the nemesis's own kills and holds are by design.
 */
import { describe, expect, it } from 'vitest';
import { judgeServicesCameUp, RESTART_FAILURES_TO_JUDGE, type ServiceHistory } from '../src/live/services-came-up.ts';
import type { IncarnationRecord } from '../src/live/supervisor.ts';

const up = (incarnation: number, end?: Partial<IncarnationRecord>): IncarnationRecord => ({ incarnation, started: true, ...end });
const failedAtStart = (incarnation: number, exit = 1): IncarnationRecord => ({ incarnation, started: false, exit });
const stoppedLoading = (incarnation: number): IncarnationRecord => ({ incarnation, started: false, exit: -1, endedBy: 'run-stop' });
const crashedLoading = (incarnation: number): IncarnationRecord => ({ incarnation, started: false, exit: -1, endedBy: 'nemesis' });
const service = (id: string, incarnations: IncarnationRecord[], held = false): ServiceHistory => ({ id, held, incarnations });
const judge = (services: ServiceHistory[], brokerFaults = false) => judgeServicesCameUp(services, { brokerFaults });

describe('judgeServicesCameUp', () => {
  it('says nothing when every service started (a restart by design after an error exit included)', () => {
    const result = judge([service('validator-1', [up(1, { exit: -1, endedBy: 'nemesis' })]), service('exec-2', [up(1, { exit: 3 }), up(2)])]);
    expect(result).toEqual({ failures: [], stillStarting: [], unjudged: [] });
  });

  it('fails a service that never started and exited before starting, with its exits and log', () => {
    const result = judge([service('trader-noise-1', [failedAtStart(1), failedAtStart(2, 2), stoppedLoading(3)])]);
    expect(result.failures).toEqual(['trader-noise-1 never started: 2 incarnations exited before starting (1, 2; its log: logs/trader-noise-1.log)']);
    expect(result.stillStarting).toEqual([]);
  });

  it('fails a service that never started after one failure (a single incarnation, singular)', () => {
    expect(judge([service('hedger-1', [failedAtStart(1, -1)])]).failures).toEqual(['hedger-1 never started: 1 incarnation exited before starting (a signal; its log: logs/hedger-1.log)']);
  });

  it('says, without failing, a service still loading when the run stopped or never spawned', () => {
    const result = judge([service('trader-noise-2', [stoppedLoading(1)]), service('trader-noise-3', [])]);
    expect(result).toEqual({ failures: [], stillStarting: ['trader-noise-2', 'trader-noise-3'], unjudged: [] });
  });

  it('does not judge a service the nemesis killed before it started and holds down', () => {
    expect(judge([service('validator-4', [crashedLoading(1)], true)])).toEqual({ failures: [], stillStarting: [], unjudged: [] });
  });

  it(`fails a service that came up and then failed ${RESTART_FAILURES_TO_JUDGE} restarts in a row at start-up`, () => {
    const history = [up(1, { exit: -1, endedBy: 'nemesis' }), failedAtStart(2), failedAtStart(3), failedAtStart(4)];
    expect(judge([service('exec-2', history)]).failures).toEqual(['exec-2 did not come back: the 3 incarnations after its last start exited before starting (1, 1, 1; its log: logs/exec-2.log)']);
  });

  it('only says it in a run with broker faults (a restart during an outage fails for the outage)', () => {
    const history = [up(1, { exit: -1, endedBy: 'nemesis' }), failedAtStart(2), failedAtStart(3), failedAtStart(4)];
    const result = judge([service('exec-2', history)], true);
    expect(result.failures).toEqual([]);
    expect(result.unjudged).toEqual([expect.stringMatching(/^exec-2 did not come back/)]);
  });

  it('does not judge fewer failed restarts, a later start, a hold at the end, or an incarnation the nemesis or the stop ended', () => {
    const crashed = up(1, { exit: -1, endedBy: 'nemesis' });
    expect(judge([service('a', [crashed, failedAtStart(2), failedAtStart(3)])]).failures).toEqual([]);
    expect(judge([service('b', [crashed, failedAtStart(2), failedAtStart(3), failedAtStart(4), up(5)])]).failures).toEqual([]);
    expect(judge([service('c', [crashed, failedAtStart(2), failedAtStart(3), failedAtStart(4)], true)]).failures).toEqual([]);
    expect(judge([service('d', [crashed, failedAtStart(2), failedAtStart(3), stoppedLoading(4)])]).failures).toEqual([]);
    expect(judge([service('e', [crashed, failedAtStart(2), crashedLoading(3), failedAtStart(4)])]).failures).toEqual([]);
  });

  it("counts an exit 1 the supervisor saw after the run's stop began (a positive code is always the service's own)", () => {
    const late = { incarnation: 4, started: false, exit: 1, endedBy: 'run-stop' } as const;
    expect(judge([service('liquidator-1', [up(1, { exit: -1, endedBy: 'nemesis' }), failedAtStart(2), failedAtStart(3), late])]).failures).toEqual([expect.stringMatching(/^liquidator-1 did not come back: the 3 incarnations/)]);
    expect(judge([service('trader-noise-1', [failedAtStart(1), { ...late, incarnation: 2 }])]).failures).toEqual([expect.stringMatching(/^trader-noise-1 never started: 2 incarnations/)]);
  });

  it("does not let a last restart the run's stop caught loading hide the failed restarts before it", () => {
    const history = [up(1, { exit: -1, endedBy: 'nemesis' }), failedAtStart(2), failedAtStart(3), failedAtStart(4), stoppedLoading(5)];
    expect(judge([service('liquidator-1', history)]).failures).toEqual([expect.stringMatching(/^liquidator-1 did not come back: the 3 incarnations .*\(1, 1, 1;/)]);
  });
});
