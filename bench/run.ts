/**
 * `npm run bench`: runs every benchmark file (packages/<pkg>/bench/<name>.bench.ts) one at a
 * time, prints a table per file and a summary, and writes bench-results/latest.json.
 * Benchmarks are not tests: nothing here fails on a missed target; BENCHMARKS.md records them.
 *
 *   npm run bench -- [--quick] [--filter NAME] [--help]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench-result.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, filter: { type: 'string' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run bench -- [--quick] [--filter NAME]\n' +
      '  --quick        shorter samples (a smoke run; figures are noisier)\n' +
      '  --filter NAME  only benchmark files whose path contains NAME (e.g. codec, sim, nats)\n',
  );
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(join(root, 'packages'))
  .flatMap((pkg) => {
    try {
      return readdirSync(join(root, 'packages', pkg, 'bench'))
        .filter((name) => name.endsWith('.bench.ts'))
        .map((name) => join('packages', pkg, 'bench', name));
    } catch {
      return [];
    }
  })
  .filter((path) => !values.filter || path.includes(values.filter))
  .sort();

const all: Array<BenchResult & { file: string }> = [];
for (const file of files) {
  process.stderr.write(`\n== ${file}\n`);
  const module = (await import(join(root, file))) as { run: (options: { quick: boolean }) => Promise<BenchResult[]> };
  const started = performance.now();
  const results = await module.run({ quick: values.quick });
  console.table(results.map(({ name, value, unit, target, notes }) => ({ name, value: value.toLocaleString('en'), unit, target: target ?? '', notes: notes ?? '' })));
  process.stderr.write(`   (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  all.push(...results.map((result) => ({ ...result, file })));
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
const machine = { node: process.version, cpus: (await import('node:os')).cpus().length, quick: values.quick };
writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify({ machine, results: all }, null, 2)}\n`);
process.stderr.write(`\n${all.length} figures from ${files.length} benchmark files; bench-results/latest.json written\n`);
