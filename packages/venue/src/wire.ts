/**
 * The one place where wire types (faultline.v1, generated) and the engine's domain types meet:
 * committed blocks in, venue events out.
 */
import { decodeMessage, type Block, type faultline } from '@faultline/protocol';
import type { BlockTx, VenueBlock } from './engine.ts';
import type { VenueEvent } from './events.ts';

/** A committed block as the engine applies it; undecodable txs are kept (they are rejected). */
export function venueBlockFromWire(block: Block): VenueBlock {
  const header = block.header ?? {};
  return {
    height: Number(header.height ?? 0),
    timeUs: Number(header.timeUs ?? 0),
    txs: (block.txs ?? []).map(blockTxFromBytes),
  };
}

export function blockTxFromBytes(bytes: Uint8Array): BlockTx {
  const decoded = decodeMessage('Transaction', bytes);
  return decoded.ok ? { bytes, tx: decoded.value } : { bytes, tx: undefined, decodeError: decoded.error.message };
}

/** A domain event as the wire's VenueEvent (one oneof member set). */
export function venueEventToWire(event: VenueEvent): faultline.v1.IVenueEvent {
  switch (event.kind) {
    case 'fill':
      return { fill: event.fill };
    case 'accountUpdate':
      return { accountUpdate: event.accountUpdate };
    case 'marketStatus':
      return { marketStatus: event.marketStatus };
    case 'auctionResult':
      return { auctionResult: event.auctionResult };
    case 'liquidation':
      return { liquidation: event.liquidation };
    case 'adl':
      return { adl: event.adl };
    case 'funding':
      return { funding: event.funding };
    case 'oraclePrice':
      return { oraclePrice: event.oraclePrice };
    case 'txRejected':
      return { txRejected: event.txRejected };
    case 'orderUpdate':
      return { orderUpdate: event.orderUpdate };
  }
}

/** A wire VenueEvent back to the domain form (for replay and monitors reading a log). */
export function venueEventFromWire(event: faultline.v1.IVenueEvent): VenueEvent | undefined {
  const kinds = ['fill', 'accountUpdate', 'marketStatus', 'auctionResult', 'liquidation', 'adl', 'funding', 'oraclePrice', 'txRejected', 'orderUpdate'] as const;
  for (const kind of kinds) {
    const body = event[kind];
    if (body) return { kind, [kind]: body } as unknown as VenueEvent;
  }
  return undefined;
}
