/**
 * Captures a service process's pino lines: pino writes JSON lines to fd 2 through sonic-boom's
 * fs.write (not process.stderr), so the test stubs fs.write for fd 2 and lets every other fd
 * through. Shared by the service-process log and broker tests; vi.restoreAllMocks() undoes it.
 */
import fs from 'node:fs';
import { vi } from 'vitest';

/** The JSON lines written to fd 2 from now on (and not to the real stderr). */
export function captureFd2(): Array<Record<string, unknown>> {
  const lines: Array<Record<string, unknown>> = [];
  const write = fs.write;
  vi.spyOn(fs, 'write').mockImplementation(((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
    if (fd !== 2) return (write as (...args: unknown[]) => void)(fd, data, ...rest);
    const text = typeof data === 'string' ? data : Buffer.from(data).toString();
    for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    const done = rest.at(-1) as (error: Error | null, written: number) => void;
    setImmediate(() => done(null, Buffer.byteLength(text)));
  }) as never);
  return lines;
}
