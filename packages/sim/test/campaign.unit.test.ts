/**
 * The campaign runner on a toy target: a counter pair whose planted bug (the counter does not
 * persist before replying) only shows under a crash of the counter. The campaign must find it,
 * shrink the schedule to a handful of events, and pass on the correct variant.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, FaultSchedule, Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { campaignInputs, CampaignTally, decodeJob, encodeJob, REFEREE_LOST, runCampaign, shrinkSchedule, shrinkScheduleAsync, type CampaignTarget, type Violation } from '@faultline/sim';

class Counter implements Actor {
  value = 0;
  constructor(
    private readonly host: Host,
    private readonly persists: boolean,
  ) {}
  start(): void {
    for (const entry of this.host.log.recover().entries) this.value = entry[0] ?? 0;
    this.host.subscribe('demo.counter', (envelope) => {
      if (!envelope.ping) return;
      this.value = (this.value + 1) % 256;
      if (this.persists) this.host.log.append(Uint8Array.of(this.value));
      this.host.publish('demo.client', { pong: { n: envelope.ping.n ?? 0, counter: this.value } });
    });
  }
}

class Client implements Actor {
  lastCounter = 0;
  violations: Violation[] = [];
  private n = 0;
  constructor(private readonly host: Host) {}
  start(): void {
    this.host.subscribe('demo.client', (envelope) => {
      const counter = envelope.pong?.counter ?? 0;
      // Invariant: the counter never goes backwards (modulo wrap-around).
      if (counter < this.lastCounter && this.lastCounter - counter < 128) {
        this.violations.push({ invariant: 'counter-monotonic', timeUs: this.host.now(), detail: `counter went from ${this.lastCounter} to ${counter}` });
      }
      this.lastCounter = counter;
    });
    const tick = () => {
      this.host.publish('demo.counter', { ping: { n: ++this.n, replyTo: 'client' } });
      this.host.setTimer(50_000, tick);
    };
    this.host.setTimer(50_000, tick);
  }
}

function toyTarget(persists: boolean): CampaignTarget {
  return {
    name: persists ? 'counter' : 'counter-without-persistence',
    // No link faults: reordered replies would make the client's check fail on correct code.
    swarm: { actors: ['counter', 'client'], horizonUs: 2_000_000, durationUsMax: 500_000, eventsMax: 8, kinds: ['partition', 'one-way', 'heal', 'crash', 'pause'] },
    run(seed: number, faults: FaultSchedule) {
      const sim = new Simulation({ seed });
      let client: Client | undefined;
      sim.addActor('counter', (host) => new Counter(host, persists));
      sim.addActor('client', (host) => (client = new Client(host)));
      sim.schedule(faults);
      sim.runFor(3_000_000);
      return { violations: client?.violations ?? [], traceHash: sim.traceHash() };
    },
  };
}

describe('fault campaign', () => {
  it('passes on correct code and proves determinism on a sample', () => {
    const result = runCampaign(toyTarget(true), { runs: 40, seed: 1, determinismEvery: 5 });
    expect(result.failures).toBe(0);
    expect(result.runs).toBe(40);
    expect(result.determinismChecks).toBe(8);
    expect(result.nondeterministic).toEqual([]);
  });

  it('finds the planted bug and shrinks the schedule to at most 3 events', () => {
    const result = runCampaign(toyTarget(false), { runs: 200, seed: 2 });
    expect(result.failures).toBeGreaterThan(0);
    const failure = result.firstFailure!;
    expect(failure.originalFaults.faults.length).toBeGreaterThanOrEqual(failure.minimalFaults.faults.length);
    expect(failure.violations[0]?.invariant).toBe('counter-monotonic');
    expect(failure.minimalFaults.faults.length).toBeLessThanOrEqual(3);
    expect(failure.minimalFaults.faults.some((f) => f.kind === 'crash')).toBe(true);
  });
});

describe('a run the solvency referee could not judge is a finding', () => {
  it('a referee-lost violation fails the run, is counted in refereeLostRuns and is what the shrinker keeps failing on; its invariants stay not-evaluated, never passed', () => {
    const lostAt = new Set([3, 7]);
    let index = 0;
    const base = toyTarget(true);
    const target: CampaignTarget = {
      ...base,
      run: (runSeed, faults) => {
        const outcome = base.run(runSeed, faults);
        // The venue target's shape (check.ts): REFEREE_LOST beside the referee's not-evaluated verdicts.
        const lost = lostAt.has(index++ % 10);
        return {
          ...outcome,
          violations: lost ? [...outcome.violations, { invariant: REFEREE_LOST, timeUs: 1, detail: 'referee lost at block time 5: a fill with no order' }] : outcome.violations,
          verdicts: { 'no-hidden-deficit': lost ? { name: 'no-hidden-deficit', status: 'not-evaluated', why: 'referee lost' } : { name: 'no-hidden-deficit', status: 'passed' } },
        };
      },
    };
    const result = runCampaign(target, { runs: 10, seed: 2, determinismEvery: 0, continueAfterFailure: true, shrinkRunsMax: 0 });
    expect(result.refereeLostRuns).toBe(2);
    expect(result.failures).toBe(2);
    expect(result.firstFailure?.violations.map((v) => v.invariant)).toEqual([REFEREE_LOST]);
    expect(result.evaluated['no-hidden-deficit']).toBe(8);
    expect(result.failedRuns['no-hidden-deficit']).toBeUndefined();
  });
});

describe('distributed campaigns: the same runs, counts and shrink steps as the local campaign', () => {
  it('campaignInputs are the runs runCampaign makes, and a tally of them equals its result', () => {
    const target = toyTarget(false);
    const local = runCampaign(target, { runs: 30, seed: 2, determinismEvery: 0, continueAfterFailure: true, shrinkRunsMax: 0 });
    const tally = new CampaignTally(target.name, 2);
    for (const { runSeed, faults } of campaignInputs(target, 2, 30)) tally.add(runSeed, faults, target.run(runSeed, faults));
    tally.failure(shrinkSchedule(target, tally.found!.runSeed, tally.found!.faults, 0));
    expect(tally.result).toEqual(local);
    expect(local.traceHashDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shrinkScheduleAsync (runs on workers) takes the very steps of shrinkSchedule', async () => {
    const target = toyTarget(false);
    const found = runCampaign(target, { runs: 200, seed: 2 }).firstFailure!;
    const local = shrinkSchedule(target, found.runSeed, found.originalFaults, 80);
    const remote = await shrinkScheduleAsync(async (faults) => target.run(found.runSeed, faults), found.originalFaults, 80);
    expect(remote).toEqual(local);
    expect(local.faults).toEqual(found.minimalFaults);
  });

  it('a job message round-trips; a malformed one is rejected naming its path', () => {
    const job = { v: 1 as const, campaign: 'c1', job: 3, purpose: 'rerun' as const, scenario: { name: 'x' }, runSeed: 7, faults: { version: 1 as const, faults: [{ kind: 'crash' as const, atUs: 1, actors: ['a'] }] }, replyTo: 'r', avoidWorker: 'w1' };
    expect(decodeJob(encodeJob(job))).toEqual(job);
    const bad = (patch: Record<string, unknown>): string => {
      try {
        decodeJob(new TextEncoder().encode(JSON.stringify({ ...job, ...patch })));
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(bad({ runSeed: -1 })).toMatch(/^\$\.runSeed/);
    expect(bad({ purpose: 'mine' })).toMatch(/^\$\.purpose/);
    expect(bad({ faults: { version: 1, faults: [{ kind: 'crash', atUs: 1 }] } })).toMatch(/^\$\.faults: \$\.faults\[0\]\.actors/);
    expect(bad({ v: 2 })).toMatch(/^\$\.v/);
  });
});

describe('Byzantine validators in a campaign', () => {
  it('draws up to f of them (f = 2 at n = 7, the scenario’s own counted), from the run seed, and counts the runs that had any', async () => {
    const { byzantineArbitrary, campaignByzantine, loadScenarioFile } = await import('@faultline/sim');
    const fc = (await import('fast-check')).default;
    const seven = Array.from({ length: 7 }, (_, i) => `validator-${i + 1}`);
    const draws = fc.sample(byzantineArbitrary(seven), { seed: 1, numRuns: 200 });
    expect(Math.max(...draws.map((d) => Object.keys(d).length))).toBe(2);
    expect(draws.some((d) => Object.keys(d).length === 0)).toBe(true);
    for (const d of fc.sample(byzantineArbitrary(seven, ['validator-3']), { seed: 2, numRuns: 100 })) {
      expect(Object.keys(d).length).toBeLessThanOrEqual(1);
      expect(Object.keys(d)).not.toContain('validator-3');
    }
    expect(fc.sample(byzantineArbitrary(4, ['validator-1']), { seed: 3, numRuns: 20 }).every((d) => Object.keys(d).length === 0)).toBe(true);
    // A campaign run's draw is a function of its seed: the shrinker, a worker and a re-run see the same.
    const baseline = loadScenarioFile('scenarios/baseline.json');
    const f = Math.floor((baseline.topology.validators.length - 1) / 3);
    const bySeed = Array.from({ length: 50 }, (_, seed) => campaignByzantine(baseline, seed));
    expect(bySeed.map((_, seed) => campaignByzantine(baseline, seed))).toEqual(bySeed);
    expect(Math.max(...bySeed.map((d) => Object.keys(d).length))).toBe(f);
    expect(bySeed.filter((d) => Object.keys(d).length > 0).length).toBeGreaterThan(10);

    const target: CampaignTarget = {
      name: 'toy-byzantine',
      swarm: { actors: ['a', 'b'], horizonUs: 1_000_000, durationUsMax: 500_000, eventsMax: 2, kinds: ['crash'] },
      run: (seed) => ({ violations: [], traceHash: String(seed), byzantine: seed % 2 ? ['validator-2'] : [] }),
    };
    const result = runCampaign(target, { runs: 20, seed: 1, determinismEvery: 0 });
    expect(result.runsWithByzantine).toBeGreaterThan(0);
    expect(result.runsWithByzantine).toBeLessThan(20);
  });
});

describe('the default campaign’s workload and role-aimed faults', () => {
  it('draws each run’s market and users from its seed, every shock and outage ending by the end of faults, as a valid scenario', async () => {
    const { campaignRunScenario, drawCampaignWorkload, loadScenarioFile, parseScenario, scenarioToJson, venueSwarmWindow, longestRecoveryBoundUs } = await import('@faultline/sim');
    const baseline = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000 };
    const { endByUs } = venueSwarmWindow(baseline.durationUs, longestRecoveryBoundUs(baseline.policy));
    const draws = Array.from({ length: 200 }, (_, seed) => drawCampaignWorkload(baseline, seed, endByUs));
    expect(Array.from({ length: 200 }, (_, seed) => drawCampaignWorkload(baseline, seed, endByUs))).toEqual(draws);
    // Every part is drawn in some runs and left alone in others.
    for (const key of ['flashCrash', 'jumps', 'fundingIntervalUs', 'insuranceFundSeed', 'adl', 'leverage', 'noiseDeposit', 'oracleOutages', 'slowOracle', 'timeouts', 'cancelOnHalt', 'validators', 'hedgerLimitLots', 'noiseIntervalUs', 'staleArbSnipeBps', 'marginTraders'] as const) {
      const n = draws.filter((d) => d[key] !== undefined).length;
      expect(n, key).toBeGreaterThan(10);
      expect(n, key).toBeLessThan(200);
    }
    for (const d of draws) {
      if (d.flashCrash) expect(d.flashCrash.atUs + 2 * d.flashCrash.durationUs).toBeLessThanOrEqual(endByUs); // falls, then rebounds as long
      for (const outages of Object.values(d.oracleOutages ?? {})) for (const o of outages) expect(o.atUs + o.durationUs).toBeLessThanOrEqual(endByUs);
    }
    // Short windows (70 s runs end faults at 15 s; the shortest allowed, at 2 s) draw too, and end in time.
    for (const shortEnd of [2_000_000, 15_000_000]) {
      for (let seed = 0; seed < 200; seed++) {
        const d = drawCampaignWorkload(baseline, seed, shortEnd);
        if (d.flashCrash) expect(d.flashCrash.atUs + 2 * d.flashCrash.durationUs).toBeLessThanOrEqual(shortEnd);
        for (const outages of Object.values(d.oracleOutages ?? {})) for (const o of outages) expect(o.atUs + o.durationUs).toBeLessThanOrEqual(shortEnd);
      }
    }
    // Some runs break the oracle quorum for longer than the staleness window (a stale-oracle halt).
    expect(draws.some((d) => Object.values(d.oracleOutages ?? {}).filter((o) => (o[0]?.durationUs ?? 0) > baseline.venue.oracleStalenessUs).length >= 2)).toBe(true);
    // The run's scenario is a scenario file like any other (the repro): it round-trips.
    const run = campaignRunScenario(baseline, 7);
    expect(parseScenario(scenarioToJson(run), 'repro')).toEqual(run);
    // Seven validators (f = 2: up to two Byzantine), cancel-on-halt off and a tight hedger are scenario changes like the rest.
    const seed = draws.findIndex((d) => d.validators === 7 && d.cancelOnHalt === false && d.hedgerLimitLots !== undefined);
    const wide = campaignRunScenario(baseline, seed);
    expect(wide.topology.validators).toHaveLength(7);
    expect(wide.policy.cancelOnHalt.enabled).toBe(false);
    expect(wide.topology.hedger.deltaLimitLots).toBe(50);
    expect(parseScenario(scenarioToJson(wide), 'repro')).toEqual(wide);
  });

  it('aims faults at one role at a time as well as at any actor; without groups the draw is the one of before', async () => {
    const { swarmScheduleArbitrary, roleGroups, loadScenarioFile } = await import('@faultline/sim');
    const fc = (await import('fast-check')).default;
    const baseline = loadScenarioFile('scenarios/baseline.json');
    const groups = roleGroups(baseline);
    expect(groups).toContainEqual(baseline.topology.validators);
    expect(groups).toContainEqual(baseline.topology.oracles);
    const actors = ['validator-1', 'validator-2', 'validator-3', 'validator-4', ...Array.from({ length: 24 }, (_, i) => `trader-noise-${i + 1}`)];
    const options = { actors, horizonUs: 10_000_000, durationUsMax: 5_000_000, eventsMax: 4, kinds: ['crash', 'pause'] as const };
    const twoValidators = (s: FaultSchedule): boolean => s.faults.some((f) => ('actors' in f ? f.actors : []).filter((a) => a.startsWith('validator-')).length >= 2);
    const aimed = fc.sample(swarmScheduleArbitrary({ ...options, kinds: [...options.kinds], groups: [actors.slice(0, 4)] }), { seed: 5, numRuns: 200 });
    const spread = fc.sample(swarmScheduleArbitrary({ ...options, kinds: [...options.kinds] }), { seed: 5, numRuns: 200 });
    expect(aimed.filter(twoValidators).length).toBeGreaterThan(2 * spread.filter(twoValidators).length);
    expect(fc.sample(swarmScheduleArbitrary({ ...options, kinds: [...options.kinds], groups: [] }), { seed: 5, numRuns: 50 })).toEqual(spread.slice(0, 50));
  });

  it('aims timing faults by message kind at the validators whatever the run’s mix (the default swarm)', async () => {
    const { swarmScheduleArbitrary, venueCampaignTarget, loadScenarioFile } = await import('@faultline/sim');
    const fc = (await import('fast-check')).default;
    const baseline = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000 };
    const swarm = venueCampaignTarget(baseline).swarm;
    expect(swarm.aimed).toEqual([
      { actors: baseline.topology.validators, kinds: ['delay-kind'], weight: 2 },
      { actors: baseline.topology.validators, kinds: ['crash-after-vote'] },
      { actors: baseline.topology.validators, kinds: ['one-way'], oneWay: 'one-to-rest', weight: 2 },
    ]);
    expect(swarm.groups).toContainEqual([...baseline.topology.validators, ...baseline.topology.executionReplicas]);
    const late = (s: FaultSchedule): boolean => s.faults.some((f) => f.kind === 'delay-kind' && f.messageKind === 'proposal' && (f.to ?? []).every((a) => a.startsWith('validator-')));
    const withAimed = fc.sample(swarmScheduleArbitrary(swarm), { seed: 5, numRuns: 200 }).filter(late).length;
    const without = fc.sample(swarmScheduleArbitrary({ ...swarm, aimed: [] }), { seed: 5, numRuns: 200 }).filter(late).length;
    expect(withAimed).toBeGreaterThan(2 * without);
    expect(withAimed).toBeGreaterThan(20);
    expect(() => fc.sample(swarmScheduleArbitrary({ ...swarm, aimed: [{ actors: ['validator-1'], kinds: ['heal'] }] }), 1)).toThrow(/aimed kinds must be faults/);
  });

  it('draws feed stalls: the hedger alone, cut off from every replica it reads, for 5-30 s, ending by the end of faults', async () => {
    const { swarmScheduleArbitrary, venueCampaignTarget, loadScenarioFile, FEED_STALL_US } = await import('@faultline/sim');
    const fc = (await import('fast-check')).default;
    const baseline = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000 };
    const swarm = venueCampaignTarget(baseline).swarm;
    const replicas = baseline.topology.executionReplicas;
    const stall = (f: FaultSchedule['faults'][number]): boolean => f.kind === 'partition' && f.groups.some((g) => g.length === 1 && g[0] === 'hedger-1') && f.groups.some((g) => replicas.every((r) => g.includes(r)));
    const schedules = fc.sample(swarmScheduleArbitrary(swarm), { seed: 5, numRuns: 200 });
    const stalls = schedules.flatMap((s) => s.faults.filter(stall));
    const without = fc.sample(swarmScheduleArbitrary({ ...swarm, stalls: [] }), { seed: 5, numRuns: 200 }).flatMap((s) => s.faults.filter(stall));
    expect(stalls.length).toBeGreaterThan(40);
    expect(stalls.filter((f) => f.kind === 'partition' && (f.durationUs ?? 0) >= 10_000_000).length).toBeGreaterThan(4 * without.length);
    for (const f of stalls) {
      if (f.kind !== 'partition') continue;
      expect(f.atUs + (f.durationUs ?? 0)).toBeLessThanOrEqual(swarm.endByUs as number);
      expect(f.durationUs ?? 0).toBeLessThanOrEqual(FEED_STALL_US.max);
    }
    expect(() => fc.sample(swarmScheduleArbitrary({ ...swarm, stalls: [{ actor: 'hedger-1', from: ['hedger-1'], durationUsMin: 1, durationUsMax: 2 }] }), 1)).toThrow(/cut off from itself/);
  });
});
