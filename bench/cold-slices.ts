/**
 * What a simulator run spends, slice by slice of its wall time: the first 100 ms, the next 100 ms, …
 * (issue 15 item 3: a cold consensus run is ~0.6 s of wall against the goal's 0.46 s). The run is
 * bench/kit/sim-run.ts' (the paired bench's), started as paired-sim starts it (`node FLAGS --import
 * tsx`, the tree's `faultline sim` node flags), under `perf record` sampling every thread of the
 * process on the CPU clock. Each sample is put in a category by its symbol: JS by tier (node's
 * `--perf-basic-prof` map names TurboFan's code `*`, Maglev's `+` (a node built with it: not node 20 or
 * 22 here, node 24), Sparkplug's `^`, Ignition's `~`), the IC and baseline builtins the lower tiers lean
 * on, other builtins, signing (libsodium), SHA, GC, V8's runtime and compilers (Maglev's too), the
 * kernel. Per slice it prints the main thread's milliseconds in each category and off the CPU (waiting
 * for a core, or blocked), and the other threads' (V8's compiler and GC workers) compile, GC and other
 * milliseconds. Another node (e.g. one with Maglev) runs it as `/path/to/node --import tsx
 * bench/cold-slices.ts …`: the child is started with the same node.
 *
 * Wall slices are the load's on a busy machine (the main thread waits for a core); `--by cpu`
 * slices by the main thread's own CPU instead (the first 100 ms it ran, …), which a loaded
 * machine distorts less. The quiet window's `--by wall` is the cold run's timeline.
 *
 *   npx tsx bench/cold-slices.ts [--tree DIR] [--what consensus|venue] [--seconds S] [--warmup S] [--slice-ms MS] [--hz HZ] [--by wall|cpu] [--top N]
 *
 * Needs `perf` (linux-perf) with user-space sampling allowed (kernel.perf_event_paranoid ≤ 2).
 * `--perf-basic-prof` costs a line of a map file per code object V8 makes; `--top N` prints the N
 * symbols with the most samples on each thread kind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { simRunSource, type SimWhat } from './kit/sim-run.ts';
import { commandNodeFlagsOf } from './kit/tree-node-flags.ts';
import { loadAverage as load } from './kit/stats.ts';

const { values } = parseArgs({
  options: {
    tree: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    what: { type: 'string', default: 'consensus' },
    seconds: { type: 'string' },
    warmup: { type: 'string', default: '0' },
    'slice-ms': { type: 'string', default: '100' },
    hz: { type: 'string', default: '2000' },
    by: { type: 'string', default: 'wall' },
    top: { type: 'string', default: '0' },
  },
});
const usage = 'usage: npx tsx bench/cold-slices.ts [--tree DIR] [--what consensus|venue] [--seconds S] [--warmup S] [--slice-ms MS] [--hz HZ] [--by wall|cpu] [--top N]';
const what = values.what as SimWhat;
const seconds = Number(values.seconds ?? (what === 'consensus' ? 20 : 120));
const warmupS = Number(values.warmup);
const sliceMs = Number(values['slice-ms']);
const hz = Number(values.hz);
const top = Number(values.top);
if (!['consensus', 'venue'].includes(what) || !['wall', 'cpu'].includes(values.by as string) || !(seconds > 0) || !(warmupS >= 0) || !(sliceMs > 0) || !(hz >= 100 && hz <= 20_000) || !(top >= 0)) {
  console.error(usage);
  process.exit(2);
}
const tree = resolve(values.tree as string);

/** The categories, in print order; the main thread's table shows each, the other threads' three groups. */
const CATEGORIES = ['turbofan', 'maglev', 'sparkplug', 'ignition', 'ic+baseline', 'builtin', 'signing', 'sha', 'gc', 'runtime+compile', 'v8-other', 'libc', 'kernel'] as const;
type Category = (typeof CATEGORIES)[number];

// Builtins the unoptimised tiers call for what TurboFan's code does inline: inline caches, the baseline frame's own helpers, the interpreter's entry.
const IC_OR_BASELINE = /^Builtins_(\w*IC(_\w+)?|\w*Baseline\w*|Interpreter\w*|\w*Feedback\w*)$/;
const GC = /Scaveng|MarkCompact|Marking|Sweep|Evacuat|GCTracer|MemoryAllocator|MemoryChunk|RememberedSet|SlotSet|cppgc|heap::|GlobalHandles|Pretenuring|MinorMC|IncrementalMarking|LocalHeap|NewSpace|PagedSpace|Heap::|Heap_/;
const RUNTIME_OR_COMPILE = /compiler::|Pipeline|Compil|maglev|baseline::|Parser|Scanner|Bytecode|interpreter::|Deoptimi|FeedbackVector|FeedbackNexus|TieringManager|SharedFunctionInfo|Runtime_|LookupIterator|Factory::|JSObject::|Map::|TransitionsAccessor/;

function categoryOf(symbol: string, dso: string): Category {
  if (dso.includes('sodium')) return 'signing';
  if (dso.includes('kernel')) return 'kernel';
  if (dso.includes('perf-')) {
    if (symbol.startsWith('JS:*')) return 'turbofan';
    if (symbol.startsWith('JS:+')) return 'maglev';
    if (symbol.startsWith('JS:^')) return 'sparkplug';
    return 'ignition';
  }
  // The interpreter's bytecode handlers (Builtins_LdaZeroHandler, …) are Ignition's own code.
  if (/^Builtins_\w+Handler$/.test(symbol)) return 'ignition';
  if (/sha256|sha512|SHA256|SHA512/.test(symbol)) return 'sha';
  if (IC_OR_BASELINE.test(symbol)) return 'ic+baseline';
  if (symbol.startsWith('Builtins_')) return 'builtin';
  if (GC.test(symbol)) return 'gc';
  if (RUNTIME_OR_COMPILE.test(symbol)) return 'runtime+compile';
  if (dso.includes('libc') || dso.includes('libstdc')) return 'libc';
  return 'v8-other';
}

const scratch = mkdtempSync(join(tmpdir(), 'cold-slices-'));
try {
  const child = join(scratch, 'child.mts');
  writeFileSync(
    child,
    `${simRunSource(tree, what)}
${warmupS > 0 ? `run(2, ${warmupS * 1e6});` : '// cold: no warm-up'}
const startNs = process.hrtime.bigint();
const summary = run(1, ${seconds * 1e6});
const endNs = process.hrtime.bigint();
console.log(JSON.stringify({ startNs: String(startNs), endNs: String(endNs), pid: process.pid, blocks: summary.height ?? 0, trace: summary.traceHash }));
`,
  );
  const nodeFlags = await commandNodeFlagsOf(tree, 'sim', process.env);
  const data = join(scratch, 'perf.data');
  const loadBefore = load();
  // CLOCK_MONOTONIC: perf's sample times and the child's process.hrtime() on one clock.
  const out = await new Promise<string>((done, fail) => {
    const proc = spawn('perf', ['record', '-q', '-k', 'CLOCK_MONOTONIC', '-e', 'cpu-clock', '-F', String(hz), '-o', data, '--', process.execPath, ...nodeFlags, '--perf-basic-prof', '--import', 'tsx', child], {
      cwd: tree,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    proc.stdout.on('data', (chunk) => (text += chunk));
    proc.on('error', (error) => fail(new Error(`cold-slices: could not start perf (linux-perf): ${error.message}`)));
    proc.on('exit', (code) => (code === 0 ? done(text) : fail(new Error(`perf record exited ${code}`))));
  });
  const run = JSON.parse(out.trim().split('\n').pop() as string) as { startNs: string; endNs: string; pid: number; blocks: number; trace: string };
  const script = execFileSync('perf', ['script', '-i', data, '-F', 'tid,time,ip,sym,dso'], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  rmSync(`/tmp/perf-${run.pid}.map`, { force: true });

  const startS = Number(BigInt(run.startNs)) / 1e9;
  const endS = Number(BigInt(run.endNs)) / 1e9;
  const wallMs = (endS - startS) * 1000;
  const msPerSample = 1000 / hz;
  interface Sample { main: boolean; atS: number; category: Category; symbol: string }
  const samples: Sample[] = [];
  for (const line of script.split('\n')) {
    const m = /^\s*(\d+)\s+([\d.]+):\s+[0-9a-f]+\s+(.*)\s+\(([^)]*)\)$/.exec(line);
    if (!m) continue;
    const atS = Number(m[2]);
    if (atS < startS || atS > endS) continue;
    samples.push({ main: Number(m[1]) === run.pid, atS, category: categoryOf(m[3] as string, m[4] as string), symbol: m[3] as string });
  }
  samples.sort((a, b) => a.atS - b.atS);

  interface Slice { fromMs: number; toMs: number; main: Record<Category, number>; mainSamples: number; otherCompile: number; otherGc: number; otherRest: number }
  const empty = (fromMs: number): Slice => ({ fromMs, toMs: fromMs, main: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>, mainSamples: 0, otherCompile: 0, otherGc: 0, otherRest: 0 });
  const slices: Slice[] = [];
  let mainCount = 0;
  let current: Slice | undefined;
  for (const s of samples) {
    const atMs = (s.atS - startS) * 1000;
    // By wall: the slice the sample's time falls in. By cpu: the slice of the main thread's own samples so far (other threads' samples go with the main thread's current slice).
    const index = values.by === 'wall' ? Math.floor(atMs / sliceMs) : s.main ? Math.floor((mainCount * msPerSample) / sliceMs) : current === undefined ? 0 : slices.indexOf(current);
    for (let i = slices.length; i <= index; i++) slices.push(empty(values.by === 'wall' ? i * sliceMs : atMs));
    const slice = slices[index] as Slice;
    slice.toMs = Math.max(slice.toMs, atMs);
    if (s.main) {
      slice.main[s.category]++;
      slice.mainSamples++;
      mainCount++;
      current = slice;
    } else if (s.category === 'runtime+compile') slice.otherCompile++;
    else if (s.category === 'gc') slice.otherGc++;
    else slice.otherRest++;
  }

  const ms = (n: number) => (n * msPerSample).toFixed(1).padStart(8);
  console.log(
    `cold-slices: ${what}, ${seconds} virtual s, ${warmupS > 0 ? `after a ${warmupS} s warm-up` : 'cold'}; tree ${tree}; node flags [${nodeFlags.join(' ')}]; ${run.blocks} blocks in ${wallMs.toFixed(0)} ms of wall ` +
      `(${what === 'consensus' ? `${((run.blocks * 1000) / wallMs).toFixed(0)} blocks per wall s` : `${((seconds * 1000) / wallMs).toFixed(1)}× real time`}); trace ${run.trace.slice(0, 12)}; perf at ${hz} Hz (${msPerSample} ms a sample); load ${loadBefore} → ${load()}`,
  );
  console.log(`slices of ${sliceMs} ms of the main thread's ${values.by === 'wall' ? 'wall time' : 'own CPU'}; ms of the main thread by category${values.by === 'wall' ? ', and off the CPU' : ''}; ms of the other threads (compile / GC / other):`);
  console.log(`${'from ms'.padStart(8)}${CATEGORIES.map((c) => c.padStart(Math.max(8, c.length + 1))).join('')}${values.by === 'wall' ? '  off-cpu'.padStart(9) : ''}   others: compile      gc   other`);
  const total = empty(0);
  for (const slice of slices) {
    const widthMs = values.by === 'wall' ? Math.min(sliceMs, wallMs - slice.fromMs) : 0;
    for (const c of CATEGORIES) total.main[c] += slice.main[c];
    total.mainSamples += slice.mainSamples;
    total.otherCompile += slice.otherCompile;
    total.otherGc += slice.otherGc;
    total.otherRest += slice.otherRest;
    console.log(
      `${slice.fromMs.toFixed(0).padStart(8)}${CATEGORIES.map((c) => ms(slice.main[c]).padStart(Math.max(8, c.length + 1))).join('')}${values.by === 'wall' ? (widthMs - slice.mainSamples * msPerSample).toFixed(1).padStart(9) : ''}   ${ms(slice.otherCompile).padStart(15)}${ms(slice.otherGc)}${ms(slice.otherRest)}`,
    );
  }
  console.log(
    `${'all'.padStart(8)}${CATEGORIES.map((c) => ms(total.main[c]).padStart(Math.max(8, c.length + 1))).join('')}${values.by === 'wall' ? (wallMs - total.mainSamples * msPerSample).toFixed(1).padStart(9) : ''}   ${ms(total.otherCompile).padStart(15)}${ms(total.otherGc)}${ms(total.otherRest)}`,
  );
  console.log(`main thread: ${(total.mainSamples * msPerSample).toFixed(0)} ms on the CPU of ${wallMs.toFixed(0)} ms; other threads: ${((total.otherCompile + total.otherGc + total.otherRest) * msPerSample).toFixed(0)} ms`);
  if (top > 0) {
    for (const main of [true, false]) {
      const counts = new Map<string, number>();
      for (const s of samples) if (s.main === main) counts.set(`${s.category}  ${s.symbol}`, (counts.get(`${s.category}  ${s.symbol}`) ?? 0) + 1);
      console.log(`top ${top} symbols, ${main ? 'main thread' : 'other threads'} (ms):`);
      for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(n)}  ${name}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
