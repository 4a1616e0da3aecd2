/**
 * The status line of `faultline up` on a terminal: time, height, the last block's age, trading or
 * halted, fills per second, liquidations, processes up.
 */
import type { RunObserver } from '@faultline/sim';
import type { Supervisor } from './supervisor.ts';

export class StatusLine {
  private fills = 0;
  private lastAtMs = Date.now();
  readonly enabled: boolean;

  constructor(
    private readonly run: RunObserver,
    private readonly supervisor: Supervisor,
    private readonly durationUs: number,
    private readonly startedMs: number,
    private readonly nowUs: () => number,
    quiet: boolean,
  ) {
    this.enabled = Boolean(process.stderr.isTTY) && !quiet;
  }

  /** Counts the fills of one executed block. */
  addFills(count: number): void {
    this.fills += count;
  }

  print(): void {
    if (!this.enabled) return;
    const services = [...this.supervisor.services.values()];
    const up = services.filter((s) => s.child && !s.paused).length;
    const down = services.filter((s) => !s.child || s.paused).map((s) => s.spec.id);
    const rate = (this.fills / Math.max(0.5, (Date.now() - this.lastAtMs) / 1000)).toFixed(1);
    this.fills = 0;
    this.lastAtMs = Date.now();
    process.stderr.write(
      `\r[faultline up] ${((Date.now() - this.startedMs) / 1000).toFixed(0)}/${(this.durationUs / 1e6).toFixed(0)} s | height ${this.run.height} | last block ${((this.nowUs() - this.run.lastBlockAtUs) / 1e6).toFixed(1)} s ago | ${this.run.marketsActive ? 'trading' : 'HALTED'} | fills/s ${rate} | liquidations ${this.run.figuresSoFar().liquidations} | up ${up}/${services.length}${down.length ? ` (down: ${down.slice(0, 3).join(' ')})` : ''}   `,
    );
  }

  end(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}
