/**
 * Replay's judge thread (judge-thread.ts starts it): the half of the venue monitor that needs no
 * state — the solvency referee and the event checks (VenueEventJudge) — and the block's
 * certificate check (committedBlockProblem), judging each height from the block record's bytes
 * and the engine's events as bytes, while the main thread applies the next block. Each height's
 * answer goes back on the port, then the shared counter is bumped and notified: the main thread
 * waits on it synchronously (replayLog is synchronous).
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { committedBlockProblem, SignatureVerifier, ValidatorSet } from '@faultline/consensus';
import { decodeMessage } from '@faultline/protocol';
import { VenueEventJudge, venueBlockFromWire, venueEventFromBytes, type VenueConfig, type VenueEvent } from '@faultline/venue';
import type { JudgeReply, JudgeRequest } from './judge-thread.ts';

const { port, signal, config, validators: members } = workerData as { port: MessagePort; signal: Int32Array; config: VenueConfig; validators: Array<{ id: string; publicKeyRaw: Uint8Array }> };
const judge = new VenueEventJudge(config);
const validators = new ValidatorSet(members);
const verifier = new SignatureVerifier(validators);

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
  // The main thread decoded these bytes into the block it applied: they always decode.
  const record = decodeMessage('LogRecord', request.record);
  const committed = record.ok ? record.value.block : undefined;
  if (!committed) throw new Error(`height ${request.height}: the block record does not decode to a committed block`);
  const certificate = committedBlockProblem(committed, request.height, validators, verifier) ?? null;
  const block = venueBlockFromWire(committed.block ?? {});
  return { height: request.height, certificate, violations: judge.judge(request.height, events, block, request.recordedFund) };
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
