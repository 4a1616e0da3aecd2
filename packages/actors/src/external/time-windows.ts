/**
 * Scripted windows of time ([atUs, atUs + durationUs)) during which something is unavailable:
 * the external venue's disconnects, an oracle's outages. Windows are a pure function of time,
 * so a restarted actor knows where it stands without any durable state. Overlapping or
 * touching windows are merged, so "the end of the window covering t" is the real return time.
 */

export interface TimeWindow {
  atUs: number;
  durationUs: number;
}

/**
 * The longest a statechart waits for the next boundary in one go. Node's setTimeout fires at
 * once for delays beyond 2^31 ms, so a real host must never get "wait forever"; the machines
 * wake up after this and re-resolve, which changes nothing when no boundary has passed.
 */
export const MAX_WAIT_US = 3_600_000_000;

export class TimeWindows {
  /** Merged, sorted [start, end) spans. */
  private readonly spans: ReadonlyArray<{ start: number; end: number }>;

  constructor(windows: readonly TimeWindow[] = [], what = 'window') {
    const spans = windows.map((w, i) => {
      if (!Number.isSafeInteger(w.atUs) || w.atUs < 0) throw new RangeError(`${what}[${i}].atUs must be a safe integer >= 0, got ${w.atUs}`);
      if (!Number.isSafeInteger(w.durationUs) || w.durationUs <= 0) throw new RangeError(`${what}[${i}].durationUs must be a safe integer > 0, got ${w.durationUs}`);
      return { start: w.atUs, end: w.atUs + w.durationUs };
    });
    spans.sort((a, b) => a.start - b.start);
    const merged: Array<{ start: number; end: number }> = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    this.spans = merged;
  }

  /** The end of the window covering `t`, or undefined when `t` is outside every window. */
  endOfWindowAt(t: number): number | undefined {
    for (const span of this.spans) {
      if (span.start > t) return undefined;
      if (t < span.end) return span.end;
    }
    return undefined;
  }

  /** The start of the first window after `t`, or undefined. */
  nextStartAfter(t: number): number | undefined {
    return this.spans.find((span) => span.start > t)?.start;
  }

  /** µs from `t` to the next boundary (`target`), capped at MAX_WAIT_US; never negative. */
  static waitUs(t: number, target: number | undefined): number {
    return target === undefined ? MAX_WAIT_US : Math.min(MAX_WAIT_US, Math.max(0, target - t));
  }
}
