/**
 * Replay speed: `faultline replay` of a log of ~1M venue events, in blocks/s and events/s, and
 * its max RSS (`/usr/bin/time -v` around the command as its own process, so the figure is
 * replay's and not this bench's log builder's).
 *
 * The log is built outside the simulator (which writes ~25 events per virtual second and would
 * need hours of virtual time for 1M): the execution-engine bench's workload (10,000 accounts,
 * 5 markets, 1,000-tx blocks of orders, cancels, market orders, transfers and signed oracle
 * reports), each block wrapped in a CommittedBlock with a real commit certificate (3 of 4
 * validators' ed25519 precommits) and recorded as the sim records it: block, its events, its
 * state hash. Its header carries a scenario whose venue is the workload's, so the log replays on
 * its own, like any run's. Timed: the whole command — reading the file, CRC and sequence checks,
 * decode, certificate and txs-hash checks, applyBlock with the state hash, every invariant,
 * event-by-event and hash comparison, the JSON out (Node and tsx start-up included, ~2 s).
 *
 *   npx tsx packages/replay/bench/replay.bench.ts [--quick] [--write-log FILE]
 *   /usr/bin/time -v node --import tsx bench/run.ts --filter replay
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { blockHash, certificateHash, signVote, txsHash } from '@faultline/consensus';
import { deriveKeyPair, encodeLogHeader, encodeLogRecord, pb, type faultline } from '@faultline/protocol';
import { parseScenario, scenarioToJson, scenarioVenueConfigForSeed, type Scenario } from '@faultline/sim';
import { applyBlock, createVenueState, venueEventToWire } from '@faultline/venue';
import { beforeCheckout, workload, type BenchResult } from '../../../bench/kit/mod.ts';

const SEED = 1;
const EVENTS_TARGET = { full: 1_000_000, quick: 100_000 };
/** What a 1,000-tx block of the workload yields (~2,600 events): sizes the block count. */
const EVENTS_PER_BLOCK_ESTIMATE = 2_500;
/** The log goes to disk block by block: 100 MB of it never sits in this process. */
const CLI = 'packages/cli/bin/faultline.js';

/**
 * A scenario whose venue config is the workload's (`testVenueConfig`: 5 markets, seed-1 oracle
 * keys, a 10M insurance fund); the bench refuses to run if the two ever drift apart.
 */
function benchScenario(): Scenario {
  return parseScenario(
    {
      version: 1,
      name: 'replay-bench',
      title: 'Replay bench: 10,000 accounts, 5 markets, 1,000-tx blocks',
      incident: 'none: a synthetic load for packages/replay/bench',
      whatToLookFor: 'nothing; every invariant holds',
      durationUs: 3_600_000_000,
      markets: [50_000, 20_000, 10_000, 5_000, 2_000].map((initialPriceTicks, i) => ({ marketId: i + 1, symbol: `M${i + 1}-PERP`, initialPriceTicks })),
      venue: { oracleStalenessUs: 10_000_000, oracleDeviationPpm: 150_000, oracleMaxFutureUs: 2_000_000, insuranceFundSeed: 10_000_000, maxTransferAmount: 1_000_000_000_000 },
      topology: { validators: 4, executionReplicas: 1, oracles: 3 },
      policy: 'default',
      faults: { version: 1, faults: [] },
    },
    'replay bench scenario',
  );
}

export interface BenchLog {
  blocks: number;
  events: number;
  bytes: number;
  finalStateHash: string;
}

/** Writes a log of at least `eventsTarget` venue events (stopping at the block that reaches it). */
export function writeBenchLog(path: string, eventsTarget: number): BenchLog {
  const scenario = benchScenario();
  const { config, blocks } = workload({ warmupBlocks: 0, timedBlocks: Math.ceil(eventsTarget / EVENTS_PER_BLOCK_ESTIMATE) + 5 });
  if (!isDeepStrictEqual(config, scenarioVenueConfigForSeed(scenario, SEED))) throw new Error('replay bench: the scenario venue config differs from the workload config, the log would not replay');
  const validators = scenario.topology.validators;
  const quorum = Math.floor((2 * validators.length) / 3) + 1;
  const signers = validators.slice(0, quorum).map((id) => ({ id, key: deriveKeyPair(SEED, id).privateKey }));
  const state = createVenueState(config);
  const fd = openSync(path, 'w');
  const log: BenchLog = { blocks: 0, events: 0, bytes: 0, finalStateHash: '' };
  const write = (bytes: Uint8Array): void => {
    writeSync(fd, bytes);
    log.bytes += bytes.length;
  };
  try {
    write(encodeLogHeader({ runId: 'replay-bench', scenario: scenario.name, seed: SEED, createdBy: 'sim', scenarioJson: JSON.stringify(scenarioToJson(scenario)), policy: scenario.policy.name }));
    let seq = 0;
    let previous: faultline.v1.ICommittedBlock | undefined;
    for (const venueBlock of [...blocks.setup, ...blocks.warmup, ...blocks.timed]) {
      if (log.events >= eventsTarget) break;
      const { height, timeUs } = venueBlock;
      const txs = venueBlock.txs.map((tx) => tx.bytes);
      const header: faultline.v1.IBlockHeader = {
        height,
        round: 0,
        proposerId: validators[(height - 1) % validators.length],
        prevBlockHash: previous?.block?.header ? blockHash(previous.block.header) : new Uint8Array(0),
        timeUs,
        txsHash: txsHash(txs),
        txCount: txs.length,
        lastCommitHash: certificateHash(previous?.certificate),
      };
      const hash = blockHash(header);
      const precommits = signers.map(({ id, key }) => signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, validatorId: id, timestampUs: timeUs }, key));
      const committed: faultline.v1.ICommittedBlock = { block: { header, txs }, certificate: { height, round: 0, blockHash: hash, precommits } };
      const result = applyBlock(state, venueBlock);
      const records = [encodeLogRecord({ seq: ++seq, timeUs, block: committed })];
      for (const event of result.events) records.push(encodeLogRecord({ seq: ++seq, timeUs, event: venueEventToWire(event) }));
      records.push(encodeLogRecord({ seq: ++seq, timeUs, stateHash: { height, hash: result.stateHash ?? new Uint8Array(0), replicaId: 'exec-1' } }));
      write(Buffer.concat(records));
      log.blocks++;
      log.events += result.events.length;
      log.finalStateHash = Buffer.from(result.stateHash ?? []).toString('hex');
      previous = committed;
    }
  } finally {
    closeSync(fd);
  }
  return log;
}

interface CommandRun {
  wallS: number;
  userS: number;
  cpuS: number;
  maxRssMiB: number;
  output: { height: number; events: number; firstViolation: unknown; hashMatch: boolean; finalStateHash: string };
}

/** `faultline replay FILE --json` under /usr/bin/time -v (the checkout in `root`: this one or the before). */
function timeReplayCommand(path: string, root = '.'): CommandRun {
  const child = spawnSync('/usr/bin/time', ['-v', process.execPath, join(root, CLI), 'replay', path, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const field = (label: string): string | undefined => new RegExp(`${label}: (.+)`).exec(child.stderr)?.[1];
  const rssKb = field('Maximum resident set size \\(kbytes\\)');
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  if (child.status !== 0 || !rssKb || !wall) throw new Error(`replay bench: faultline replay exited ${child.status}: ${child.stderr.slice(-2_000)}`);
  const wallS = wall.split(':').reduce((seconds, part) => seconds * 60 + Number(part), 0);
  const cpuS = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  return { wallS, userS: Number(field('User time \\(seconds\\)')), cpuS, maxRssMiB: Math.round(Number(rssKb) / 1024), output: JSON.parse(child.stdout) };
}

/**
 * The before: main just before the Merkle state hash (e2d71c8), whose state hash was sha256 of
 * the whole snapshot and whose logs are format 1. Its own bench writes its own log (its hashes),
 * and its own `faultline replay` replays it, in a worktree (bench/kit/before-checkout.ts).
 * FAULTLINE_BENCH_NO_BEFORE=1 skips it; FAULTLINE_BENCH_REPLAY_ROUNDS=N sets the alternating rounds (default 2, --quick 1).
 */
export const BEFORE_COMMIT = '74f042bf7aa1b8f451e1aa074364da65d57fe01e';
/** Issue 15's goals for `faultline replay` on the 1M-event log. */
export const REPLAY_GOALS = { eventsPerSecond: 100_000, maxRssMiB: 460 };

const loadavg = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const range = (values: readonly number[], digits = 0): string => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-replay-bench-'));
  const target = options.quick ? EVENTS_TARGET.quick : EVENTS_TARGET.full;
  try {
    const path = join(dir, 'events.fllog');
    const started = performance.now();
    const log = writeBenchLog(path, target);
    const buildS = (performance.now() - started) / 1000;
    // The before's log, written by the before's own bench (its hashes, its format).
    let before: { root: string; path: string } | undefined;
    if (!process.env.FAULTLINE_BENCH_NO_BEFORE) {
      const root = beforeCheckout(BEFORE_COMMIT);
      const beforePath = join(dir, 'before.fllog');
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'packages/replay/bench/replay.bench.ts', ...(options.quick ? ['--quick'] : []), '--write-log', beforePath], { cwd: root, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`replay bench: the before's log writer exited ${child.status}: ${child.stderr.slice(-2_000)}`);
      before = { root, path: beforePath };
    }
    // Alternating, so both see the same machine load; the median of the rounds, with the range.
    const rounds = Number(process.env.FAULTLINE_BENCH_REPLAY_ROUNDS ?? (options.quick ? 1 : 2));
    const loadBefore = loadavg();
    const afterRuns: CommandRun[] = [];
    const beforeRuns: CommandRun[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['after', 'before'] as const) : (['before', 'after'] as const);
      for (const which of order) {
        if (which === 'after') afterRuns.push(timeReplayCommand(path));
        else if (before) beforeRuns.push(timeReplayCommand(before.path, before.root));
      }
    }
    const loadAfter = loadavg();
    for (const run of [...afterRuns, ...beforeRuns]) {
      const out = run.output;
      if (out.firstViolation !== null || !out.hashMatch) throw new Error(`replay bench: a log did not replay clean: ${JSON.stringify({ firstViolation: out.firstViolation, hashMatch: out.hashMatch, events: out.events })}`);
    }
    const out = afterRuns[0]?.output;
    if (out?.events !== log.events || out.finalStateHash !== log.finalStateHash) throw new Error(`replay bench: replayed ${out?.events} events to ${out?.finalStateHash}, the log holds ${log.events} to ${log.finalStateHash}`);
    const size = `${(log.bytes / 1024 / 1024).toFixed(0)} MiB, ${log.blocks} blocks of 1,000 txs + 15 oracle reports, ${log.events.toLocaleString('en')} events`;
    const rate = (runs: CommandRun[], of: 'wallS' | 'cpuS'): number[] => runs.map((r) => r.output.events / r[of]);
    const describe = (runs: CommandRun[]): string =>
      runs.length === 0
        ? 'not measured (FAULTLINE_BENCH_NO_BEFORE)'
        : `${Math.round(median(rate(runs, 'wallS'))).toLocaleString('en')} events/s wall (${range(rate(runs, 'wallS'))}), ${Math.round(median(rate(runs, 'cpuS'))).toLocaleString('en')} per CPU-second; wall ${median(runs.map((r) => r.wallS)).toFixed(1)} s, CPU ${median(runs.map((r) => r.cpuS)).toFixed(1)} s, max RSS ${median(runs.map((r) => r.maxRssMiB))} MiB`;
    const afterRate = median(rate(afterRuns, 'wallS'));
    const afterRss = median(afterRuns.map((r) => r.maxRssMiB));
    const load = `load average (1/5/15 min) ${loadBefore} before the runs, ${loadAfter} after`;
    const full = !options.quick;
    return [
      {
        name: `GOAL faultline replay events/s${full ? ' (1M-event log)' : ' (--quick: 100k events, not the goal log)'}`,
        value: Math.round(afterRate),
        unit: 'events/s',
        target: `≥ ${REPLAY_GOALS.eventsPerSecond.toLocaleString('en')} — ${afterRate >= REPLAY_GOALS.eventsPerSecond ? 'met' : 'MISSED'}`,
        notes: `after: ${describe(afterRuns)}; before (${BEFORE_COMMIT.slice(0, 7)}, whole-snapshot hash): ${describe(beforeRuns)}; median of ${rounds} alternating rounds; ${load}`,
      },
      {
        name: `GOAL faultline replay max RSS${full ? ' (1M-event log)' : ' (--quick)'}`,
        value: afterRss,
        unit: 'MiB',
        target: `≤ ${REPLAY_GOALS.maxRssMiB} — ${afterRss <= REPLAY_GOALS.maxRssMiB ? 'met' : 'MISSED'}`,
        notes: `before: ${beforeRuns.length ? `${median(beforeRuns.map((r) => r.maxRssMiB))} MiB` : 'not measured'}; /usr/bin/time -v around the command`,
      },
      { name: 'replay: blocks/s', value: Math.round((log.blocks / median(afterRuns.map((r) => r.wallS))) * 10) / 10, unit: 'blocks/s', notes: `faultline replay --json end to end; ${size}` },
      { name: 'replay: wall time', value: Math.round(median(afterRuns.map((r) => r.wallS)) * 10) / 10, unit: 's', notes: `CPU ${median(afterRuns.map((r) => r.cpuS)).toFixed(1)} s (user ${median(afterRuns.map((r) => r.userS)).toFixed(1)} s); checksums, certificates, applyBlock + state hash, every invariant, event and hash comparison` },
      { name: 'building the log (not timed above)', value: Math.round(buildS * 10) / 10, unit: 's', notes: 'workload, then applyBlock with the hash and 3 signatures per block' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --write-log FILE: only write the log, to time `faultline replay FILE` by hand.
  const at = process.argv.indexOf('--write-log');
  const quick = process.argv.includes('--quick');
  if (at !== -1) console.log(writeBenchLog(process.argv[at + 1] ?? 'events.fllog', quick ? EVENTS_TARGET.quick : EVENTS_TARGET.full));
  else console.table(await run({ quick }));
}
