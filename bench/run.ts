/**
 * `npm run bench`: runs every benchmark file (packages/<pkg>/bench/<name>.bench.ts) one at a
 * time, prints a table per file and a summary, and writes bench-results/latest.json.
 * Benchmarks are not tests: nothing here fails on a missed target; BENCHMARKS.md records them.
 *
 * With `--before COMMIT` (or a directory holding a prepared checkout; see bench/kit/before-checkout.ts)
 * every file runs from both trees in the same invocation, alternating which goes first over
 * `--rounds` rounds, and each figure is printed before / after (median — the lower middle for an
 * even count — and range over the rounds) beside its goal, with the load average around each run.
 *
 *   [BENCH_OPTIONS=JSON] npm run bench -- [--quick] [--filter NAME] [--before COMMIT|DIR] [--rounds N] [--help]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench-result.ts';
import { beforeCheckout } from './kit/before-checkout.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    filter: { type: 'string' },
    before: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run bench -- [--quick] [--filter NAME] [--before COMMIT|DIR] [--rounds N]\n' +
      '  --quick        shorter samples (a smoke run; figures are noisier)\n' +
      '  --filter NAME  only benchmark files whose path contains NAME (e.g. codec, sim, nats)\n' +
      '  --before REF   also run each file from a checkout of commit REF (or a directory holding one) and print before / after\n' +
      '  --rounds N     with --before: N alternating rounds (median and range per figure); default 1\n',
  );
  process.exit(0);
}
const rounds = Math.max(1, Number(values.rounds));
const beforeDir = values.before === undefined ? undefined : existsSync(values.before) ? values.before : beforeCheckout(values.before);
// BENCH_OPTIONS='{"profiles":["fast"],"rates":[5000,20000]}': extra options for every file's run()
// (both trees'), e.g. the live bench's ladder; files ignore what they do not know.
const extra = JSON.parse(process.env['BENCH_OPTIONS'] ?? '{}') as Record<string, unknown>;
const options = { ...extra, quick: values.quick };

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

type Run = (options: { quick: boolean }) => Promise<BenchResult[]>;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const fmt = (value: number | undefined) => (value === undefined ? '' : value.toLocaleString('en', { maximumFractionDigits: value < 100 ? 2 : 0 }));

/** 'met' / 'missed' for a goal of the form '>= N', '< N' … (anywhere in its text) against `value`; '' otherwise. */
function verdict(goal: string | undefined, value: number | undefined): string {
  const match = goal === undefined || value === undefined ? null : /(>=|<=|<|>)\s*([\d,.]+)/.exec(goal);
  if (!match) return '';
  const bound = Number((match[2] as string).replaceAll(',', ''));
  const met = match[1] === '>=' ? value! >= bound : match[1] === '<=' ? value! <= bound : match[1] === '<' ? value! < bound : value! > bound;
  return met ? 'met' : 'missed';
}

interface Figure {
  result: BenchResult;
  before: number[];
  after: number[];
}

const all: Array<BenchResult & { file: string; before?: { median: number; min: number; max: number }; after?: { median: number; min: number; max: number }; load?: string }> = [];
for (const file of files) {
  process.stderr.write(`\n== ${file}\n`);
  const after = (await import(join(root, file))) as { run: Run };
  const beforePath = beforeDir ? join(beforeDir, file) : undefined;
  if (beforePath && !existsSync(beforePath)) process.stderr.write(`   (no ${file} in ${beforeDir}: after only)\n`);
  const before = beforePath && existsSync(beforePath) ? ((await import(pathToFileURL(beforePath).href)) as { run: Run }) : undefined;
  const started = performance.now();
  if (!before) {
    const results = await after.run(options);
    console.table(results.map(({ name, value, unit, target, notes }) => ({ name, value: value.toLocaleString('en'), unit, target: target ?? '', met: verdict(target, value), notes: notes ?? '' })));
    all.push(...results.map((result) => ({ ...result, file })));
  } else {
    const figures = new Map<string, Figure>();
    const loads: string[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which tree goes first, so both see the same share of the machine's load.
      const order: Array<['before' | 'after', { run: Run }]> = round % 2 === 0 ? [['before', before], ['after', after]] : [['after', after], ['before', before]];
      for (const [side, module] of order) {
        const loadAt = load();
        process.stderr.write(`   round ${round + 1}/${rounds}: ${side} (load ${loadAt})\n`);
        loads.push(`${side} ${loadAt}`);
        // Each tree's file runs from its own checkout, so paths it takes relative to the working
        // directory (scenarios/…, the replay bench's packages/cli/bin/faultline.js) are its own.
        process.chdir(side === 'before' ? (beforeDir as string) : root);
        let results: BenchResult[];
        try {
          results = await module.run(options);
        } finally {
          process.chdir(root);
        }
        for (const result of results) {
          const figure = figures.get(result.name) ?? { result, before: [], after: [] };
          if (side === 'after') figure.result = result;
          figure[side].push(result.value);
          figures.set(result.name, figure);
        }
      }
    }
    const stats = (samples: number[]) => {
      if (samples.length === 0) return undefined;
      const sorted = [...samples].sort((a, b) => a - b);
      return { median: sorted[Math.floor((sorted.length - 1) / 2)] as number, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
    };
    const range = (s: { median: number; min: number; max: number } | undefined) => (s ? (s.min === s.max ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`) : '—');
    const rows = [...figures.values()].map(({ result, before: b, after: a }) => {
      const bs = stats(b);
      const as = stats(a);
      const change = bs && as && bs.median !== 0 ? `${as.median >= bs.median ? '+' : ''}${(((as.median - bs.median) / bs.median) * 100).toFixed(1)} %` : '';
      all.push({ ...result, file, ...(bs ? { before: bs } : {}), ...(as ? { after: as } : {}), load: loads.join('; ') });
      return { name: result.name, before: range(bs), after: range(as), change, unit: result.unit, goal: result.target ?? '', met: verdict(result.target, as?.median) };
    });
    console.table(rows);
    process.stderr.write(`   load average (1/5/15 min) at each run: ${loads.join('; ')}\n`);
  }
  process.stderr.write(`   (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
const machine = { options: extra, node: process.version, cpus: (await import('node:os')).cpus().length, quick: values.quick, before: beforeDir ?? null, rounds, loadAverageAtEnd: loadavg() };
writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify({ machine, results: all }, null, 2)}\n`);
process.stderr.write(`\n${all.length} figures from ${files.length} benchmark files; bench-results/latest.json written\n`);
