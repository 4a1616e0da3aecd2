export { LiquidatorActor, createLiquidator, type LiquidatorConfig, type LiquidatorCounters } from './liquidator-actor.ts';
export { createLiquidatorMachine, type LiquidatorMode, type LiquidatorHooks, type LiquidatorMachineEvent } from './liquidator-machine.ts';
export { assessAccount, isUnhealthy, worstFirst, type AccountRisk, type MarketRisk } from './health.ts';
