export {
  PriceProcess,
  PriceProcessConfigError,
  PRICE_PROCESS_HISTORY_STEPS_DEFAULT,
  type PriceProcessConfig,
  type FlashCrashConfig,
  type ScriptedMove,
} from './price-process.ts';
