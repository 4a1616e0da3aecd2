/**
 * Replay-only checks: a short simulated log, tampered one way per check, replayed.
 */
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { replayLog } from '@faultline/replay';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import type { Proof } from './proof.ts';
import { verdictsOf } from './verdicts-of.ts';

let cached: Uint8Array | undefined;
/** A 15 s baseline run's log (computed once). */
function simLog(): Uint8Array {
  if (!cached) {
    const chunks: Uint8Array[] = [];
    const baseline = loadScenarioFile('scenarios/baseline.json');
    runVenue(scenarioSetup({ ...baseline, durationUs: 15_000_000 }, 1), { logSink: (bytes) => chunks.push(bytes) });
    cached = new Uint8Array(Buffer.concat(chunks));
  }
  return cached;
}

function tampered(edit: (records: faultline.v1.LogRecord[]) => faultline.v1.LogRecord[]): Proof['run'] {
  return () => {
    const read = readEventLog(simLog());
    const records = edit([...read.records]);
    const bytes = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r, i) => encodeLogRecord({ ...r, seq: i + 1 }))]));
    const result = replayLog(bytes);
    return verdictsOf(result.invariants, result.violations);
  };
}

const heightOf = (r: faultline.v1.LogRecord): number => Number(r.block?.block?.header?.height ?? 0);

export const proofs: Proof[] = [
  {
    invariant: 'hashes-match',
    by: 'variant',
    what: "venue hash-forgets-touched-leaf in replay's engine: a touched principal keeps its old leaf, so its roots differ from the logged ones and from its own recomputation from scratch",
    run: () => {
      const result = replayLog(simLog(), { variant: 'hash-forgets-touched-leaf' });
      return verdictsOf(result.invariants, result.violations);
    },
  },
  {
    invariant: 'hashes-match',
    by: 'tampered-log',
    what: 'the recorded state hash of height 7 zeroed',
    run: tampered((records) => records.map((r) => (r.stateHash && Number(r.stateHash.height) === 7 ? ({ ...r, stateHash: { ...r.stateHash, hash: new Uint8Array(32) } } as faultline.v1.LogRecord) : r))),
  },
  {
    invariant: 'log-contiguous',
    by: 'tampered-log',
    what: 'the block of height 5 lost',
    run: tampered((records) => records.filter((r) => !(r.block && heightOf(r) === 5))),
  },
  {
    invariant: 'events-match',
    by: 'tampered-log',
    what: 'the first recorded fill one lot larger',
    run: tampered((records) => {
      let done = false;
      return records.map((r) => {
        if (done || !r.event?.fill) return r;
        done = true;
        return { ...r, event: { fill: { ...r.event.fill, sizeLots: Number(r.event.fill.sizeLots) + 1 } } } as faultline.v1.LogRecord;
      });
    }),
  },
  {
    invariant: 'certificates-valid',
    by: 'tampered-log',
    what: 'one precommit signature of the block at height 6 flipped',
    run: tampered((records) =>
      records.map((r) => {
        if (!r.block || heightOf(r) !== 6) return r;
        const certificate = r.block.certificate as faultline.v1.ICommitCertificate;
        const precommits = (certificate.precommits ?? []).map((p, i) => (i === 0 ? { ...p, signature: new Uint8Array(p.signature ?? new Uint8Array(64)).map((b) => b ^ 0xff) } : p));
        return { ...r, block: { ...r.block, certificate: { ...certificate, precommits } } } as faultline.v1.LogRecord;
      }),
    ),
  },
  {
    invariant: 'consensus-agreement',
    by: 'tampered-log',
    what: 'a second, different block recorded at height 4',
    run: tampered((records) => {
      const at = records.findIndex((r) => r.block && heightOf(r) === 4);
      const original = records[at] as faultline.v1.LogRecord;
      const header = { ...original.block?.block?.header, timeUs: Number(original.block?.block?.header?.timeUs ?? 0) + 1 };
      const forged = { ...original, block: { ...original.block, block: { ...original.block?.block, header } } } as faultline.v1.LogRecord;
      return [...records.slice(0, at + 1), forged, ...records.slice(at + 1)];
    }),
  },
];
