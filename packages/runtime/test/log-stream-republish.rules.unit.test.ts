/**
 * The run stream republishes every log entry once stored (nats-log.ts ensureLogStream,
 * storedLogSubject): `log.<actor>` → `stored.<actor>` of the same run, snapshots not; a stream
 * that exists is left as it is. Only when asked, or with FAULTLINE_DELIVER_FROM_LOG=1: off, the
 * server makes no copy nobody reads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureLogStream, storedLogDeliveryOn, storedLogSubject } from '@faultline/runtime/nats';

function fakeJsm(existing?: object) {
  const added: Array<Record<string, unknown>> = [];
  const jsm = {
    streams: {
      info: async () => {
        if (!existing) throw new Error('stream not found');
        return { config: existing };
      },
      add: async (config: Record<string, unknown>) => {
        added.push(config);
        return { config };
      },
    },
  };
  return { jsm, added };
}

describe('the run stream republishes log entries once stored', () => {
  it('maps log.<actor> to stored.<actor> of the run, and snapshots not', async () => {
    const { jsm, added } = fakeJsm();
    await ensureLogStream(jsm as never, 'run-9', { republish: true });
    expect(added).toHaveLength(1);
    expect(added[0]?.['republish']).toEqual({ src: 'faultline.run-9.log.*', dest: 'faultline.run-9.stored.{{wildcard(1)}}' });
    expect(added[0]?.['subjects']).toEqual(['faultline.run-9.log.>', 'faultline.run-9.snap.>']);
    expect(storedLogSubject('run-9', 'validator-3')).toBe('faultline.run-9.stored.validator-3');
  });

  it('leaves an existing stream alone', async () => {
    const { jsm, added } = fakeJsm({ subjects: ['kept'] });
    await ensureLogStream(jsm as never, 'run-9');
    expect(added).toEqual([]);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('follows FAULTLINE_DELIVER_FROM_LOG when not told: no republish unless it is 1', async () => {
    vi.stubEnv('FAULTLINE_DELIVER_FROM_LOG', '');
    const off = fakeJsm();
    await ensureLogStream(off.jsm as never, 'run-9');
    expect(off.added).toHaveLength(1);
    expect(off.added[0]).not.toHaveProperty('republish');
    expect(off.added[0]?.['subjects']).toEqual(['faultline.run-9.log.>', 'faultline.run-9.snap.>']);

    vi.stubEnv('FAULTLINE_DELIVER_FROM_LOG', '1');
    const on = fakeJsm();
    await ensureLogStream(on.jsm as never, 'run-9');
    expect(on.added[0]?.['republish']).toEqual({ src: 'faultline.run-9.log.*', dest: 'faultline.run-9.stored.{{wildcard(1)}}' });

    const told = fakeJsm();
    await ensureLogStream(told.jsm as never, 'run-9', { republish: false });
    expect(told.added[0]).not.toHaveProperty('republish');
  });

  it('storedLogDeliveryOn is true for exactly "1"', () => {
    expect(storedLogDeliveryOn({ FAULTLINE_DELIVER_FROM_LOG: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', ' 1']) expect(storedLogDeliveryOn({ FAULTLINE_DELIVER_FROM_LOG: value })).toBe(false);
  });
});
