/**
 * Replay's judge thread (judge-thread.ts starts it): the half of the venue monitor that needs no
 * state — the solvency referee and the event checks (VenueEventJudge) — judging each height
 * from the block's transaction bytes and the engine's events as bytes, while the main thread
 * applies the next block. Each height's violations go back on the port, then the shared counter
 * is bumped and notified: the main thread waits on it synchronously (replayLog is synchronous).
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { blockTxFromBytes, VenueEventJudge, venueEventFromBytes, type VenueConfig, type VenueEvent } from '@faultline/venue';
import type { JudgeReply, JudgeRequest } from './judge-thread.ts';

const { port, signal, config } = workerData as { port: MessagePort; signal: Int32Array; config: VenueConfig };
const judge = new VenueEventJudge(config);

function reply(message: JudgeReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** Views of the ranges of `bytes` that `ends` marks (range i is [ends[i - 1] ?? 0, ends[i])). */
function ranges(bytes: Uint8Array, ends: Uint32Array): Uint8Array[] {
  const out: Uint8Array[] = new Array(ends.length);
  for (let i = 0, from = 0; i < ends.length; i++) {
    const to = ends[i] as number;
    out[i] = bytes.subarray(from, to);
    from = to;
  }
  return out;
}

function judgeHeight(request: Extract<JudgeRequest, { height: number }>): JudgeReply {
  const events: VenueEvent[] = new Array(request.eventEnds.length);
  let i = 0;
  for (const bytes of ranges(request.events, request.eventEnds)) {
    const event = venueEventFromBytes(bytes);
    // The main thread encoded these from the engine's own events: they always decode.
    if (!event) throw new Error(`height ${request.height}: the engine's event ${i + 1} does not decode`);
    events[i++] = event;
  }
  const block = { timeUs: request.timeUs, txs: ranges(request.txs, request.txEnds).map(blockTxFromBytes) };
  return { height: request.height, violations: judge.judge(request.height, events, block, request.recordedFund) };
}

port.on('message', (request: JudgeRequest) => {
  try {
    if ('end' in request) {
      reply({ refereeUnjudged: judge.refereeUnjudged ?? null });
      port.close();
      return;
    }
    reply(judgeHeight(request));
  } catch (error) {
    reply({ error: `replay's judge thread failed: ${(error as Error).stack ?? String(error)}` });
    port.close();
  }
});
