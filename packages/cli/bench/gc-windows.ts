/**
 * The services' garbage-collector pauses per live-bench step: run the bench with
 * `LIVE_BENCH_NODE_FLAGS=--trace-gc` and `--keep` (each service's --trace-gc lines go to its log
 * file), keep its output, then
 *
 *   npx tsx packages/cli/bench/gc-windows.ts BENCH-OUTPUT.log [--services validator,exec]
 *
 * Per service and step: scavenges (count and per second), their pauses (sum, median, max, wall
 * time as V8 reports it, so a pause includes the time its threads waited for a core), and the
 * major collections' pauses. --trace-gc times count from the service's start; the bench prints
 * the moment it spawned the services (`mono … s: services spawned`) and each step's window on
 * the same clock (`mono a..b s`), so a window is placed to within a service's start-up (~0.1 s).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface GcEvent {
  /** Seconds since the service started. */
  atS: number;
  major: boolean;
  pauseMs: number;
}

export interface GcWindow {
  name: string;
  /** Seconds since the services were spawned. */
  fromS: number;
  toS: number;
}

export interface GcFigures {
  scavenges: number;
  perSecond: number;
  sumMs: number;
  medianMs: number;
  maxMs: number;
  majorsMs: number[];
}

const GC_LINE = /\s(\d+) ms: (Scavenge|Minor Mark-Compact|Mark-Compact|Mark-Sweep)\b.*?, ([0-9.]+) \/ [0-9.]+ ms/;

/** The collections of one --trace-gc output (other lines are skipped). */
export function parseTraceGc(text: string): GcEvent[] {
  const events: GcEvent[] = [];
  for (const line of text.split('\n')) {
    const match = GC_LINE.exec(line);
    if (!match) continue;
    events.push({ atS: Number(match[1]) / 1000, major: match[2] === 'Mark-Compact' || match[2] === 'Mark-Sweep', pauseMs: Number(match[3]) });
  }
  return events;
}

/** The step windows of a live bench output, relative to its services' spawn. */
export function benchWindows(output: string): GcWindow[] {
  const spawned = /mono ([0-9.]+) s: services spawned/.exec(output);
  if (!spawned) throw new Error('gc-windows: no "services spawned" line (a bench output from before session 27?)');
  const base = Number(spawned[1]);
  const windows: GcWindow[] = [];
  for (const match of output.matchAll(/^\[[^\]]+\] (warm-up|[0-9,]+\/s for [0-9]+ s)[^\n]*?mono ([0-9.]+)\.\.([0-9.]+) s/gm)) {
    windows.push({ name: match[1] as string, fromS: Number(match[2]) - base, toS: Number(match[3]) - base });
  }
  return windows;
}

export function gcFigures(events: readonly GcEvent[], window: GcWindow): GcFigures {
  const inside = events.filter((event) => event.atS >= window.fromS && event.atS < window.toS);
  const pauses = inside.filter((event) => !event.major).map((event) => event.pauseMs).sort((a, b) => a - b);
  return {
    scavenges: pauses.length,
    perSecond: pauses.length / (window.toS - window.fromS),
    sumMs: pauses.reduce((sum, pause) => sum + pause, 0),
    medianMs: pauses[Math.floor(pauses.length / 2)] ?? 0,
    maxMs: pauses.at(-1) ?? 0,
    majorsMs: inside.filter((event) => event.major).map((event) => event.pauseMs),
  };
}

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { services: { type: 'string', default: 'validator,exec' } } });
  const outputPath = positionals[0];
  if (!outputPath) throw new Error('usage: gc-windows.ts BENCH-OUTPUT.log [--services validator,exec]');
  const output = readFileSync(outputPath, 'utf8');
  const kept = /run directory kept: (\S+)/.exec(output);
  if (!kept) throw new Error('gc-windows: the bench output names no kept run directory (run it with --keep)');
  const windows = benchWindows(output);
  const prefixes = (values.services ?? '').split(',').filter(Boolean);
  for (const run of readdirSync(kept[1] as string).filter((name) => name.startsWith('live-bench-')).sort()) {
    const logs = join(kept[1] as string, run, 'logs');
    for (const file of readdirSync(logs).sort()) {
      if (!prefixes.some((prefix) => file.startsWith(prefix))) continue;
      const events = parseTraceGc(readFileSync(join(logs, file), 'utf8'));
      for (const window of windows) {
        const f = gcFigures(events, window);
        console.log(`${run} ${file.replace(/\.log$/, '').padEnd(12)} ${window.name.padEnd(18)} scavenges ${String(f.scavenges).padStart(3)} (${f.perSecond.toFixed(1)}/s), pauses sum ${f.sumMs.toFixed(0)} ms, median ${f.medianMs.toFixed(1)}, max ${f.maxMs.toFixed(1)}; major ${f.majorsMs.length} [${f.majorsMs.map((ms) => ms.toFixed(0)).join(', ')}] ms`);
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
