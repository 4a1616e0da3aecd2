/**
 * Self instructions per function from a callgrind file of a node process, with the JIT's code named.
 * Callgrind knows only the symbols of the binary (V8's C++, the embedded builtins, libsodium); JS code
 * compiled at run time appears as `0x…` functions (the address where callgrind first entered it). Run
 * with `--perf-basic-prof --interpreted-frames-native-stack`, node writes /tmp/perf-PID.map (start,
 * size, name of every code object it creates); each `0x…` address is looked up in it. A function's
 * tiers (`~` Ignition's trampoline, `^` Sparkplug, `+` Maglev, `*` TurboFan) are summed under one
 * name, so a cut is read the same cold and warm. An address no entry holds (code freed and its range
 * reused before the map's later entry, or stubs V8 does not log) is summed as "JIT (unnamed)".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface Entry {
  start: bigint;
  end: bigint;
  name: string;
}

function perfMap(file: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (!m) continue;
    const start = BigInt(`0x${m[1]}`);
    entries.push({ start, end: start + BigInt(`0x${m[2]}`), name: m[3] as string });
  }
  // Later entries win a shared start (code made again at a freed address): a stable sort keeps their order.
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function lookup(entries: readonly Entry[], address: bigint): string | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as Entry).start <= address) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The nearest start at or below the address; walk down past entries that end before it (a short stub after a long function).
  for (let i = found; i >= 0 && i > found - 64; i--) {
    const e = entries[i] as Entry;
    if (address < e.end) return e.name;
  }
  return undefined;
}

/**
 * The source file of each line of an esbuild bundle: esbuild heads every module's code with a
 * `// path/of/the/module.ts` comment line. Returns a lookup from a bundle line to that path.
 */
function bundleSources(bundle: string): (line: number) => string {
  const starts: [number, string][] = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\/\/ ((?:packages|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(text);
      if (m) starts.push([i + 1, (m[1] as string).replace(/^packages\//, '')]);
    });
  return (line) => {
    let found = 'the bundle';
    for (const [start, path] of starts) {
      if (start > line) break;
      found = path;
    }
    return found;
  };
}

/**
 * "JS:*castVote file:///tmp/…/after.mjs:19007:3" → "castVote consensus/src/signatures.ts" (a function of the
 * bundle, named by its module), or "… node:internal/…" for Node's own.
 */
function jsName(raw: string, bundle: string, sourceOf: (line: number) => string): string {
  const m = /^(?:JS|LazyCompile|Function):[~^+*]?(.*)$/.exec(raw);
  if (!m) return raw;
  const name = m[1] as string;
  const at = name.lastIndexOf(` file://${bundle}:`);
  if (at < 0) return name.replace(/:\d+:\d+$/, '');
  const line = Number(/:(\d+):\d+$/.exec(name)?.[1] ?? 0);
  return `${name.slice(0, at) || '(anonymous)'} ${sourceOf(line)}`;
}

/** Self instructions by function name, from `callgrind_annotate` of outFile, perf-PID.map and the bundle that ran. */
export function selfByFunction(outFile: string, mapFile: string, bundle: string): Map<string, number> {
  const entries = perfMap(mapFile);
  const sourceOf = bundleSources(bundle);
  const annotated = execFileSync('callgrind_annotate', ['--threshold=100', outFile], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const totals = new Map<string, number>();
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([\s\d.]+%\)\s+(.*)$/.exec(line);
    if (!m || (m[2] as string).startsWith('PROGRAM TOTALS')) continue;
    const ir = Number((m[1] as string).replaceAll(',', ''));
    const fn = (m[2] as string).replace(/^[^:]*:/, '').replace(/ \[[^\]]*\]$/, '');
    let name: string;
    if (/^0x[0-9a-f]+$/.test(fn)) {
      const raw = lookup(entries, BigInt(fn));
      name = raw === undefined ? 'JIT (unnamed)' : jsName(raw, bundle, sourceOf);
    } else name = fn.replaceAll('(anonymous namespace)', '{anon}').replace(/\(.*$/, '').replace(/'\d+$/, '');
    totals.set(name, (totals.get(name) ?? 0) + ir);
  }
  return totals;
}
