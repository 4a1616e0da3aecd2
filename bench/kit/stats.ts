/**
 * The summary every paired bench prints: the median of its runs (the lower middle for an even
 * count, as bench/run.ts's rounds), their range, and the machine's load average.
 */
import { loadavg } from 'node:os';

export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
}

export function range(xs: readonly number[], digits = 0): string {
  return `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
}

/** The 1, 5 and 15 minute load averages, one decimal each. */
export function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(1)).join(' ');
}
