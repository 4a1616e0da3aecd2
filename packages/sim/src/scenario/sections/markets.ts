/** The `markets` section: each market overlays the venue's default market; ranges are the venue's own. */
import { DEFAULT_POLICY, defaultMarket, validateVenueConfig, type MarketConfig } from '@faultline/venue';
import { DEFAULT_INITIAL_PRICE_TICKS, DEFAULT_MARKET_ID, DEFAULT_MARKET_SYMBOL, DEFAULT_VENUE } from '../schema.ts';
import { FieldError, int, list, or, overlay, record, str } from '../fields.ts';
import { LIMITS, RANGES } from '../ranges.ts';
import { dummyOracles, fromVenueError } from './venue.ts';

const SYMBOL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export function parseMarkets(raw: unknown): { markets: MarketConfig[]; initialPrices: number[] } {
  if (raw === undefined) return { markets: [defaultMarket(DEFAULT_MARKET_ID, DEFAULT_MARKET_SYMBOL)], initialPrices: [DEFAULT_INITIAL_PRICE_TICKS] };
  const entries = list(raw, 'markets', 1, LIMITS.marketsMax);
  const template = defaultMarket(DEFAULT_MARKET_ID, DEFAULT_MARKET_SYMBOL);
  const fields = ['marketId', 'symbol', 'initialPriceTicks', ...Object.keys(template).filter((k) => k !== 'marketId' && k !== 'symbol')];
  const ids = new Set<number>();
  const symbols = new Set<string>();
  const markets: MarketConfig[] = [];
  const initialPrices: number[] = [];
  entries.forEach((entry, index) => {
    const path = `markets[${index}]`;
    const o = record(entry, path, fields);
    const marketId = int(o['marketId'], `${path}.marketId`, RANGES.marketId.min, RANGES.marketId.max);
    if (ids.has(marketId)) throw new FieldError(`${path}.marketId`, `must be unique, ${marketId} is used twice`);
    ids.add(marketId);
    const symbol = str(o['symbol'], `${path}.symbol`, { pattern: SYMBOL_PATTERN, what: 'a symbol like "ETH-PERP"' });
    if (symbols.has(symbol)) throw new FieldError(`${path}.symbol`, `must be unique, "${symbol}" is used twice`);
    symbols.add(symbol);
    markets.push(overlay(defaultMarket(marketId, symbol), o, path, ['marketId', 'symbol', 'initialPriceTicks']));
    initialPrices.push(0); // checked once the market's ranges are known to be sane
  });
  // Market ranges are the venue's; check them before anything reads them (leverage, lot caps).
  try {
    validateVenueConfig({ markets, oracles: dummyOracles(1), oracleQuorum: 1, ...DEFAULT_VENUE, policy: DEFAULT_POLICY });
  } catch (error) {
    throw fromVenueError(error);
  }
  entries.forEach((entry, index) => {
    const market = markets[index] as MarketConfig;
    const path = `markets[${index}].initialPriceTicks`;
    initialPrices[index] = int(or((entry as Record<string, unknown>)['initialPriceTicks'], DEFAULT_INITIAL_PRICE_TICKS), path, 1, market.maxPriceTicks);
  });
  return { markets, initialPrices };
}
