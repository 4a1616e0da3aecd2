export {
  OracleActor,
  createOracle,
  ORACLE_MAX_PRICE_AGE_US_DEFAULT,
  type OracleActorConfig,
  type OracleBehaviourConfig,
  type OracleCounters,
} from './oracle-actor.ts';
export { createOracleMachine, type OracleMachineDeps, type OracleMachineEvent } from './oracle-machine.ts';
export { PriceHistory, noisyPrice, scaleByBps } from './price-history.ts';
