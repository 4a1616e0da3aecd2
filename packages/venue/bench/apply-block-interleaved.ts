/**
 * applyBlock with and without the state hash, interleaved block by block in one process: two
 * venues fed the same blocks of the apply-block bench's workload, one hashing and one not, the one
 * that goes first alternating. A slow change in the machine's load falls on both alike, which
 * the apply-block bench's whole runs per mode (medians of 3, ranges wider than the change on this
 * 2-core VM) do not give. The hashing venue's cache is seeded before the timed blocks: the figure
 * is the per-block cost, not the first hash of 10,000 principals. Wall and CPU (process) time as
 * sums, and per block as medians: a major GC of the two venues' heap (~600 MiB) lands on whichever
 * block triggers it and moves the sums by more than the hash costs; the medians of the per-block
 * times and of each block's difference (with − without) do not see it.
 *
 *   npx tsx packages/venue/bench/apply-block-interleaved.ts [TREE]
 *
 * TREE: a checkout (built or not) whose venue and bench kit are measured; this one by default
 * (`--before` trees: run it once per tree, alternating, and compare the shares).
 */
import os from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const tree = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../..'));
const venue = await import(`${tree}/packages/venue/src/mod.ts`);
const kit = await import(`${tree}/bench/kit/mod.ts`);
const { config, blocks } = kit.workload({ warmupBlocks: 50, timedBlocks: 200 });
const none = venue.createVenueState(config);
const hashed = venue.createVenueState(config);
for (const b of [...blocks.setup, ...blocks.warmup]) {
  venue.applyBlock(none, b, { hash: false });
  venue.applyBlock(hashed, b, { hash: false });
}
venue.stateHash(hashed);
const wall = { none: 0, hash: 0 };
const cpu = { none: 0, hash: 0 };
const perBlock = { none: [] as number[], hash: [] as number[] };
for (const [i, b] of (blocks.timed as unknown[]).entries()) {
  for (const s of i % 2 === 0 ? [none, hashed] : [hashed, none]) {
    const k = s === hashed ? 'hash' : 'none';
    const cpuAt = process.cpuUsage();
    const wallAt = performance.now();
    venue.applyBlock(s, b, { hash: s === hashed });
    const took = performance.now() - wallAt;
    wall[k] += took;
    perBlock[k].push(took);
    const used = process.cpuUsage(cpuAt);
    cpu[k] += (used.user + used.system) / 1000;
  }
}
const n = blocks.timed.length as number;
const ms = (x: number): number => Math.round((x / n) * 1000) / 1000;
const share = (a: number, b: number): number => Math.round((1000 * a) / b) / 10;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const medianWithout = median(perBlock.none);
const medianCost = median(perBlock.hash.map((t, i) => t - (perBlock.none[i] as number)));
console.log(
  JSON.stringify({
    tree,
    blocks: n,
    wallMsWithout: ms(wall.none),
    wallMsWith: ms(wall.hash),
    hashMsPerBlock: ms(wall.hash - wall.none),
    sharePercent: share(wall.none, wall.hash),
    cpuHashMsPerBlock: ms(cpu.hash - cpu.none),
    cpuSharePercent: share(cpu.none, cpu.hash),
    medianMsWithout: Math.round(medianWithout * 1000) / 1000,
    medianHashMsPerBlock: Math.round(medianCost * 1000) / 1000,
    medianSharePercent: share(medianWithout, medianWithout + medianCost),
    load: os.loadavg().map((l) => l.toFixed(1)).join(' / '),
  }),
);
