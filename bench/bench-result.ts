/** The shape every benchmark file (packages/<pkg>/bench/<name>.bench.ts) returns, and a timing helper. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
  notes?: string;
}

/**
 * Runs `step(iterations)` repeatedly: a warm-up, then `samples` timed samples of at least
 * `sampleMs` each. Returns operations per second: the median, and the slowest and fastest sample.
 */
export function opsPerSecond(
  step: (iterations: number) => void,
  options: { samples?: number; sampleMs?: number; batch?: number; clock?: 'wall' | 'cpu' } = {},
): { median: number; min: number; max: number } {
  const batch = options.batch ?? 10_000;
  const sampleMs = options.sampleMs ?? 500;
  // 'cpu': this process's user + system time, which a loaded machine inflates far less than wall time.
  const now = options.clock === 'cpu' ? cpuMs : () => performance.now();
  const warmUntil = now() + sampleMs;
  while (now() < warmUntil) step(batch);
  const rates: number[] = [];
  for (let sample = 0; sample < (options.samples ?? 5); sample++) {
    let operations = 0;
    const started = now();
    let elapsed = 0;
    do {
      step(batch);
      operations += batch;
      elapsed = now() - started;
    } while (elapsed < sampleMs);
    rates.push((operations / elapsed) * 1000);
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)] as number, min: rates[0] as number, max: rates[rates.length - 1] as number };
}

/** This process's CPU time (user + system) in milliseconds. */
export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export function spread(rate: { median: number; min: number; max: number }): string {
  return `median of samples; min ${Math.round(rate.min).toLocaleString('en')}, max ${Math.round(rate.max).toLocaleString('en')}`;
}
