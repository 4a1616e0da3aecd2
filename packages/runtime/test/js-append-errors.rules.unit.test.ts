/**
 * The JetStreamAppender's API errors are named as nats.js names them (JetStreamApiError), so a
 * log line or a caller that tells errors apart by name reads the same error as with js.publish.
 */
import { describe, expect, it } from 'vitest';
import { headers } from '@nats-io/transport-node';
import { JetStreamAppender, type AppendConnection } from '../src/nats/js-append.ts';

describe('JetStreamAppender: an API error by name', () => {
  it('a JetStream API error answer is a JetStreamApiError', async () => {
    let answer: ((error: Error | null, message: unknown) => void) | undefined;
    let reply = '';
    const nc = {
      options: { inboxPrefix: '_INBOX.x' },
      publish: (_subject: string, _data: Uint8Array, opts: { reply: string }) => void (reply = opts.reply),
      subscribe: (_subject: string, opts: { callback: (error: Error | null, message: unknown) => void }) => ((answer = opts.callback), { closed: new Promise<void>(() => {}) }),
      status: () => ({ async *[Symbol.asyncIterator]() {} }),
    };
    const appender = new JetStreamAppender(nc as unknown as AppendConnection);
    const failed = appender.publish('faultline.r.log.x', new Uint8Array([1]), { msgID: 'w:1', headers: headers() }).catch((e: Error) => e);
    const body = '{"error":{"code":400,"err_code":10071,"description":"wrong last sequence: 3"}}';
    answer?.(null, { subject: reply, data: new TextEncoder().encode(body), string: () => body });
    expect(((await failed) as Error).name).toBe('JetStreamApiError');
  });
});
