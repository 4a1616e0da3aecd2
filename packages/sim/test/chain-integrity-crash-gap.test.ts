/**
 * Chain integrity across a crash in the commit gap (session 31). With commitBeforeRecord (the live
 * validator service's FAULTLINE_COMMIT_BEFORE_RECORD=1) a validator publishes `block.<id>` for height h before its commit
 * record of h is durable. Killed inside that gap it recovers without h, commits h again from its
 * peers or its own rounds — and published `block.<id>` for h a second time, which the monitor
 * rightly calls "the same height twice": a validator publishes each height at most once, across
 * restarts too. The validator keeps that promise (validator-core.ts "Crash in the commit gap"):
 * a recovered validator whose log holds its precommit for the block it then commits at the height
 * after its chain does not publish that block again.
 *
 * The gap is a testing seam over the simulator's host (its appends are durable at once): the
 * commit record validator-2 appends at the armed height is dropped and validator-2 crashes right
 * there, as a kill -9 between the block's publish and the record's ack would leave it. A planted
 * commit wedge (issue 13, no-commit-guard: the same height twice without a restart) still fails.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pb, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import { createValidator, type ValidatorActor, type ValidatorConfig } from '@faultline/actors';
import { ChainIntegrityMonitor } from '../src/invariants/chain-integrity.ts';
import { consensusSwarmArbitrary, runConsensus } from '../src/mod.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const CRASHED = 'validator-2';
const S = 1_000_000;

interface GapRun {
  violations: string[];
  /** The heights validator-2 published `block.validator-2` for, in order. */
  published: number[];
  /** The height whose commit record was dropped (0: the seam never fired). */
  droppedHeight: number;
  chains: string[][];
}

/** A chain-integrity monitor over every committed block published, and the heights validator-2 published, in order. */
function watchCommittedBlocks(sim: Simulation): { monitor: ChainIntegrityMonitor; published: number[] } {
  const monitor = new ChainIntegrityMonitor();
  const published: number[] = [];
  sim.observePublishes((message) => {
    const committed = message.envelope.committedBlock;
    if (!committed) return;
    monitor.observe(message);
    if (message.from === CRASHED) published.push(Number(committed.block?.header?.height ?? 0));
  });
  return { monitor, published };
}

/**
 * Four validators; validator-2's first incarnation loses its commit record of the first height ≥
 * `dropAtHeight` and crashes there, restarting `downUs` later. `precommitFirst`: drop only a
 * commit of a block validator-2 had precommitted (the early publish's condition).
 */
function runGap(seed: number, dropAtHeight: number, downUs: number, config: Partial<ValidatorConfig> = {}): GapRun {
  const sim = new Simulation({ seed });
  const options: ValidatorConfig = { validatorIds: IDS, keySeed: seed, timeouts: { ...DYDX_TIMEOUTS, commitUs: 20_000 }, commitBeforeRecord: true, ...config };
  const actors = new Map<string, ValidatorActor>();
  let incarnation = 0;
  let droppedHeight = 0;
  for (const id of IDS) {
    sim.addActor(id, (host) => {
      if (id === CRASHED && ++incarnation === 1) {
        const log = host.log;
        const appendRecord = log.appendRecord.bind(log);
        log.appendRecord = ((record: faultline.v1.IValidatorWalRecord | faultline.v1.IValidatorWalRecord[], encode: never) => {
          const records = Array.isArray(record) ? record : [record];
          const commit = records.find((r) => r.committed != null);
          const height = Number(commit?.committed?.block?.header?.height ?? 0);
          if (droppedHeight === 0 && height >= dropAtHeight) {
            // The kill -9 before this append reached the broker: nothing of it, nor after it.
            droppedHeight = height;
            sim.crash(CRASHED);
            return;
          }
          appendRecord(record as never, encode);
        }) as typeof log.appendRecord;
      }
      const actor = createValidator(options)(host) as ValidatorActor;
      actors.set(id, actor);
      return actor;
    });
  }
  const { monitor, published } = watchCommittedBlocks(sim);
  for (let at = 0; at < 20 * S && droppedHeight === 0; at += 10_000) sim.runFor(10_000);
  sim.runFor(downUs);
  sim.restart(CRASHED);
  sim.runFor(3 * S);
  monitor.finish();
  return { violations: monitor.violations().map((v) => v.detail), published, droppedHeight, chains: IDS.map((id) => actors.get(id)!.committedHashes()) };
}

describe('chain integrity across a crash between the block publish and its commit record', () => {
  it('the restarted validator does not publish the height again; the monitor stays strict and passes; every chain agrees', () => {
    for (const [seed, downUs] of [
      [1, 5_000],
      [2, 200_000],
      [3, 1_000],
      [4, 50_000],
    ] as const) {
      const run = runGap(seed, 5, downUs);
      expect(run.droppedHeight).toBeGreaterThanOrEqual(5);
      // It had published the dropped height before the crash: the gap was hit.
      expect(run.published).toContain(run.droppedHeight);
      expect(run.violations).toEqual([]);
      // Each height at most once, and it went on publishing after the restart.
      expect(new Set(run.published).size).toBe(run.published.length);
      expect(Math.max(...run.published)).toBeGreaterThan(run.droppedHeight + 3);
      const shortest = Math.min(...run.chains.map((c) => c.length));
      expect(shortest).toBeGreaterThan(run.droppedHeight);
      for (const chain of run.chains) expect(chain.slice(0, shortest)).toEqual(run.chains[0]!.slice(0, shortest));
    }
  });

  it('a crash right after a precommit (the block maybe out, in fact not): the height is skipped, not repeated, and every invariant passes', () => {
    // The simulator's appends are durable at once: the restarted validator holds its precommit of
    // the height after its chain and published nothing of it; it skips that height's block, which no
    // monitor minds (validators-catch-up reads the highest height each published).
    let skipped = 0;
    for (const seed of [1, 2, 3, 4]) {
      let validators: Map<string, ValidatorActor> | undefined;
      const summary = runConsensus({
        validators: 4,
        seed,
        durationUs: 36 * S,
        commitBeforeRecord: true,
        prepare: (sim, actors) => {
          validators = actors;
          let crashed = false;
          const sent = new Set<string>();
          sim.observePublishes((message) => {
            const vote = message.envelope.vote;
            if (crashed || message.from !== CRASHED || vote?.validatorId !== CRASHED || vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT || (vote.blockHash?.length ?? 0) === 0) return;
            // Its status announcements re-send its votes of the height: a first send only.
            const key = `${vote.height}/${vote.round}`;
            if (sent.has(key)) return;
            sent.add(key);
            if (message.timeUs < 4 * S) return;
            // Killed as its precommit for a block leaves: nothing after it in that step (a commit it completed included).
            crashed = true;
            sim.inject({ kind: 'crash', atUs: message.timeUs, durationUs: 300_000, actors: [CRASHED] });
          });
        },
      });
      for (const [name, verdict] of Object.entries(summary.verdicts)) expect([name, verdict.status]).toEqual([name, 'passed']);
      // The map holds validator-2's last incarnation: the one that recovered.
      skipped += validators!.get(CRASHED)!.counters.blocksNotRepublished;
    }
    // Each recovered with its precommit of the height after its chain, and skipped that height's block.
    expect(skipped).toBe(4);
  });

  it('the commit wedge of issue 13 (no-commit-guard: a height twice without a restart) still fails chain-integrity with commitBeforeRecord', () => {
    let runs = 0;
    const result = fc.check(
      fc.property(consensusSwarmArbitrary(), ({ byzantine, ...run }) => {
        runs++;
        const failed = Object.values(runConsensus({ ...run, durationUs: 25 * S, variant: 'no-commit-guard', commitBeforeRecord: true, ...(Object.keys(byzantine).length ? { byzantine } : {}) }).verdicts).filter((v) => v.status === 'failed');
        if (failed.length > 0) throw new Error(`invariants failed: ${failed.map((v) => v.name).join(', ')}`);
      }),
      { seed: 3, numRuns: 15, endOnFailure: true, includeErrorInReport: true },
    );
    expect(result.failed).toBe(true);
    expect(runs).toBeLessThanOrEqual(15);
    expect(String(result.errorInstance)).toMatch(/invariants failed: .*chain-integrity/);
  });

  it('held commit records (walHoldCommit): crashes at random points, inside the held window too — each height at most once, the monitor passes, every chain agrees', () => {
    const hold: ValidatorConfig = { validatorIds: IDS, keySeed: 3, timeouts: { ...DYDX_TIMEOUTS, commitUs: 20_000 }, commitBeforeRecord: true, walHoldCommit: true };
    let skipped = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 3_100_000, max: 5_000_000 }), fc.integer({ min: 0, max: 300_000 }), (seed, crashAtUs, downUs) => {
        const sim = new Simulation({ seed });
        const actors = new Map<string, ValidatorActor>();
        for (const id of IDS) {
          sim.addActor(id, (host) => {
            const actor = createValidator(hold)(host) as ValidatorActor;
            actors.set(id, actor);
            return actor;
          });
        }
        const { monitor, published } = watchCommittedBlocks(sim);
        sim.runFor(crashAtUs);
        sim.crash(CRASHED);
        sim.runFor(downUs);
        sim.restart(CRASHED);
        sim.runFor(2 * S);
        monitor.finish();
        skipped += actors.get(CRASHED)!.counters.blocksNotRepublished;
        expect(monitor.violations().map((v) => v.detail)).toEqual([]);
        expect(new Set(published).size).toBe(published.length);
        const chains = IDS.map((id) => actors.get(id)!.committedHashes());
        const shortest = Math.min(...chains.map((c) => c.length));
        for (const chain of chains) expect(chain.slice(0, shortest)).toEqual(chains[0]!.slice(0, shortest));
        expect(Math.max(...chains.map((c) => c.length)) - chains[1]!.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 20, seed: 31 },
    );
    // Some crashes fell while a published block's commit record was held.
    expect(skipped).toBeGreaterThan(0);
  });
});

/**
 * Every validator killed as its own precommit for a block at one height leaves: each recovers
 * holding that precommit and no commit record, and no block of that height went out. With
 * commitBeforeRecord a recovered validator cannot tell this from the commit gap, so each skips the
 * height and the monitor reports a height no validator published — a false failure, which is why
 * the live validator service publishes after the commit record by default (services/validator).
 * Without it every validator publishes the height once and every invariant passes.
 */
function runAllCrash(seed: number, commitBeforeRecord: boolean, commitWithRecord = false): { failed: string[]; skipped: number; chainIntegrity: string } {
  let validators: Map<string, ValidatorActor> | undefined;
  const summary = runConsensus({
    validators: 4,
    seed,
    durationUs: 30 * S,
    ...(commitBeforeRecord ? { commitBeforeRecord: true } : {}),
    ...(commitWithRecord ? { commitWithRecord: true } : {}),
    prepare: (sim, actors) => {
      validators = actors;
      let height = 0;
      const crashed = new Set<string>();
      const sent = new Set<string>();
      sim.observePublishes((message) => {
        const vote = message.envelope.vote;
        if (!vote || vote.validatorId !== message.from || vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT || (vote.blockHash?.length ?? 0) === 0) return;
        // Status announcements re-send a validator's votes of its height: a first send only.
        const key = `${message.from}/${vote.height}/${vote.round}`;
        if (sent.has(key)) return;
        sent.add(key);
        if (message.timeUs < 4 * S || crashed.has(message.from)) return;
        if (height === 0) height = Number(vote.height);
        if (Number(vote.height) !== height) return;
        crashed.add(message.from);
        sim.inject({ kind: 'crash', atUs: message.timeUs, durationUs: 300_000, actors: [message.from] });
      });
    },
  });
  const failed = Object.entries(summary.verdicts).filter(([, v]) => v.status !== 'passed').map(([name]) => name);
  const skipped = [...validators!.values()].reduce((sum, v) => sum + v.counters.blocksNotRepublished, 0);
  return { failed, skipped, chainIntegrity: JSON.stringify(summary.verdicts['chain-integrity']) };
}

describe('every validator killed as its precommit leaves', () => {
  it('publishing after the commit record (the live default): each publishes the height once, every invariant passes', () => {
    for (const seed of [1, 2, 3]) {
      const run = runAllCrash(seed, false);
      expect(run.failed).toEqual([]);
      expect(run.skipped).toBe(0);
    }
  });

  it('the block with its record (commitWithRecord, the live validator service with FAULTLINE_COMMIT_WITH_RECORD=1): each publishes the height once, nothing skipped, every invariant passes', () => {
    for (const seed of [1, 2, 3]) {
      const run = runAllCrash(seed, false, true);
      expect(run.failed).toEqual([]);
      expect(run.skipped).toBe(0);
    }
  });

  it('with commitBeforeRecord every validator skips the height and chain-integrity fails (the known limit of publishing ahead of the record)', () => {
    for (const seed of [1, 2, 3]) {
      const run = runAllCrash(seed, true);
      expect(run.skipped).toBe(4);
      expect(run.failed).toEqual(['chain-integrity']);
      expect(run.chainIntegrity).toMatch(/which no validator committed/);
    }
  });
});

/**
 * The planted split of the record and its block (what NatsHost.publishWithRecord's one socket
 * write rules out live): each validator killed after its commit record of one height is stored
 * and before its block leaves — a seam over the simulator's host, whose appends are durable at
 * once. Each recovers with the height in its chain and never publishes it, so no validator
 * published that height and chain-integrity fails a run in which nothing else went wrong. (The
 * simulator's own order leaves the record and the block together or not at all: its crashes fall
 * between two inputs, never inside one input's effects.)
 */
describe('the commit record and its block split apart, every validator killed between them (planted)', () => {
  it('nobody publishes the height: chain-integrity fails, "which no validator committed"', () => {
    for (const seed of [1, 2, 3]) {
      const sim = new Simulation({ seed });
      const config: ValidatorConfig = { validatorIds: IDS, keySeed: seed, timeouts: { ...DYDX_TIMEOUTS, commitUs: 20_000 }, commitWithRecord: true };
      const killedAt = new Map<string, number>();
      for (const id of IDS) {
        sim.addActor(id, (host) => {
          if (!killedAt.has(id)) {
            const log = host.log;
            const appendRecord = log.appendRecord.bind(log);
            log.appendRecord = ((record: faultline.v1.IValidatorWalRecord | faultline.v1.IValidatorWalRecord[], encode: never) => {
              appendRecord(record as never, encode);
              const commit = (Array.isArray(record) ? record : [record]).find((r) => r.committed != null);
              const height = Number(commit?.committed?.block?.header?.height ?? 0);
              if (height >= 5 && !killedAt.has(id)) {
                // The record stored, the block not yet written: killed here.
                killedAt.set(id, height);
                sim.inject({ kind: 'crash', atUs: sim.now(), durationUs: 300_000, actors: [id] });
              }
            }) as typeof log.appendRecord;
          }
          return createValidator(config)(host);
        });
      }
      const { monitor } = watchCommittedBlocks(sim);
      sim.runFor(8 * S);
      monitor.finish();
      expect([...killedAt.values()]).toEqual([5, 5, 5, 5]);
      expect(monitor.violations().map((v) => v.detail).join('\n')).toMatch(/at height 5, which no validator committed/);
    }
  });
});
