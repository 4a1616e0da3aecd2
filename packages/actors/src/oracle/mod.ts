export { OracleActor, createOracle, ORACLE_MAX_PRICE_AGE_US_DEFAULT, type OracleActorConfig, type OracleBehaviourConfig, type OracleCounters } from './oracle-actor.ts';
export { decide as decideOracle, evolve as evolveOracle, recover as recoverOracle, initialOracleState, oracleMode, FREEZE_TIMER, type OracleState, type OracleInput } from './oracle-core.ts';
export { oracleMachine, ORACLE_TIMERS, type OracleFacts, type OracleMachineEvent } from './oracle-machine.ts';
export { PriceHistory, noisyPrice, scaleByBps } from './price-history.ts';
