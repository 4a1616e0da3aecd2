/**
 * An xstate v5 clock backed by the host's timers, so a machine's `after` transitions run on
 * the host's time (virtual in the simulator): createActor(machine, { clock: hostClock(host) }).
 * xstate speaks milliseconds; the host speaks microseconds.
 */
import type { Host } from './host.ts';
import { US_PER_MS } from './units.ts';

export interface XstateClock {
  setTimeout(callback: (...args: unknown[]) => void, timeoutMs: number): unknown;
  clearTimeout(id: unknown): void;
}

export function hostClock(host: Pick<Host, 'setTimer' | 'cancelTimer'>): XstateClock {
  return {
    setTimeout(callback, timeoutMs) {
      return host.setTimer(Math.max(0, Math.round(timeoutMs * US_PER_MS)), () => callback());
    },
    clearTimeout(id) {
      host.cancelTimer(id as number);
    },
  };
}
