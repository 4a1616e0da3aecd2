/**
 * The venue's words, declared once: sides, order types, times in force, market states (the
 * numbers of their faultline.v1 enums) and the unit of rates. Everything else imports them.
 */
export type Side = 1 | 2;
export const SIDE_BUY: Side = 1;
export const SIDE_SELL: Side = 2;

/** Numbers of faultline.v1.OrderType. */
export const ORDER_TYPE_LIMIT = 1;
export const ORDER_TYPE_MARKET = 2;

/** Numbers of faultline.v1.TimeInForce. */
export const TIF_GTC = 1;
export const TIF_IOC = 2;
export const TIF_FOK = 3;
export const TIF_POST_ONLY = 4;

/** Numbers of faultline.v1.MarketState. */
export const MARKET_ACTIVE = 1;
export const MARKET_HALTED = 2;
export const MARKET_AUCTION = 3;
/** From genesis until the genesis opening (market-cycle.ts, docs/venue.md): orders rejected; not a halt. */
export const MARKET_PRE_OPEN = 6;
export type MarketStateCode = typeof MARKET_ACTIVE | typeof MARKET_HALTED | typeof MARKET_AUCTION | typeof MARKET_PRE_OPEN;

/** Rates are in parts per million. */
export const PPM = 1_000_000;
