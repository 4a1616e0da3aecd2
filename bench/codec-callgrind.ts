/**
 * The codec's Envelope(order) round trip in CPU instructions (valgrind's callgrind), before and
 * after: on this shared 2-core machine the round trips per CPU second move by ±30 % with the other
 * core's load, within one process and between processes (BENCHMARKS.md, session 17), so a median
 * of a few processes cannot resolve a 10 % change; an instruction count does not depend on the
 * neighbours. It does not count cache misses: a figure to compare code by, not a rate.
 *
 * Each tree runs two children under callgrind (node --single-threaded: no concurrent compiler or
 * GC threads), the same warm-up of `--warmup` round trips, then `--ops` more or none; the
 * difference of the two counts, divided by `--ops`, is one round trip's instructions (start-up,
 * module loading and warm-up cancel out). The four children run at once (each ~1 min of CPU).
 *
 *   npx tsx bench/codec-callgrind.ts --before DIR [--after DIR] [--ops 100000] [--warmup 50000] [--what rt|enc|dec]
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    ops: { type: 'string', default: '100000' },
    warmup: { type: 'string', default: '50000' },
    what: { type: 'string', default: 'rt' },
  },
});
if (!values.before || !['rt', 'enc', 'dec'].includes(values.what as string)) {
  console.error('usage: npx tsx bench/codec-callgrind.ts --before DIR [--after DIR] [--ops N] [--warmup N] [--what rt|enc|dec]');
  process.exit(2);
}
const ops = Number(values.ops);

/** The child for one tree: the codec bench's order envelope (packages/protocol/bench/codec.bench.ts). */
function childSource(tree: string): string {
  return `
const { decodeEnvelope, encodeEnvelope } = await import('${resolve(tree)}/packages/protocol/src/mod.ts');
const order = (i) => ({ runId: 'run-1', sender: 'trader-17', seq: i + 1, lamport: 2 * i, sentAtUs: 1_000_000 + i,
  tx: { clientId: 'trader-17', nonce: i, submittedAtUs: 1_000_000 + i,
    placeOrder: { accountId: 'trader-17', marketId: 1, clientOrderId: i, side: 1, type: 1, timeInForce: 1, priceTicks: 6_000_000 + (i & 1023), sizeLots: 1 + (i & 15) } } });
const what = process.env.CODEC_WHAT;
const frame = encodeEnvelope(order(1));
let sink = 0;
const step = (n) => {
  for (let i = 0; i < n; i++) {
    if (what === 'enc') sink += encodeEnvelope(order(i)).length;
    else if (what === 'dec') { if (decodeEnvelope(frame).ok) sink++; }
    else { const d = decodeEnvelope(encodeEnvelope(order(i))); if (d.ok) sink += d.value.tx?.placeOrder?.sizeLots ?? 0; }
  }
};
step(Number(process.env.CODEC_WARMUP));
step(Number(process.env.CODEC_OPS));
if (sink === -1) console.log(sink);
`;
}

function instructions(tree: string, script: string, n: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--import', 'tsx', script], {
      cwd: tree,
      env: { ...process.env, CODEC_WHAT: values.what as string, CODEC_WARMUP: values.warmup as string, CODEC_OPS: String(n) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      const collected = /Collected : (\d+)/.exec(err);
      if (code === 0 && collected) done(Number(collected[1]));
      else fail(new Error(`callgrind in ${tree}: exit ${code}\n${err.slice(-2000)}`));
    });
  });
}

const trees = { before: resolve(values.before), after: resolve(values.after as string) };
const scripts = Object.fromEntries(Object.entries(trees).map(([name, tree]) => {
  const path = join(tree, `.codec-callgrind-${process.pid}.mts`); // inside the tree: its node_modules resolve
  writeFileSync(path, childSource(tree));
  return [name, path];
})) as Record<'before' | 'after', string>;
try {
  console.log(`codec-callgrind: ${values.what}, ${ops.toLocaleString('en')} ops after ${Number(values.warmup).toLocaleString('en')}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const started = Date.now();
  const [b0, b1, a0, a1] = await Promise.all([
    instructions(trees.before, scripts.before, 0),
    instructions(trees.before, scripts.before, ops),
    instructions(trees.after, scripts.after, 0),
    instructions(trees.after, scripts.after, ops),
  ]);
  const before = (b1 - b0) / ops;
  const after = (a1 - a0) / ops;
  console.log(`instructions per ${values.what === 'rt' ? 'round trip' : values.what === 'enc' ? 'encode' : 'decode'}: before ${before.toFixed(0)} (${trees.before}), after ${after.toFixed(0)} (${trees.after}), after/before ${(after / before).toFixed(3)}; ${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  for (const path of Object.values(scripts)) rmSync(path, { force: true });
}
