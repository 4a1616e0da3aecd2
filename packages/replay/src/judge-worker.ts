/**
 * Replay's judge thread (judge-thread.ts starts it): the half of the venue monitor that needs no
 * state — the solvency referee and the event checks (VenueEventJudge) — and the block's
 * certificate check (committedBlockProblem), judging each height from the block record's bytes
 * and the engine's events as bytes, while the main thread applies the next block; and, ahead of
 * the main thread, the signatures of the next blocks' oracle reports (oracle-lookahead.ts). Each height's
 * answer goes back on the port, then the shared counter is bumped and notified: the main thread
 * waits on it synchronously (replayLog is synchronous).
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { committedBlockProblem, SignatureVerifier, ValidatorSet } from '@faultline/consensus';
import { decodeMessage } from '@faultline/protocol';
import { VenueEventJudge, venueBlockFromWire, venueEventFromBytes, type VenueConfig, type VenueEvent } from '@faultline/venue';
import { LOOKAHEAD_HEIGHTS, type JudgeReply, type JudgeRequest } from './judge-thread.ts';
import { OracleLookahead, type LookaheadSource } from './oracle-lookahead.ts';

const { port, signal, config, validators: members, log } = workerData as {
  port: MessagePort;
  signal: Int32Array;
  config: VenueConfig;
  validators: Array<{ id: string; publicKeyRaw: Uint8Array }>;
  log: LookaheadSource | undefined;
};
const judge = new VenueEventJudge(config);
const validators = new ValidatorSet(members);
const verifier = new SignatureVerifier(validators);
// The oracle reports of the blocks ahead of the main thread (oracle-lookahead.ts): the first ones at once.
// It only saves the main thread work: if it cannot go on (the file gone, anything unexpected) it stops, and nothing else changes.
let lookahead: OracleLookahead | undefined;
try {
  lookahead = log ? new OracleLookahead(log, config) : undefined;
} catch {
  lookahead = undefined;
}
verifyAhead(LOOKAHEAD_HEIGHTS);

/** Verifies the oracle reports of the blocks up to `height` and posts the answers (no counter bump: the main thread takes them whenever it looks). */
function verifyAhead(height: number): void {
  if (!lookahead) return;
  try {
    const verified = lookahead.advance(height);
    if (verified.length > 0) port.postMessage({ verified } satisfies JudgeReply);
  } catch {
    lookahead.end();
    lookahead = undefined;
  }
}

function reply(message: JudgeReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function judgeHeight(request: Extract<JudgeRequest, { height: number }>): JudgeReply {
  const { recordLength, eventsLength, eventCount } = request;
  // A copy of the height's bytes first: the shared buffer is written again after the answer, and
  // decoded messages keep views (a tx's bytes) that the referee may hold past the height.
  const endsAt = (recordLength + eventsLength + 3) & ~3;
  const bytes = new Uint8Array(request.shared, 0, endsAt + 4 * eventCount).slice();
  const ends = new Uint32Array(bytes.buffer, endsAt, eventCount);
  const events: VenueEvent[] = new Array(eventCount);
  for (let i = 0, from = recordLength; i < eventCount; i++) {
    const to = recordLength + (ends[i] as number);
    const event = venueEventFromBytes(bytes.subarray(from, to));
    // The main thread encoded these from the engine's own events: they always decode.
    if (!event) throw new Error(`height ${request.height}: the engine's event ${i + 1} does not decode`);
    events[i] = event;
    from = to;
  }
  // The main thread decoded these bytes into the block it applied: they always decode.
  const record = decodeMessage('LogRecord', bytes.subarray(0, recordLength));
  const committed = record.ok ? record.value.block : undefined;
  if (!committed) throw new Error(`height ${request.height}: the block record does not decode to a committed block`);
  const certificate = committedBlockProblem(committed, request.height, validators, verifier) ?? null;
  const block = venueBlockFromWire(committed.block ?? {});
  return { height: request.height, certificate, violations: judge.judge(request.height, events, block, request.recordedFund) };
}

port.on('message', (request: JudgeRequest) => {
  try {
    if ('end' in request) {
      lookahead?.end();
      reply({ refereeUnjudged: judge.refereeUnjudged ?? null });
      port.close();
      return;
    }
    verifyAhead(request.height + LOOKAHEAD_HEIGHTS);
    reply(judgeHeight(request));
  } catch (error) {
    reply({ error: `replay's judge thread failed: ${(error as Error).stack ?? String(error)}` });
    port.close();
  }
});
