/**
 * Distributed campaigns: the messages between a coordinator (`faultline check --server URL`)
 * and its workers (`faultline worker --server URL`), as JSON. A job is one simulator run — the
 * scenario written out whole (scenarioToJson: a worker needs no files and no defaults of its
 * own), a run seed and a fault schedule; a result is what the coordinator counts (violations,
 * verdicts, trace hash) and which worker produced it. Pure: the NATS transport is the CLI's.
 * Every field is checked on decode, so a malformed message is a named rejection, never a run.
 */
import { parseFaultSchedule, type FaultSchedule } from '@faultline/runtime';
import type { Violation } from '../invariants/monitor.ts';
import type { Verdicts } from '../invariants/verdict.ts';
import type { TargetRun } from './campaign.ts';

export const CAMPAIGN_MESSAGE_VERSION = 1;

/** Why a job exists: a campaign run, its determinism re-run (on another worker), a shrink step. */
export type JobPurpose = 'run' | 'rerun' | 'shrink';

export interface CampaignJob {
  v: 1;
  campaign: string;
  job: number;
  purpose: JobPurpose;
  /** The scenario as scenarioToJson wrote it. */
  scenario: unknown;
  runSeed: number;
  faults: FaultSchedule;
  /** A worker with this id passes the job on (a determinism re-run must run elsewhere). */
  avoidWorker?: string;
  /** Where the result goes (a request: the job is acknowledged once the coordinator has it). */
  replyTo: string;
}

export interface CampaignJobResult extends TargetRun {
  v: 1;
  campaign: string;
  job: number;
  worker: string;
  traceHash: string;
  violations: Violation[];
}

export class CampaignMessageError extends Error {
  override readonly name = 'CampaignMessageError';
}

export function encodeJob(job: CampaignJob): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(job));
}

export function encodeResult(result: CampaignJobResult): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(result));
}

export function decodeJob(bytes: Uint8Array): CampaignJob {
  const o = record(parse(bytes), '$');
  const purpose = o['purpose'];
  if (purpose !== 'run' && purpose !== 'rerun' && purpose !== 'shrink') throw new CampaignMessageError(`$.purpose: expected run, rerun or shrink, got ${JSON.stringify(purpose)}`);
  let faults: FaultSchedule;
  try {
    faults = parseFaultSchedule(o['faults']);
  } catch (error) {
    throw new CampaignMessageError(`$.faults: ${(error as Error).message}`);
  }
  const job: CampaignJob = {
    v: version(o),
    campaign: text(o['campaign'], '$.campaign'),
    job: count(o['job'], '$.job'),
    purpose,
    scenario: record(o['scenario'], '$.scenario'),
    runSeed: count(o['runSeed'], '$.runSeed'),
    faults,
    replyTo: text(o['replyTo'], '$.replyTo'),
  };
  if (o['avoidWorker'] !== undefined) job.avoidWorker = text(o['avoidWorker'], '$.avoidWorker');
  return job;
}

export function decodeResult(bytes: Uint8Array): CampaignJobResult {
  const o = record(parse(bytes), '$');
  const violations = o['violations'];
  if (!Array.isArray(violations)) throw new CampaignMessageError('$.violations: expected an array');
  violations.forEach((v, i) => {
    const r = record(v, `$.violations[${i}]`);
    text(r['invariant'], `$.violations[${i}].invariant`);
    text(r['detail'], `$.violations[${i}].detail`, true);
  });
  const verdicts = o['verdicts'] === undefined ? undefined : record(o['verdicts'], '$.verdicts');
  const byzantine = o['byzantine'];
  if (byzantine !== undefined) {
    if (!Array.isArray(byzantine)) throw new CampaignMessageError('$.byzantine: expected an array');
    byzantine.forEach((b, i) => text(b, `$.byzantine[${i}]`));
  }
  return {
    v: version(o),
    campaign: text(o['campaign'], '$.campaign'),
    job: count(o['job'], '$.job'),
    worker: text(o['worker'], '$.worker'),
    traceHash: text(o['traceHash'], '$.traceHash'),
    violations: violations as Violation[],
    ...(verdicts ? { verdicts: verdicts as Verdicts } : {}),
    ...(byzantine !== undefined ? { byzantine: byzantine as string[] } : {}),
  };
}

function parse(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CampaignMessageError(`$: not JSON (${(error as Error).message})`);
  }
}
function record(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CampaignMessageError(`${path}: expected an object`);
  return value as Record<string, unknown>;
}
function version(o: Record<string, unknown>): 1 {
  if (o['v'] !== CAMPAIGN_MESSAGE_VERSION) throw new CampaignMessageError(`$.v: expected ${CAMPAIGN_MESSAGE_VERSION}, got ${JSON.stringify(o['v'])}`);
  return 1;
}
function text(value: unknown, path: string, emptyOk = false): string {
  if (typeof value !== 'string' || (!emptyOk && value.length === 0)) throw new CampaignMessageError(`${path}: expected a${emptyOk ? '' : ' non-empty'} string`);
  return value;
}
function count(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new CampaignMessageError(`${path}: expected an integer >= 0, got ${JSON.stringify(value)}`);
  return value as number;
}
