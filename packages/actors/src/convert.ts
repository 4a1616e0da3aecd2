/**
 * Wire to domain for the actors, in one place: the external venue's messages (price ticks, hedge
 * orders, fills and rejects) as the cores take them, with every proto3 default filled here ('' / 0) and
 * every 64-bit value a number. Thin actors convert as a message arrives; cores read no optional
 * protobuf field. (Committed blocks: consensus's committedHeight; each venue event: the venue's wire.ts.)
 */
import type { faultline } from '@faultline/protocol';
import { venueEventFromWire, type VenueEvent } from '@faultline/venue';

/** An external reference price (faultline.v1.ExternalPriceTick). */
export interface ExternalTick {
  marketId: number;
  priceTicks: number;
  atUs: number;
}

/**
 * A message's identity, for booking it once: its sender, sequence number and send time
 * (faultline.v1.Envelope; a redelivered copy carries the same three).
 */
export function envelopeKey(envelope: Pick<faultline.v1.IEnvelope, 'sender' | 'seq' | 'sentAtUs'>): string {
  return `${envelope.sender ?? ''}:${Number(envelope.seq ?? 0)}:${Number(envelope.sentAtUs ?? 0)}`;
}

export function externalTickFromWire(tick: faultline.v1.IExternalPriceTick): ExternalTick {
  return { marketId: Number(tick.marketId ?? 0), priceTicks: Number(tick.priceTicks ?? 0), atUs: Number(tick.atUs ?? 0) };
}

/** A fill of a hedge order on the external venue (faultline.v1.HedgeFill). `side` is the faultline.v1.Side number. */
export interface HedgeFillFacts {
  hedgerId: string;
  orderId: number;
  marketId: number;
  side: number;
  sizeLots: number;
  priceTicks: number;
  fee: number;
}

export function hedgeFillFromWire(fill: faultline.v1.IHedgeFill): HedgeFillFacts {
  return {
    hedgerId: fill.hedgerId ?? '',
    orderId: Number(fill.orderId ?? 0),
    marketId: Number(fill.marketId ?? 0),
    side: Number(fill.side ?? 0),
    sizeLots: Number(fill.sizeLots ?? 0),
    priceTicks: Number(fill.priceTicks ?? 0),
    fee: Number(fill.fee ?? 0),
  };
}

/** A hedge order as the external venue takes it (faultline.v1.HedgeOrder; `limitPriceTicks` 0 = market). */
export interface HedgeOrderFacts {
  hedgerId: string;
  orderId: number;
  marketId: number;
  side: number;
  sizeLots: number;
  limitPriceTicks: number;
}

export function hedgeOrderFromWire(order: faultline.v1.IHedgeOrder): HedgeOrderFacts {
  return {
    hedgerId: order.hedgerId ?? '',
    orderId: Number(order.orderId ?? 0),
    marketId: order.marketId ?? 0,
    side: order.side ?? 0,
    sizeLots: Number(order.sizeLots ?? 0),
    limitPriceTicks: Number(order.limitPriceTicks ?? 0),
  };
}

/** A refused hedge order (faultline.v1.HedgeReject). */
export interface HedgeRejectFacts {
  hedgerId: string;
  orderId: number;
  reason: string;
}

export function hedgeRejectFromWire(reject: faultline.v1.IHedgeReject): HedgeRejectFacts {
  return { hedgerId: reject.hedgerId ?? '', orderId: Number(reject.orderId ?? 0), reason: reject.reason ?? '' };
}

/** A block's execution as a client's venue view takes it (faultline.v1.BlockExecuted). */
export interface ExecutedBlockFacts {
  height: number;
  blockTimeUs: number;
  /** The events this build knows (venueEventFromWire), in order. */
  events: VenueEvent[];
  stateHashHex: string;
  replicaId: string;
}

/** The height a BlockExecuted reports (read before the rest is converted: old heights are dropped). */
export function executedHeight(executed: faultline.v1.IBlockExecuted): number {
  return Number(executed.height ?? 0);
}

export function executedFromWire(executed: faultline.v1.IBlockExecuted): ExecutedBlockFacts {
  const events: VenueEvent[] = [];
  for (const wire of executed.events ?? []) {
    const event = venueEventFromWire(wire);
    if (event) events.push(event);
  }
  return {
    height: executedHeight(executed),
    blockTimeUs: Number(executed.blockTimeUs ?? 0),
    events,
    stateHashHex: Buffer.from(executed.stateHash ?? []).toString('hex'),
    replicaId: executed.replicaId ?? '',
  };
}

/** The oracle's durable record of a stuck price (faultline.v1.OraclePriceReport): which market, what price. */
export function frozenPriceFromWire(record: faultline.v1.IOraclePriceReport): { marketId: number; priceTicks: number } {
  return { marketId: Number(record.marketId ?? 0), priceTicks: Number(record.priceTicks ?? 0) };
}
