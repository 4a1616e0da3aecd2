/** A progress bar on stderr, only when stderr is a terminal (silent in CI and pipes). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(value: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

export function startProgress(options: { total: number; format: string; enabled: boolean }): Progress {
  if (!options.enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: options.format, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, 0);
  return {
    update: (value, payload) => bar.update(value, payload),
    stop: () => bar.stop(),
  };
}
