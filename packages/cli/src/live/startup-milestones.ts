/**
 * The two moments a user of `faultline up` waits for — the first committed block and the first
 * fill (the market trades) — each said once on stderr, in seconds since this process started
 * (performance.now(): Node's time origin is the process start). The start-up benchmark reads
 * these lines too.
 */
export interface StartupMilestones {
  /** After each block the observer applied: its height and venue events. */
  onBlock(height: number, events: ReadonlyArray<{ kind: string }>): void;
  readonly firstBlockS: number | undefined;
  readonly firstFillS: number | undefined;
}

export function startupMilestones(write: (line: string) => void = (line) => process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${line}\n`)): StartupMilestones {
  let firstBlockS: number | undefined;
  let firstFillS: number | undefined;
  const seconds = (): number => performance.now() / 1000;
  return {
    onBlock(height, events) {
      if (firstBlockS === undefined) {
        firstBlockS = seconds();
        write(`[faultline up] first block: height ${height}, ${firstBlockS.toFixed(1)} s after start`);
      }
      if (firstFillS === undefined && events.some((event) => event.kind === 'fill')) {
        firstFillS = seconds();
        write(`[faultline up] first fill: the market trades, ${firstFillS.toFixed(1)} s after start`);
      }
    },
    get firstBlockS() {
      return firstBlockS;
    },
    get firstFillS() {
      return firstFillS;
    },
  };
}
