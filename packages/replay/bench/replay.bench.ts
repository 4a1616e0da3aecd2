/**
 * Replay speed: `replayLog` over a log of ~1M venue events. The log is built outside the
 * simulator (which produces ~25 events per virtual second and would need hours for 1M): the
 * execution-engine bench's workload (10,000 accounts, 5 markets, 1,000-tx blocks of orders,
 * cancels, market orders, transfers and signed oracle reports), each block wrapped in a
 * CommittedBlock with a real commit certificate (3 of 4 validators' ed25519 precommits), and
 * recorded as the sim does: block, its events, its state hash. Building is not timed; replay is
 * timed end to end from the bytes: checksums, decode, certificate and txs-hash checks,
 * applyBlock, every invariant, event-by-event and hash comparison.
 *
 *   npx tsx packages/replay/bench/replay.bench.ts [--quick]
 *   /usr/bin/time -v node --import tsx bench/run.ts --filter replay
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { blockHash, signVote, txsHash } from '@faultline/consensus';
import { deriveKeyPair, encodeLogHeader, encodeLogRecord, pb, type faultline } from '@faultline/protocol';
import { applyBlock, createVenueState, venueEventToWire } from '@faultline/venue';
import type { BenchResult } from '../../../bench/bench-result.ts';
import { workload } from '../../venue/bench/apply-block.bench.ts';
import { replayLog } from '../src/mod.ts';

const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const KEY_SEED = 7;

function buildLog(targetEvents: number): { bytes: Uint8Array; events: number; blocks: number; config: ReturnType<typeof workload>['config'] } {
  // ~3 events per tx: estimate the blocks needed, then stop at the target.
  const { config, blocks } = workload({ warmupBlocks: 0, timedBlocks: Math.ceil(targetEvents / 2_500) + 5 });
  const keys = VALIDATORS.slice(0, 3).map((id) => ({ id, key: deriveKeyPair(KEY_SEED, id).privateKey }));
  const state = createVenueState(config);
  const parts: Uint8Array[] = [encodeLogHeader({ runId: 'replay-bench', scenario: 'replay-bench', seed: KEY_SEED, createdBy: 'bench', scenarioJson: '', policy: 'default' })];
  let seq = 0;
  let events = 0;
  let count = 0;
  for (const venueBlock of [...blocks.setup, ...blocks.warmup, ...blocks.timed]) {
    if (events >= targetEvents) break;
    const txs = venueBlock.txs.map((tx) => tx.bytes);
    const header: faultline.v1.IBlockHeader = { height: venueBlock.height, round: 0, proposerId: 'validator-1', timeUs: venueBlock.timeUs, txsHash: txsHash(txs), txCount: txs.length };
    const hash = blockHash(header);
    const precommits = keys.map(({ id, key }) =>
      signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: venueBlock.height, round: 0, blockHash: hash, validatorId: id, timestampUs: venueBlock.timeUs }, key),
    );
    const committed: faultline.v1.ICommittedBlock = { block: { header, txs }, certificate: { height: venueBlock.height, round: 0, blockHash: hash, precommits } };
    const result = applyBlock(state, venueBlock);
    const timeUs = venueBlock.timeUs;
    parts.push(encodeLogRecord({ seq: ++seq, timeUs, block: committed }));
    for (const event of result.events) parts.push(encodeLogRecord({ seq: ++seq, timeUs, event: venueEventToWire(event) }));
    parts.push(encodeLogRecord({ seq: ++seq, timeUs, stateHash: { height: venueBlock.height, hash: result.stateHash ?? new Uint8Array(0), replicaId: 'exec-1' } }));
    events += result.events.length;
    count++;
  }
  return { bytes: new Uint8Array(Buffer.concat(parts)), events, blocks: count, config };
}

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const target = options.quick ? 100_000 : 1_000_000;
  const built = buildLog(target);
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-replay-bench-')), 'events.fllog');
  writeFileSync(file, built.bytes);
  const started = performance.now();
  const result = replayLog(readFileSync(file), { config: { venue: built.config, validatorIds: VALIDATORS, keySeed: KEY_SEED } });
  const seconds = (performance.now() - started) / 1000;
  if (result.firstViolation || !result.hashMatch || result.events !== built.events) {
    throw new Error(`replay bench: the log did not replay clean: ${JSON.stringify(result.firstViolation)} hashMatch ${result.hashMatch} events ${result.events}/${built.events}`);
  }
  const mb = built.bytes.length / 1024 / 1024;
  return [
    { name: 'replay: log size', value: Math.round(mb), unit: 'MiB', notes: `${built.blocks} blocks of 1,000 txs, ${built.events.toLocaleString('en')} events` },
    { name: 'replay: blocks/s', value: Math.round(built.blocks / seconds), unit: 'blocks/s', notes: 'checksums, certificates (3 ed25519 verifies), applyBlock + state hash, every invariant, event and hash comparison' },
    { name: 'replay: events/s', value: Math.round(built.events / seconds), unit: 'events/s' },
    { name: 'replay: wall time', value: Math.round(seconds * 10) / 10, unit: 's' },
    { name: 'replay: heap after', value: Math.round(process.memoryUsage().rss / 1024 / 1024), unit: 'MiB RSS', notes: 'the whole log is read into memory; /usr/bin/time -v gives the peak' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run({ quick: process.argv.includes('--quick') });
  console.table(results);
}
