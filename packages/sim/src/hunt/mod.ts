export { hunt, evaluateStrategy, HUNT_DEFAULT_ACCOUNTS, HUNT_DEFAULT_MAX_STEPS, type HuntOptions, type HuntProgress, type HuntResult, type HuntFinding, type Evaluation } from './hunt.ts';
export { strategyArbitrary, strategyToOrderStream, accountName, START_PRICE, ORACLE_DRIFT_MAX_BPS, type Step, type Strategy } from './strategy.ts';
