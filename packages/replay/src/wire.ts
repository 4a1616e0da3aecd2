/**
 * Wire to the replay's terms, in one place: what an event log's header and records say, as
 * plain facts with every proto3 default filled ('' / 0 / empty) and every 64-bit value a number.
 * Replay, diff and the report read a log's fields through these and nowhere else. (A committed
 * block's header is consensus's `headerFacts`; a transaction is the venue's `txFromWire`.)
 */
import { hex } from '@faultline/consensus';
import type { faultline } from '@faultline/protocol';

/** A log header's facts (its scenario JSON is read by scenarioFromHeader). */
export interface LogHeaderFacts {
  runId: string;
  scenario: string;
  seed: number;
  policy: string;
  createdBy: string;
}

export function logHeaderFacts(header: faultline.v1.ILogHeader): LogHeaderFacts {
  return { runId: header.runId ?? '', scenario: header.scenario ?? '', seed: Number(header.seed ?? 0), policy: header.policy ?? '', createdBy: header.createdBy ?? '' };
}

/** A record's place in the log: its sequence number and time (virtual or wall, µs). */
export interface RecordFacts {
  seq: number;
  timeUs: number;
}

export function recordFacts(record: faultline.v1.ILogRecord): RecordFacts {
  return { seq: Number(record.seq ?? 0), timeUs: Number(record.timeUs ?? 0) };
}

/** A replica's recorded state hash at a height. */
export interface StateHashFacts {
  height: number;
  hashHex: string;
  replicaId: string;
}

export function stateHashFacts(stateHash: faultline.v1.IStateHash): StateHashFacts {
  return { height: Number(stateHash.height ?? 0), hashHex: hex(stateHash.hash), replicaId: stateHash.replicaId ?? '' };
}

/** A fault command as it fired; `atUs` undefined when the command carries none (the record's time stands for it). */
export interface FaultFacts {
  /** faultline.v1.FaultKind number. */
  kind: number;
  atUs: number | undefined;
  durationUs: number;
  actors: string[];
  groups: string[][];
  from: string[];
  to: string[];
}

export function faultFacts(fault: faultline.v1.IFaultCommand): FaultFacts {
  return {
    kind: fault.kind ?? 0,
    atUs: fault.atUs === undefined || fault.atUs === null ? undefined : Number(fault.atUs),
    durationUs: Number(fault.durationUs ?? 0),
    actors: fault.actors ?? [],
    groups: (fault.groups ?? []).map((group) => group.actors ?? []),
    from: fault.from ?? [],
    to: fault.to ?? [],
  };
}

/** An actor that crashed, restarted, paused or resumed. */
export interface LifecycleFacts {
  actorId: string;
  change: string;
}

export function lifecycleFacts(lifecycle: faultline.v1.IActorLifecycle): LifecycleFacts {
  return { actorId: lifecycle.actorId ?? '', change: lifecycle.change ?? '' };
}

/** The true external price, sampled. */
export interface ExternalPriceFacts {
  marketId: number;
  priceTicks: number;
}

export function externalPriceFacts(tick: faultline.v1.IExternalPriceTick): ExternalPriceFacts {
  return { marketId: tick.marketId ?? 0, priceTicks: Number(tick.priceTicks ?? 0) };
}

/** A validator's committed height, sampled. */
export interface ValidatorProgressFacts {
  validatorId: string;
  height: number;
}

export function validatorProgressFacts(progress: faultline.v1.IValidatorProgress): ValidatorProgressFacts {
  return { validatorId: progress.validatorId ?? '', height: Number(progress.height ?? 0) };
}

/** The hedger's inventory and P&L, sampled (`pnlUnknown`: a live log, whose observer sees no P&L). */
export interface HedgerSnapshotFacts {
  deltaLots: number;
  venuePositionLots: number;
  externalPositionLots: number;
  venuePnl: number;
  externalPnl: number;
  basisPnl: number;
  pnlUnknown: boolean;
}

export function hedgerSnapshotFacts(snapshot: faultline.v1.IHedgerSnapshot): HedgerSnapshotFacts {
  return {
    deltaLots: Number(snapshot.deltaLots ?? 0),
    venuePositionLots: Number(snapshot.venuePositionLots ?? 0),
    externalPositionLots: Number(snapshot.externalPositionLots ?? 0),
    venuePnl: Number(snapshot.venuePnl ?? 0),
    externalPnl: Number(snapshot.externalPnl ?? 0),
    basisPnl: Number(snapshot.basisPnl ?? 0),
    pnlUnknown: snapshot.pnlUnknown ?? false,
  };
}
