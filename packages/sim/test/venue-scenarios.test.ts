/**
 * Every shipped scenario runs its full length in the simulator with every invariant holding and
 * shows the story it exists to tell (docs/scenarios.md), in figures read from the run's summary
 * and its own event log. Each story has a control: the same scenario without its fault or
 * adversary (shorter, covering the fault's window), under which the named expectations fail —
 * so they depend on the story, not on what every run does.
 *
 * Seed 1 throughout. The figures measured at seed 1 are in the comments; the bounds are set
 * well inside them (lower bounds, ranges) so that legitimate changes elsewhere (margin rules,
 * the opening of markets, consensus timing) do not break them, while the control still falls
 * on the other side.
 */
import { describe, expect, it } from 'vitest';
import { failedNames, listScenarios, loadScenarioFile, runVenue, scenarioSetup, type Scenario } from '@faultline/sim';
import { storyRun, type StoryRun } from './story-run.ts';

const S = 1_000_000;
const SEED = 1;

interface Expectation {
  says: string;
  /** The figures the expectation reads, printed when it fails (or when a control passes it). */
  figure: (r: StoryRun) => unknown;
  holds: (r: StoryRun) => boolean;
}

interface Story {
  expectations: Expectation[];
  control: {
    /** What the control run leaves out. */
    without: string;
    change: (s: Scenario) => Scenario;
    durationUs: number;
    /** The expectations (by `says`) that must fail without the story. */
    breaks: string[];
  };
}

const expectation = (says: string, figure: Expectation['figure'], holds: Expectation['holds']): Expectation => ({ says, figure, holds });
const noFaults = (s: Scenario): Scenario => ({ ...s, faults: { version: 1, faults: [] } });
const validators = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const halts = (r: StoryRun) => r.summary.markets[0]?.halts ?? 0;
const auctions = (r: StoryRun) => r.summary.markets[0]?.auctions ?? 0;
const topHeight = (r: StoryRun) => Math.max(...validators.map((v) => r.finalHeight(v)));
/** Every validator ends within 2 heights of the chain (one may be in its commit wait). */
const allCaughtUp = (r: StoryRun) => validators.every((v) => topHeight(r) - r.finalHeight(v) <= 2);

// Expectations shared by the stall stories (windows in seconds).
const noBlocksIn = (from: number, to: number) => expectation(`no block committed in ${from}–${to} s`, (r) => r.blocksIn(from * S, to * S), (r) => r.blocksIn(from * S, to * S) === 0);
const gapOver = (seconds: number) => expectation(`longest block gap > ${seconds} s`, (r) => r.summary.longestBlockGapUs / S, (r) => r.summary.longestBlockGapUs > seconds * S);
const gapUnder = (seconds: number) => expectation(`longest block gap < ${seconds} s`, (r) => r.summary.longestBlockGapUs / S, (r) => r.summary.longestBlockGapUs < seconds * S);
const haltAndAuction = expectation('the market halts and reopens by auction', (r) => ({ halts: halts(r), auctions: auctions(r) }), (r) => halts(r) >= 1 && auctions(r) >= 1);
const noHalt = expectation('no halt', halts, (r) => halts(r) === 0);
const resumes = (from: number, to: number, atLeast: number) =>
  expectation(`blocks resume: ≥ ${atLeast} in ${from}–${to} s, every validator caught up`, (r) => ({ blocks: r.blocksIn(from * S, to * S), heights: validators.map((v) => r.finalHeight(v)) }), (r) => r.blocksIn(from * S, to * S) >= atLeast && allCaughtUp(r));

const stories: Record<string, Story> = {
  baseline: {
    // Seed 1: longest gap 0.5 s, 199 fills, no halt, no liquidation.
    expectations: [
      gapUnder(5),
      noHalt,
      expectation('≥ 50 fills', (r) => r.summary.fills, (r) => r.summary.fills >= 50),
      expectation('no liquidation, no bad debt', (r) => ({ liquidations: r.summary.liquidations, badDebt: r.summary.badDebt }), (r) => r.summary.liquidations === 0 && r.summary.badDebt === 0),
    ],
    // The reference run has no fault to take away: its control adds one (validators split 2|2 for 30 s).
    control: {
      without: 'its calm (a 2|2 validator split at 20–50 s added)',
      change: (s) => ({ ...s, faults: { version: 1, faults: [{ kind: 'partition', atUs: 20 * S, durationUs: 30 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] } }),
      durationUs: 60 * S,
      breaks: ['longest block gap < 5 s', 'no halt'],
    },
  },
  'minority-partition': {
    // Seed 1: validator-4 commits 0 heights in 21–50 s, the other three 28 (58 without the cut:
    // rounds validator-4 would propose time out); all end at height 140.
    expectations: [
      expectation('validator-4 commits nothing while cut off (21–50 s)', (r) => r.commitsIn('validator-4', 21 * S, 50 * S), (r) => r.commitsIn('validator-4', 21 * S, 50 * S) === 0),
      expectation('the other three keep committing: ≥ 15 blocks in 21–50 s', (r) => r.blocksIn(21 * S, 50 * S), (r) => r.blocksIn(21 * S, 50 * S) >= 15),
      expectation('validator-4 catches up after the heal', (r) => validators.map((v) => r.finalHeight(v)), allCaughtUp),
      gapUnder(5),
      noHalt,
    ],
    control: { without: 'the partition', change: noFaults, durationUs: 60 * S, breaks: ['validator-4 commits nothing while cut off (21–50 s)'] },
  },
  'split-brain': {
    // Seed 1: 0 blocks in 31–60 s, longest gap 32 s, 1 halt and 1 auction, 114 blocks in 60–120 s.
    expectations: [noBlocksIn(31, 60), gapOver(25), haltAndAuction, resumes(60, 120, 60)],
    control: { without: 'the split', change: noFaults, durationUs: 70 * S, breaks: ['no block committed in 31–60 s', 'longest block gap > 25 s', 'the market halts and reopens by auction'] },
  },
  'consensus-stall': {
    // Seed 1: 0 blocks in 31–60 s, longest gap 31 s, 1 halt and 1 auction, 116 blocks in 60–120 s.
    expectations: [noBlocksIn(31, 60), gapOver(25), haltAndAuction, resumes(60, 120, 60)],
    control: { without: 'the partition', change: noFaults, durationUs: 70 * S, breaks: ['no block committed in 31–60 s', 'longest block gap > 25 s', 'the market halts and reopens by auction'] },
  },
  'governance-stall': {
    // Seed 1: 0 blocks in 31–330 s, longest gap 302 s, 1 halt and 1 auction, 173 blocks in 330–420 s.
    expectations: [noBlocksIn(31, 330), gapOver(290), haltAndAuction, resumes(330, 420, 100)],
    control: { without: 'the pause', change: noFaults, durationUs: 60 * S, breaks: ['no block committed in 31–330 s', 'longest block gap > 290 s', 'the market halts and reopens by auction'] },
  },
  'latency-spike': {
    // Seed 1: 28 blocks in 31–90 s (118 without the spike), 59 in 91–120 s; the slowest interval
    // stays under the 10 s gap threshold, so no halt.
    expectations: [
      expectation('blocks slow down during the spike: ≤ 60 in 31–90 s', (r) => r.blocksIn(31 * S, 90 * S), (r) => r.blocksIn(31 * S, 90 * S) <= 60),
      expectation('but keep coming: ≥ 10 in 31–90 s', (r) => r.blocksIn(31 * S, 90 * S), (r) => r.blocksIn(31 * S, 90 * S) >= 10),
      expectation('and recover: ≥ 40 in 91–120 s', (r) => r.blocksIn(91 * S, 120 * S), (r) => r.blocksIn(91 * S, 120 * S) >= 40),
      gapUnder(10),
      noHalt,
    ],
    control: { without: 'the link delays', change: noFaults, durationUs: 90 * S, breaks: ['blocks slow down during the spike: ≤ 60 in 31–90 s'] },
  },
  'live-smoke': {
    // Seed 1: validator-2 commits nothing in 20.5–24 s while the others commit; exec-2 replays
    // 40 blocks of its durable log on restart and ends at the chain height (79).
    expectations: [
      expectation('validator-2 commits nothing while down (20.5–24 s)', (r) => r.commitsIn('validator-2', 20.5 * S, 24 * S), (r) => r.commitsIn('validator-2', 20.5 * S, 24 * S) === 0),
      // 3 at seed 1 (~7 with all four: rounds validator-2 would propose time out).
      expectation('the other three keep committing: ≥ 1 block in 20.5–24 s', (r) => r.blocksIn(20.5 * S, 24 * S), (r) => r.blocksIn(20.5 * S, 24 * S) >= 1),
      expectation('validator-2 catches up', (r) => validators.map((v) => r.finalHeight(v)), allCaughtUp),
      expectation(
        'exec-2 rebuilds from its log (≥ 10 blocks replayed on restart) and ends at the chain height',
        (r) => ({ replayed: r.summary.replicaReplayedOnStart?.['exec-2'], height: r.summary.replicaHeights['exec-2'], chain: r.summary.height }),
        (r) => (r.summary.replicaReplayedOnStart?.['exec-2'] ?? 0) >= 10 && r.summary.replicaHeights['exec-2'] === r.summary.height,
      ),
    ],
    control: {
      without: 'the crashes',
      change: noFaults,
      durationUs: 35 * S,
      breaks: ['validator-2 commits nothing while down (20.5–24 s)', 'exec-2 rebuilds from its log (≥ 10 blocks replayed on restart) and ends at the chain height'],
    },
  },
  'byzantine-validator': {
    // Seed 1: 42 duplicate-vote evidence committed, one for each height validator-4 proposed (it
    // prevotes each of its two blocks to the half that got it); 171 blocks, no fork.
    expectations: [
      expectation(
        'duplicate-vote evidence committed, all of it against validator-4',
        (r) => ({ committed: r.summary.evidenceCommitted, accused: [...new Set(r.summary.evidence.map((e) => e.validatorId))] }),
        (r) => r.summary.evidenceCommitted >= 1 && r.summary.evidence.every((e) => e.validatorId === 'validator-4'),
      ),
      expectation('≥ 20 of them (one per equivocation seen)', (r) => r.summary.evidenceCommitted, (r) => r.summary.evidenceCommitted >= 20),
      expectation('liveness kept: ≥ 150 blocks', (r) => r.summary.height, (r) => r.summary.height >= 150),
      gapUnder(5),
      noHalt,
    ],
    control: { without: 'the Byzantine validator', change: (s) => ({ ...s, topology: { ...s.topology, consensus: { ...s.topology.consensus, byzantine: {} } } }), durationUs: 30 * S, breaks: ['duplicate-vote evidence committed, all of it against validator-4'] },
  },
  'engine-crash-rebuild': {
    // Seed 1: exec-1 replays 54 blocks of its durable log on restart and ends at the chain height (172); the
    // replicas-agree invariant compares its hash with exec-2's at every height it executes.
    expectations: [
      expectation(
        'exec-1 rebuilds from its own log (≥ 20 blocks replayed on restart) and ends at the chain height',
        (r) => ({ replayed: r.summary.replicaReplayedOnStart?.['exec-1'], height: r.summary.replicaHeights['exec-1'], chain: r.summary.height }),
        (r) => (r.summary.replicaReplayedOnStart?.['exec-1'] ?? 0) >= 20 && r.summary.replicaHeights['exec-1'] === r.summary.height,
      ),
      expectation('the chain does not notice: longest gap < 5 s, no halt', (r) => ({ gapS: r.summary.longestBlockGapUs / S, halts: halts(r) }), (r) => r.summary.longestBlockGapUs < 5 * S && halts(r) === 0),
    ],
    control: { without: 'the crash', change: noFaults, durationUs: 45 * S, breaks: ['exec-1 rebuilds from its own log (≥ 20 blocks replayed on restart) and ends at the chain height'] },
  },
  'oracle-outage': {
    // Seed 1: the oracle is stale for 51.9 s at most, 1 staleness halt and 1 auction, no
    // liquidation; consensus is untouched (longest gap 0.5 s).
    expectations: [
      expectation('the oracle goes stale for > 40 s', (r) => r.summary.oracleMaxStalenessUs / S, (r) => r.summary.oracleMaxStalenessUs > 40 * S),
      haltAndAuction,
      expectation('no liquidation while the oracle is out (30–90 s)', (r) => r.liquidationsIn(30 * S, 90 * S), (r) => r.liquidationsIn(30 * S, 90 * S) === 0),
      gapUnder(5),
    ],
    control: { without: 'the oracle crashes', change: noFaults, durationUs: 60 * S, breaks: ['the oracle goes stale for > 40 s', 'the market halts and reopens by auction'] },
  },
  'oracle-manipulation': {
    // Seed 1: 86 of oracle-3's reports (+20 %) rejected by the 15 % deviation guard; the oracle
    // price stays within 5 bps of the external price; no halt, no liquidation.
    expectations: [
      expectation('the deviation guard rejects the biased reports: ≥ 40', (r) => r.rejections('deviation-guard'), (r) => r.rejections('deviation-guard') >= 40),
      expectation('the median holds: the oracle price stays within 1 % of the external price', (r) => r.oracleMaxDeviationBps, (r) => r.oracleMaxDeviationBps <= 100),
      noHalt,
      expectation('no liquidation', (r) => r.summary.liquidations, (r) => r.summary.liquidations === 0),
    ],
    control: {
      without: 'the manipulating oracle (oracle-3 honest)',
      change: (s) => ({ ...s, oracles: { ...s.oracles, perOracle: s.oracles.perOracle.map((o) => ({ ...o, behaviour: { kind: 'honest' as const } })) } }),
      durationUs: 30 * S,
      breaks: ['the deviation guard rejects the biased reports: ≥ 40'],
    },
  },
  'flash-crash-during-stall': {
    // Seed 1: longest gap 61 s, no liquidation during the stall, 4 within 60 s after it (15 in
    // all), 1 halt and 1 auction, bad debt 59,986 (what the fund paid: its low 4,940,014 of 5,000,000).
    // Without the stall the crash is liquidated as it happens (22, none after a gap).
    expectations: [
      gapOver(50),
      expectation('no liquidation during the stall (30–90 s)', (r) => r.liquidationsIn(30 * S, 90 * S), (r) => r.liquidationsIn(30 * S, 90 * S) === 0),
      expectation('liquidations after the gap (within 60 s of it)', (r) => r.summary.liquidationsAfterGap, (r) => r.summary.liquidationsAfterGap >= 1),
      haltAndAuction,
      expectation('bad debt, drawn from the insurance fund', (r) => ({ badDebt: r.summary.badDebt, fundMin: r.summary.insuranceFundMin }), (r) => r.summary.badDebt > 0 && r.summary.insuranceFundMin < r.summary.insuranceFundSeed),
    ],
    control: {
      without: 'the stall (no partition, no oracle crash; the flash crash stays)',
      change: noFaults,
      durationUs: 120 * S,
      breaks: ['longest block gap > 50 s', 'liquidations after the gap (within 60 s of it)', 'the market halts and reopens by auction'],
    },
  },
  'congestion-during-crash': {
    // Seed 1: the liquidator's txs reach the chain 5.6 s after it sent them (median, 40–120 s;
    // -0.2 s without the congestion: block time is the previous commit's median vote time);
    // 44 liquidations, bad debt 4,274,166 (what the fund paid: its low 725,834 of 5M; no ADL).
    expectations: [
      expectation('liquidations reach the chain ≥ 4 s after the liquidator sent them (median, 40–120 s)', (r) => r.liquidationLatencyMedianUs(40 * S, 120 * S) / S, (r) => r.liquidationLatencyMedianUs(40 * S, 120 * S) >= 4 * S),
      expectation('≥ 10 liquidations', (r) => r.summary.liquidations, (r) => r.summary.liquidations >= 10),
      expectation('bad debt, and the insurance fund drawn by ≥ 1,000,000', (r) => ({ badDebt: r.summary.badDebt, fundMin: r.summary.insuranceFundMin }), (r) => r.summary.badDebt > 0 && r.summary.insuranceFundMin <= r.summary.insuranceFundSeed - 1_000_000),
    ],
    control: { without: 'the congested liquidator link (the crash stays)', change: noFaults, durationUs: 100 * S, breaks: ['liquidations reach the chain ≥ 4 s after the liquidator sent them (median, 40–120 s)'] },
  },
  'users-cut-off': {
    // Seed 1: no trader or hedger tx committed in 31–90 s (566 without the cut); 1 liquidation
    // while they were cut off (and 20 refused for want of liquidity: the hedger's quotes are
    // gone); 507 of their txs in 91–150 s.
    expectations: [
      expectation('no trader or hedger tx committed while they are cut off (31–90 s)', (r) => r.txsFromIn(['trader-', 'hedger-'], 31 * S, 90 * S), (r) => r.txsFromIn(['trader-', 'hedger-'], 31 * S, 90 * S) === 0),
      expectation('liquidations of users who could not act (40–90 s)', (r) => r.liquidationsIn(40 * S, 90 * S), (r) => r.liquidationsIn(40 * S, 90 * S) >= 1),
      expectation('their txs flow again after: ≥ 50 in 91–150 s', (r) => r.txsFromIn(['trader-', 'hedger-'], 91 * S, 150 * S), (r) => r.txsFromIn(['trader-', 'hedger-'], 91 * S, 150 * S) >= 50),
    ],
    control: { without: 'the cut', change: noFaults, durationUs: 95 * S, breaks: ['no trader or hedger tx committed while they are cut off (31–90 s)'] },
  },
  'hedge-venue-disconnect': {
    // Seed 1: 2 hedges time out; once its external prices are stale it pulls its quotes: 0 hedger
    // txs committed in 36–70 s (70 before it pulled on a dead hedge venue; quotes flow without the
    // cut). Its sampled |delta| is 49 lots in 30–70 s (fills taken before it noticed, hedges lost;
    // 30 without the cut — 40 and ≤ 20 before validators stopped hearing their own echo and
    // re-gossiping every tx, which moved every message's timing) and 1 from 90 s.
    expectations: [
      expectation('hedges time out while the external venue is unreachable', (r) => r.summary.hedger?.hedgeTimeouts, (r) => (r.summary.hedger?.hedgeTimeouts ?? 0) >= 1),
      expectation('it stops quoting: no hedger tx committed in 36–70 s', (r) => r.txsFromIn(['hedger-'], 36 * S, 70 * S), (r) => r.txsFromIn(['hedger-'], 36 * S, 70 * S) === 0),
      expectation('its delta grows: |delta| ≥ 40 lots in 30–70 s', (r) => r.hedgerMaxAbsDeltaIn(30 * S, 70 * S), (r) => r.hedgerMaxAbsDeltaIn(30 * S, 70 * S) >= 40),
      expectation('back inside its hedge threshold after reconnect: |delta| ≤ 20 lots from 90 s', (r) => r.hedgerMaxAbsDeltaIn(90 * S, 120 * S), (r) => r.hedgerMaxAbsDeltaIn(90 * S, 120 * S) <= 20),
    ],
    control: { without: 'the disconnect', change: noFaults, durationUs: 80 * S, breaks: ['hedges time out while the external venue is unreachable', 'it stops quoting: no hedger tx committed in 36–70 s', 'its delta grows: |delta| ≥ 40 lots in 30–70 s'] },
  },
};

const shipped = listScenarios('scenarios');

it('every shipped scenario has a story, and every story a shipped scenario', () => {
  expect(Object.keys(stories).sort()).toEqual(shipped.map((s) => s.name).sort());
});

for (const entry of shipped) {
  const story = stories[entry.name];
  if (!story) continue;
  describe(entry.name, () => {
    it(`runs its full length with every invariant holding and tells its story (seed ${SEED})`, () => {
      const run = storyRun(loadScenarioFile(entry.path), SEED);
      const s = run.summary;
      const failed = failedNames(s.verdicts);
      expect(failed, JSON.stringify(s.violations.slice(0, 3))).toEqual([]);
      expect(s.height).toBeGreaterThan(20);
      expect(s.replicaHeights['exec-1']).toBe(s.height);
      for (const e of story.expectations) expect(e.holds(run), `${e.says}: ${JSON.stringify(e.figure(run))}`).toBe(true);
    }, 180_000);

    it(`control without ${story.control.without}: ${story.control.breaks.join('; ')} — fails`, () => {
      const scenario = story.control.change(loadScenarioFile(entry.path));
      const run = storyRun({ ...scenario, durationUs: story.control.durationUs }, SEED);
      for (const says of story.control.breaks) {
        const e = story.expectations.find((x) => x.says === says);
        expect(e, `no expectation "${says}"`).toBeDefined();
        expect(e?.holds(run), `${says} held without the story: ${JSON.stringify(e?.figure(run))}`).toBe(false);
      }
    }, 180_000);
  });
}

describe('determinism of a whole-venue run', () => {
  it('the same seed gives the same trace and state hash; another seed differs', () => {
    const scenario = { ...loadScenarioFile('scenarios/consensus-stall.json'), durationUs: 50_000_000 };
    const a = runVenue(scenarioSetup(scenario, 5));
    const b = runVenue(scenarioSetup(scenario, 5));
    const c = runVenue(scenarioSetup(scenario, 6));
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.finalStateHash).toBe(a.finalStateHash);
    expect(c.traceHash).not.toBe(a.traceHash);
  }, 120_000);
});
