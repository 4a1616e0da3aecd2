/**
 * applyBlock before and after the margin model (issue 17) in CPU instructions instead of time:
 * wall and CPU time on the shared 2-core machine spread by more than the 10 % the goal has to
 * resolve (BENCHMARKS.md), instruction counts under valgrind's callgrind do not depend on the
 * machine's other load.
 *
 * The workload of apply-block.bench.ts (10,000 accounts, 5 markets, 1,000-tx blocks plus 15
 * oracle reports, no state hash). One invocation runs four children under callgrind, one engine
 * each: the same generated workload (setup, warm-up, timed blocks), applying either all `--blocks`
 * timed blocks or none of them (the workload is generated once, by the parent, into a file). The difference of the two counts of one engine is what applying
 * the timed blocks cost it (generation, start-up and warm-up cancel out); the per-block figures
 * of the two engines are compared.
 *
 *   git worktree add --detach /tmp/venue-before d6f7ab6 && ln -s "$PWD/node_modules" /tmp/venue-before/node_modules
 *   npx tsx packages/venue/bench/margin-callgrind.ts --before /tmp/venue-before [--after DIR] [--blocks 100] [--warmup 50]
 *
 * --after DIR: the engine to compare from another checkout (default: this one) — a detached
 * worktree keeps the measured engine fixed while this one is edited.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type * as venue from '@faultline/venue';

type Engine = Pick<typeof venue, 'applyBlock' | 'createVenueState' | 'blockTxFromBytes'>;
type VenueBlock = Parameters<typeof venue.applyBlock>[1];
interface SavedBlock {
  height: number;
  timeUs: number;
  txs: string[];
}

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    blocks: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '50' },
    child: { type: 'string' },
    workload: { type: 'string' },
    apply: { type: 'string' },
  },
});
if (!values.before) {
  console.error('usage: margin-callgrind.ts --before DIR [--blocks N] [--warmup N]   (DIR: a checkout of the commit to compare)');
  process.exit(2);
}
const timedBlocks = Number(values.blocks);
const warmupBlocks = Number(values.warmup);

if (values.child) {
  // A child: one engine, the workload read back from the parent's file, `--apply` of its timed blocks applied.
  // Each engine from its own checkout (its own decoder too: the decoding is part of the constant cost).
  const dir = values.child === 'before' ? values.before : (values.after ?? fileURLToPath(new URL('../../..', import.meta.url)));
  const engine = (await import(resolve(dir, 'packages/venue/src/mod.ts'))) as Engine;
  const saved = JSON.parse(readFileSync(values.workload as string, 'utf8')) as { config: Parameters<typeof venue.createVenueState>[0]; blocks: Record<'setup' | 'warmup' | 'timed', SavedBlock[]> };
  const load = (b: SavedBlock): VenueBlock => ({ height: b.height, timeUs: b.timeUs, txs: b.txs.map((t) => engine.blockTxFromBytes(Buffer.from(t, 'base64'))) });
  const setup = [...saved.blocks.setup, ...saved.blocks.warmup].map(load);
  const timed = saved.blocks.timed.map(load);
  const state = engine.createVenueState(saved.config);
  for (const b of setup) engine.applyBlock(state, b, { hash: false });
  let fills = 0;
  for (const b of timed.slice(0, Number(values.apply))) fills += engine.applyBlock(state, b, { hash: false }).events.filter((e) => e.kind === 'fill').length;
  console.log(JSON.stringify({ engine: values.child, applied: Number(values.apply), fills }));
} else {
  const self = fileURLToPath(import.meta.url);
  // Generated once (the generator runs the engine on a scratch venue): the children only decode and apply.
  const file = join(mkdtempSync(join(tmpdir(), 'margin-callgrind-')), 'workload.json');
  const { workload } = await import('../../../bench/kit/mod.ts');
  const { config, blocks } = workload({ warmupBlocks, timedBlocks });
  const save = (b: VenueBlock): SavedBlock => ({ height: b.height, timeUs: b.timeUs, txs: b.txs.map((t) => Buffer.from(t.bytes).toString('base64')) });
  writeFileSync(file, JSON.stringify({ config, blocks: { setup: blocks.setup.map(save), warmup: blocks.warmup.map(save), timed: blocks.timed.map(save) } }));
  const measure = (which: 'before' | 'after', apply: number): { ir: number; fills: number } => {
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--import', 'tsx', self, '--child', which, '--apply', String(apply), '--before', values.before as string, ...(values.after ? ['--after', values.after] : []), '--workload', file, '--blocks', String(timedBlocks), '--warmup', String(warmupBlocks)],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const collected = /Collected : (\d+)/.exec(run.stderr);
    if (run.status !== 0 || !collected) throw new Error(`callgrind ${which} ${apply}: exit ${run.status}\n${run.stderr.slice(-2000)}`);
    const out = JSON.parse(run.stdout.trim().split('\n').pop() as string) as { fills: number };
    return { ir: Number(collected[1]), fills: out.fills };
  };
  const load = (): string => execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
  console.log(`before ${values.before}, after ${values.after ?? 'this checkout'}`);
  console.log(`callgrind, ${warmupBlocks} warm-up and ${timedBlocks} timed blocks, no state hash; load ${load()}`);
  const rows: Record<string, { 'Ir without': number; 'Ir with': number; 'Ir per block': number; 'fills/block': number }> = {};
  for (const which of ['before', 'after'] as const) {
    const base = measure(which, 0);
    const full = measure(which, timedBlocks);
    rows[which] = { 'Ir without': base.ir, 'Ir with': full.ir, 'Ir per block': Math.round((full.ir - base.ir) / timedBlocks), 'fills/block': Math.round(full.fills / timedBlocks) };
    console.log(`${which}: done, load ${load()}`);
  }
  console.table(rows);
  const change = ((rows.after?.['Ir per block'] as number) / (rows.before?.['Ir per block'] as number) - 1) * 100;
  console.log(`after vs before: ${change >= 0 ? `${change.toFixed(1)} % more` : `${(-change).toFixed(1)} % fewer`} instructions per block; load ${load()}`);
}
