/**
 * `faultline up --observer` (issue 12): a live run exposes a read-only broker user. A client the
 * project does not otherwise use (the legacy `nats` npm package) connects with the credentials
 * file the run printed, receives the run's frames and decodes them with the project's own
 * protobuf schemas, and is refused by the broker when it publishes (the run never sees it).
 * The file is 0600 while the run lasts and gone after it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { connect, type NatsConnection } from 'nats';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '@faultline/protocol';
import { authorizationBlock } from '@faultline/runtime/nats';
import { observerAccess, observerUser } from '../src/live/observer-access.ts';

const BIN = 'packages/cli/bin/faultline.js';

function readEnvFile(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line));
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

const waitFor = async (check: () => boolean, ms: number): Promise<boolean> => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return check();
};

describe('faultline up --observer', () => {
  it('a foreign NATS client reads and decodes the run with the printed credentials, cannot publish, and the file goes at the end', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-observer-'));
    const run = spawn(process.execPath, [BIN, 'up', '--scenario', 'live-smoke', '--duration', '90', '--observer', '--out', out, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<void>((done) => run.once('exit', () => done()));
    const stderr: string[] = [];
    createInterface({ input: run.stderr! }).on('line', (line) => stderr.push(line));
    let nc: NatsConnection | undefined;
    try {
      expect(await waitFor(() => stderr.some((line) => line.includes('nats sub --server')), 60_000), stderr.join('\n')).toBe(true);
      const path = join(out, 'observer.env');
      expect(stderr.join('\n')).toContain(`credentials in ${path} (mode 0600)`);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const env = readEnvFile(path);
      const subject = env['FAULTLINE_SUBJECT'] as string;
      expect(subject).toMatch(/^faultline\.up-live-smoke-\d+-\d+\.>$/);
      const line = stderr.find((l) => l.includes('nats sub --server')) as string;
      expect(line).toContain(`nats sub --server ${env['NATS_URL']} --user observer --password "$(sed -n 's/^NATS_PASSWORD=//p' `);
      expect(line).toContain(`'${subject}'`);
      expect(line).not.toContain(env['NATS_PASSWORD'] as string);

      nc = await connect({ servers: env['NATS_URL'], user: env['NATS_USER'], pass: env['NATS_PASSWORD'] });
      const errors: string[] = [];
      void (async () => {
        for await (const status of nc!.status()) if (status.type === 'error') errors.push(String(status.data));
      })();
      /** Envelopes decoded, per sender. */
      const senders = new Map<string, number>();
      const undecoded: string[] = [];
      let planted = 0;
      nc.subscribe(subject, {
        callback: (error, message) => {
          if (error) return;
          if (message.subject.endsWith('.tx.observer-was-here')) planted++;
          // The durable logs (log.*, snap.*) and the stream's copies of stored entries (stored.*) carry actor log entries, not envelopes.
          if (/\.(log|snap|stored)\./.test(message.subject)) return;
          const decoded = decodeEnvelope(message.data);
          if (!decoded.ok) undecoded.push(message.subject);
          else senders.set(decoded.value.sender ?? '?', (senders.get(decoded.value.sender ?? '?') ?? 0) + 1);
        },
      });
      // Frames of the run arrive and decode with the project's schemas.
      expect(await waitFor(() => [...senders.values()].reduce((a, b) => a + b, 0) >= 20, 60_000), [...senders].join(' ')).toBe(true);
      expect(undecoded).toEqual([]);

      // Publishing is refused by the broker: an error comes back, and no subscriber (this one included) gets it.
      nc.publish(subject.replace('>', 'tx.observer-was-here'), new Uint8Array([1, 2, 3]));
      nc.publish(subject.replace('>', 'control.faults'), new Uint8Array([1, 2, 3]));
      await nc.flush().catch(() => undefined);
      expect(await waitFor(() => errors.includes('PERMISSIONS_VIOLATION'), 10_000), errors.join(' ')).toBe(true);
      await new Promise((done) => setTimeout(done, 500));
      expect(planted).toBe(0);
    } finally {
      await nc?.close().catch(() => undefined);
      run.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(join(out, 'observer.env'))).toBe(false);
    expect(stderr.join('\n')).toContain('observer: credentials file removed');
  }, 200_000);

  it('writes the observer as subscribe-the-run, publish-nothing in nats.conf; --keep-credentials keeps the 0600 file', () => {
    const block = authorizationBlock([observerUser('run-1')]);
    expect(block).toContain('publish: { deny: [">"] }');
    expect(block).toContain('subscribe: { allow: ["faultline.run-1.>"] }');
    const dir = mkdtempSync(join(tmpdir(), 'faultline-observer-keep-'));
    const kept = observerAccess('run-1', dir, { keepCredentials: true });
    kept.publish('nats://127.0.0.1:4222');
    expect(kept.finish()).toContain('credentials kept');
    expect(statSync(kept.credentialsPath).mode & 0o777).toBe(0o600);
    expect(readEnvFile(kept.credentialsPath)).toMatchObject({ NATS_URL: 'nats://127.0.0.1:4222', NATS_USER: 'observer', NATS_PASSWORD: kept.user.password });
  });

  it('is a usage error with --demo, with --server, and --keep-credentials alone', () => {
    for (const args of [['--demo', '--observer'], ['--scenario', 'live-smoke', '--observer', '--server', 'nats://127.0.0.1:1'], ['--scenario', 'live-smoke', '--keep-credentials']]) {
      const result = spawnSync(process.execPath, [BIN, 'up', ...args, '--json'], { encoding: 'utf8' });
      expect(result.status, args.join(' ')).toBe(2);
      expect(JSON.parse(result.stdout).code).toBe('EUSAGE');
    }
  });
});
