/**
 * The services' GC pauses beside the heights a live step's tail fell in (issue 15 item 2,
 * session 36): run the bench with the preload that marks each pause on the shared wall clock and
 * keep its run directory, then
 *
 *   NODE_OPTIONS="--require $PWD/packages/cli/bench/gc-marks.cjs" npx tsx packages/cli/bench/live.bench.ts … --keep > OUT.log 2>&1
 *
 * (NODE_OPTIONS: the services inherit it, and the bench's own pauses land in OUT.log; with
 * LIVE_BENCH_NODE_FLAGS="--require …" the services alone are marked.)
 *   npx tsx packages/cli/bench/tail-stalls.ts OUT.log
 *
 * For each counted step and each height of its slowest 1 % (tail-anatomy.ts, the step's JSON
 * `tail.heights`): the height's segments longer than 5 ms and every service's pause inside the
 * tail orders' window, named by the segment it started in. Then per step: how many tail heights
 * had a pause of some service in a segment of their path, and the share of the step's wall time
 * covered by some service's pause (what a window would catch by chance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeightPath } from './hop-trace.ts';
import { PATH_SEGMENT_ENDS, SEGMENTS, type Segment, type TailHeight } from './tail-anatomy.ts';

export interface Pause {
  service: string;
  kind: string;
  /** Run clock, µs. */
  startUs: number;
  pauseUs: number;
}

/** The gc-mark lines of one service's log, on the run's clock. */
export function parseGcMarks(service: string, text: string, epochUs: number): Pause[] {
  const pauses: Pause[] = [];
  for (const line of text.split('\n')) {
    const m = /^gc-mark (\w+) (\d+) (\d+)$/.exec(line);
    if (m) pauses.push({ service, kind: m[1] as string, startUs: Number(m[2]) - epochUs, pauseUs: Number(m[3]) });
  }
  return pauses;
}

/** Each segment of a height's path as [from, to] on the run's clock (`previous` from the tail's first publish). */
export function segmentSpans(path: HeightPath, fromUs: number): Array<[Segment, number, number]> {
  const spans: Array<[Segment, number, number]> = [];
  let at = fromUs;
  for (const [segment, field] of PATH_SEGMENT_ENDS) {
    const end = path[field];
    if (end === undefined) continue;
    const to = Math.max(at, end);
    spans.push([segment, at, to]);
    at = to;
  }
  return spans;
}

/** A service's group: its id without the instance number (validator-3 → validator). */
function groupName(service: string): string {
  return service.replace(/-\d+$/, '');
}

/** The segment a time falls in (undefined outside the path). */
export function segmentAt(spans: ReadonlyArray<[Segment, number, number]>, atUs: number): Segment | undefined {
  return spans.find(([, from, to]) => atUs >= from && atUs < to)?.[0];
}

/** The share of [fromUs, toUs] covered by at least one pause. */
export function pausedShare(pauses: readonly Pause[], fromUs: number, toUs: number): number {
  const spans = pauses.map((p) => [Math.max(fromUs, p.startUs), Math.min(toUs, p.startUs + p.pauseUs)] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let end = fromUs;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return toUs > fromUs ? covered / (toUs - fromUs) : 0;
}

/** The pause overlapping [fromUs, toUs] the most (3 ms at least), or undefined. */
export function largestPause(pauses: readonly Pause[], fromUs: number, toUs: number): Pause | undefined {
  let best: Pause | undefined;
  let bestUs = 3_000;
  for (const p of pauses) {
    const overlapUs = Math.min(toUs, p.startUs + p.pauseUs) - Math.max(fromUs, p.startUs);
    if (overlapUs >= bestUs) [best, bestUs] = [p, overlapUs];
  }
  return best;
}

function main(): void {
  const outPath = process.argv[2];
  if (!outPath) throw new Error('usage: tail-stalls.ts BENCH-OUTPUT.log');
  const text = readFileSync(outPath, 'utf8');
  const runDir = /run directory kept: (\S+)/.exec(text)?.[1];
  const epochs = [...text.matchAll(/\[(\S+)\] mono [\d.]+ s: services spawned.*run clock epoch (\d+) µs/g)].map((m) => [m[1] as string, Number(m[2])] as const);
  const json = text.split('\n').reverse().find((line) => line.startsWith('[{'));
  if (!runDir || epochs.length === 0 || !json) throw new Error('no kept run directory, run clock epoch or step JSON in that output');
  const steps = JSON.parse(json) as Array<{ profile: string; targetRate: number; p99Ms: number; tail?: { heights: TailHeight[]; stepUs?: [number, number] }; hops: unknown; monoS: [number, number] }>;
  const profileDirs = readdirSync(runDir).filter((d) => d.startsWith('live-bench-'));
  steps.forEach((step, index) => {
    const epochUs = epochs.find(([profile]) => profile === step.profile)?.[1];
    const dir = profileDirs.find((d) => d.startsWith(`live-bench-${step.profile}-`));
    if (epochUs === undefined || dir === undefined || !step.tail) return;
    const logs = join(runDir, dir, 'logs');
    // With the preload in NODE_OPTIONS instead, the bench's own pauses are in its output (npx's too, which hardly allocates).
    const pauses = [...parseGcMarks('bench', text, epochUs), ...readdirSync(logs).flatMap((file) => parseGcMarks(file.replace(/\.log$/, ''), readFileSync(join(logs, file), 'utf8'), epochUs))];
    const heights = step.tail.heights;
    const fromUs = Math.min(...heights.map((h) => h.fromUs));
    const toUs = Math.max(...heights.map((h) => h.toUs));
    let withPause = 0;
    console.log(`step ${index + 1} (${step.profile}, ${step.targetRate}/s, p99 ${step.p99Ms.toFixed(0)} ms): ${heights.length} tail heights; some service paused ${(100 * pausedShare(pauses, fromUs, toUs)).toFixed(1)} % of [first tail publish, last tail fill]; ${pauses.length} pauses in the run`);
    for (const h of heights) {
      const spans = segmentSpans(h.path, h.fromUs);
      const inside = pauses.filter((p) => p.startUs + p.pauseUs > h.fromUs && p.startUs < h.toUs).map((p) => ({ ...p, segment: segmentAt(spans, Math.max(p.startUs, h.fromUs)) }));
      if (inside.some((p) => p.segment !== undefined)) withPause++;
      const segs = SEGMENTS.filter((s) => h.segmentsMs[s] >= 5).map((s) => `${s} ${h.segmentsMs[s].toFixed(1)}`).join(', ');
      const named = inside.map((p) => `${p.service} ${p.kind} ${(p.pauseUs / 1000).toFixed(1)} ms in ${p.segment ?? 'after'}`).join('; ');
      console.log(`  h${h.height} ×${h.orders} (proposer ${h.proposerId ?? '?'}) [${segs}] pauses: ${named || 'none'}`);
    }
    console.log(`  ${withPause} of ${heights.length} tail heights had a pause inside their path`);
    const byCause = new Map<string, number>();
    for (const h of heights) {
      const cause = largestPause(pauses, h.fromUs, h.toUs);
      const key = cause === undefined ? 'no pause ≥ 3 ms' : `${groupName(cause.service)} ${cause.kind === 'minor' ? 'scavenge' : 'mark-compact'}`;
      byCause.set(key, (byCause.get(key) ?? 0) + h.orders);
    }
    const total = heights.reduce((sum, h) => sum + h.orders, 0);
    console.log(`  tail orders by the longest pause in their window: ${[...byCause].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${((100 * n) / total).toFixed(0)} %`).join(', ')}`);
    // Chance: how much of the step some process of a group spent paused, against how much of the
    // tail's windows (weighted by their orders) — a group whose pauses make the tail covers more of it.
    const stepFromUs = Math.min(...heights.map((h) => h.fromUs), ...(step.tail.stepUs ? [step.tail.stepUs[0]] : []));
    const stepToUs = Math.max(...heights.map((h) => h.toUs), ...(step.tail.stepUs ? [step.tail.stepUs[1]] : []));
    const groups = [...new Set(pauses.map((p) => groupName(p.service)))].sort();
    const cover = groups.map((g) => {
      const mine = pauses.filter((p) => groupName(p.service) === g);
      const inTail = heights.reduce((sum, h) => sum + h.orders * pausedShare(mine, h.fromUs, h.toUs), 0) / total;
      return `${g} ${(100 * inTail).toFixed(1)} / ${(100 * pausedShare(mine, stepFromUs, stepToUs)).toFixed(1)} %`;
    });
    console.log(`  paused share of the tail's windows / of the step's time, by group: ${cover.join(', ')}`);
    // Each group's pauses over the step: scavenges and mark-compacts (incremental marking's steps count with the latter).
    const inStep = pauses.filter((p) => p.startUs >= stepFromUs && p.startUs < stepToUs);
    const perGroup = groups.map((g) => {
      const mine = inStep.filter((p) => groupName(p.service) === g);
      const minor = mine.filter((p) => p.kind === 'minor');
      const major = mine.filter((p) => p.kind !== 'minor' && p.kind !== 'weakcb');
      const ms = (list: Pause[]): string => (list.reduce((sum, p) => sum + p.pauseUs, 0) / 1000).toFixed(0);
      const maxMs = (list: Pause[]): string => (list.reduce((m, p) => Math.max(m, p.pauseUs), 0) / 1000).toFixed(1);
      return `${g} ${minor.length} scavenges ${ms(minor)} ms (max ${maxMs(minor)}), ${major.filter((p) => p.kind === 'major').length} mark-compacts ${ms(major)} ms (max ${maxMs(major)})`;
    });
    console.log(`  pauses in the step, by group (every process of it): ${perGroup.join('; ')}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
