export {
  PriceProcess,
  PriceProcessConfigError,
  PRICE_PROCESS_HISTORY_STEPS_DEFAULT,
  FLASH_CRASH_RECOVER_BPS_DEFAULT,
  type PriceProcessConfig,
  type FlashCrashConfig,
  type ScriptedMove,
} from './price-process.ts';
