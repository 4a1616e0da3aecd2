export { ExecutionActor, createExecutionNode, type ExecutionConfig, type ExecutionCounters, type ExecutionTestOptions } from './execution-actor.ts';
export {
  decide as decideExecution,
  evolve as evolveExecution,
  recover as recoverExecution,
  initialExecutionState,
  executionMode,
  type ExecutionState,
  type ExecutionInput,
} from './execution-core.ts';
export { executionMachine, RETRY_TIMER, type ExecutionMachineEvent } from './execution-machine.ts';
