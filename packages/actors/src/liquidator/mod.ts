export { LiquidatorActor, createLiquidator, type LiquidatorConfig, type LiquidatorCounters } from './liquidator-actor.ts';
export {
  decide as decideLiquidator,
  initialLiquidatorState,
  liquidatorCounters,
  unhealthyAccounts,
  SCAN_TIMER,
  type LiquidatorState,
  type LiquidatorInput,
  type LiquidatorTally,
} from './liquidator-core.ts';
export { liquidatorMachine, GRACE_TIMER, type LiquidatorMode, type LiquidatorFacts, type LiquidatorMachineEvent } from './liquidator-machine.ts';
export { assessAccount, isUnhealthy, worstFirst, type AccountRisk, type MarketRisk } from './health.ts';
