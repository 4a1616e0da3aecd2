/** A progress bar on stderr, only when stderr is a terminal (silent in CI and pipes). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(value: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

/** `initial`: the format's own tokens before the first update (else the bar shows `{name}` until then). */
export function startProgress(options: { total: number; format: string; enabled: boolean; initial?: Record<string, string | number> }): Progress {
  if (!options.enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: options.format, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, 0, options.initial ?? {});
  return {
    update: (value, payload) => bar.update(value, payload),
    stop: () => bar.stop(),
  };
}
