/**
 * A `--cpu-prof` profile cut into time windows: per window, the main thread's busy time
 * (samples that are not `(idle)`), the garbage collector's and `(program)`'s shares, and the
 * functions with the most self time — e.g. a live service's first 5,000/s step against a later
 * one (live.bench.ts prints each step's window on CLOCK_MONOTONIC, the clock of the profile's
 * timestamps: `mono a..b s`).
 *
 *   npx tsx packages/cli/bench/profile-windows.ts PROFILE.cpuprofile a..b [c..d ...] [--top 15] [--per N]
 *
 * `--per N`: also each function's self time per N units of work, where N is given per window as
 * a third number: `a..b:units` (e.g. the orders filled in the window).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface WindowFigures {
  fromS: number;
  toS: number;
  /** Main-thread time in samples that are not (idle), ms. */
  busyMs: number;
  gcMs: number;
  programMs: number;
  /** Self time per function (name url:line), ms, largest first. */
  self: Array<[string, number]>;
}

export function cutProfile(profile: Profile, windows: Array<[number, number]>): WindowFigures[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = windows.map(([fromS, toS]) => ({ fromS, toS, busyMs: 0, gcMs: 0, programMs: 0, selfMap: new Map<string, number>() }));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample's time is the interval up to the next sample.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    const s = t / 1e6;
    for (const w of out) {
      if (s < w.fromS || s >= w.toS) continue;
      w.busyMs += dt;
      if (name === '(garbage collector)') w.gcMs += dt;
      if (name === '(program)') w.programMs += dt;
      const key = `${name} ${node.callFrame.url.split('/').slice(-1)[0] ?? ''}:${node.callFrame.lineNumber + 1}`;
      w.selfMap.set(key, (w.selfMap.get(key) ?? 0) + dt);
    }
  }
  return out.map(({ selfMap, ...w }) => ({ ...w, self: [...selfMap].sort((a, b) => b[1] - a[1]) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
  const [file, ...specs] = positionals;
  if (!file || specs.length === 0) throw new Error('usage: profile-windows.ts PROFILE a..b[:units] [c..d[:units] ...] [--top N]');
  const windows = specs.map((spec) => {
    const [range, units] = spec.split(':');
    const [a, b] = (range as string).split('..').map(Number);
    return { range: [a as number, b as number] as [number, number], units: units ? Number(units) : undefined };
  });
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const figures = cutProfile(profile, windows.map((w) => w.range));
  const top = Number(values.top);
  figures.forEach((w, i) => {
    const seconds = w.toS - w.fromS;
    const units = windows[i]?.units;
    const per = (ms: number): string => (units ? `, ${((ms * 1000) / units).toFixed(1)} µs/unit` : '');
    process.stdout.write(
      `window ${w.fromS.toFixed(1)}..${w.toS.toFixed(1)} s (${seconds.toFixed(1)} s): busy ${w.busyMs.toFixed(0)} ms (${((w.busyMs / 1000 / seconds) * 100).toFixed(0)} %${per(w.busyMs)}), gc ${w.gcMs.toFixed(0)} ms (${((w.gcMs / w.busyMs) * 100).toFixed(1)} %${per(w.gcMs)}), (program) ${w.programMs.toFixed(0)} ms (${((w.programMs / w.busyMs) * 100).toFixed(1)} %)\n`,
    );
    for (const [name, ms] of w.self.slice(0, top)) process.stdout.write(`  ${ms.toFixed(1).padStart(8)} ms ${((ms / w.busyMs) * 100).toFixed(1).padStart(5)} %${per(ms)}  ${name}\n`);
  });
}
