/** The `externalVenue` section: the reference market's price process (common and per market) and its trading parameters. */
import { PriceProcess, PriceProcessConfigError } from '@faultline/actors';
import { createRng } from '@faultline/runtime';
import type { MarketConfig } from '@faultline/venue';
import {
  DEFAULT_EXTERNAL_VENUE,
  DEFAULT_FLASH_CRASH_RECOVER_BPS,
  DEFAULT_PRICE_PROCESS,
  EXTERNAL_VENUE_ID,
  type ExternalMarketSpec,
  type ExternalVenueSpec,
  type FlashCrashSpec,
  type PriceProcessSpec,
  type ScriptedMoveSpec,
} from '../schema.ts';
import { childPath, dict, field, FieldError, int, intIn, list, num, or, record } from '../fields.ts';
import { LIMITS, RANGES } from '../ranges.ts';
import { outages } from './oracles.ts';

const PRICE_FIELDS = ['volatilityBpsPerSqrtSecond', 'driftBpsPerHour', 'jumpChancePpmPerStep', 'jumpMaxBps', 'stepUs', 'flashCrash', 'scripted'] as const;
const BEFORE_END = 'before the run ends (durationUs)';
type PricePart = Partial<Omit<PriceProcessSpec, 'initialPriceTicks'>>;

export function parseExternalVenue(raw: unknown, markets: MarketConfig[], initialPrices: number[], durationUs: number): ExternalVenueSpec {
  const path = 'externalVenue';
  const o = record(or(raw, {}), path, ['price', 'markets', 'tickIntervalUs', 'halfSpreadBps', 'orderLatencyUs', 'feePpm', 'disconnects']);
  const common = pricePart(o['price'], `${path}.price`, durationUs);
  const perMarketRaw = dict(or(o['markets'], {}), `${path}.markets`);
  const symbols = markets.map((m) => m.symbol);
  const perMarket = new Map<string, PricePart>();
  for (const [symbol, value] of Object.entries(perMarketRaw)) {
    const p = childPath(`${path}.markets`, symbol);
    if (!symbols.includes(symbol)) throw new FieldError(p, `is not a market symbol of this scenario (${symbols.join(', ')})`);
    perMarket.set(symbol, pricePart(value, p, durationUs));
  }
  const externalMarkets: ExternalMarketSpec[] = markets.map((market, index) => {
    const own = perMarket.get(market.symbol) ?? {};
    const price: PriceProcessSpec = { initialPriceTicks: initialPrices[index] as number, ...DEFAULT_PRICE_PROCESS, scripted: [], ...common, ...own };
    try {
      new PriceProcess(price, createRng(0)); // the process's own checks, as a backstop
    } catch (error) {
      if (!(error instanceof PriceProcessConfigError)) throw error;
      const top = error.field.split(/[.[]/)[0] ?? '';
      const where = top === 'initialPriceTicks' ? `markets[${index}]` : top in own ? childPath(`${path}.markets`, market.symbol) : `${path}.price`;
      throw new FieldError(`${where}.${error.field}`, error.message.slice(`price process: ${error.field} `.length));
    }
    return { marketId: market.marketId, symbol: market.symbol, price };
  });
  return {
    id: EXTERNAL_VENUE_ID,
    markets: externalMarkets,
    tickIntervalUs: field(o, 'tickIntervalUs', path, DEFAULT_EXTERNAL_VENUE.tickIntervalUs, intIn(RANGES.externalTickIntervalUs)),
    halfSpreadBps: field(o, 'halfSpreadBps', path, DEFAULT_EXTERNAL_VENUE.halfSpreadBps, intIn(RANGES.externalHalfSpreadBps)),
    orderLatencyUs: field(o, 'orderLatencyUs', path, DEFAULT_EXTERNAL_VENUE.orderLatencyUs, intIn(RANGES.externalOrderLatencyUs)),
    feePpm: field(o, 'feePpm', path, DEFAULT_EXTERNAL_VENUE.feePpm, intIn(RANGES.externalFeePpm)),
    disconnects: outages(o['disconnects'], `${path}.disconnects`, durationUs),
  };
}

function pricePart(raw: unknown, path: string, durationUs: number): PricePart {
  const o = record(or(raw, {}), path, PRICE_FIELDS);
  const out: PricePart = {};
  const read = (key: string, range: { min: number; max: number }, integer = true): number =>
    integer ? int(o[key], `${path}.${key}`, range.min, range.max) : num(o[key], `${path}.${key}`, range.min, range.max);
  if (o['volatilityBpsPerSqrtSecond'] !== undefined) out.volatilityBpsPerSqrtSecond = read('volatilityBpsPerSqrtSecond', RANGES.volatilityBpsPerSqrtSecond, false);
  if (o['driftBpsPerHour'] !== undefined) out.driftBpsPerHour = read('driftBpsPerHour', RANGES.driftBpsPerHour, false);
  if (o['jumpChancePpmPerStep'] !== undefined) out.jumpChancePpmPerStep = read('jumpChancePpmPerStep', RANGES.jumpChancePpmPerStep);
  if (o['jumpMaxBps'] !== undefined) out.jumpMaxBps = read('jumpMaxBps', RANGES.jumpMaxBps);
  if (o['stepUs'] !== undefined) out.stepUs = read('stepUs', RANGES.priceStepUs);
  if (o['flashCrash'] !== undefined) {
    const p = `${path}.flashCrash`;
    const fc = record(o['flashCrash'], p, ['atUs', 'dropBps', 'durationUs', 'recoverBps']);
    const crash: FlashCrashSpec = {
      atUs: int(fc['atUs'], `${p}.atUs`, 0, durationUs - 1, BEFORE_END),
      dropBps: int(fc['dropBps'], `${p}.dropBps`, RANGES.flashCrashDropBps.min, RANGES.flashCrashDropBps.max),
      durationUs: int(fc['durationUs'], `${p}.durationUs`, RANGES.flashCrashDurationUs.min, RANGES.flashCrashDurationUs.max),
      recoverBps: field(fc, 'recoverBps', p, DEFAULT_FLASH_CRASH_RECOVER_BPS, intIn(RANGES.flashCrashRecoverBps)),
    };
    out.flashCrash = crash;
  }
  if (o['scripted'] !== undefined) {
    out.scripted = list(o['scripted'], `${path}.scripted`, 0, LIMITS.scriptedMovesMax).map((entry, index): ScriptedMoveSpec => {
      const p = `${path}.scripted[${index}]`;
      const m = record(entry, p, ['atUs', 'moveBps']);
      return { atUs: int(m['atUs'], `${p}.atUs`, 0, durationUs - 1, BEFORE_END), moveBps: int(m['moveBps'], `${p}.moveBps`, RANGES.scriptedMoveBps.min, RANGES.scriptedMoveBps.max) };
    });
  }
  return out;
}
