export { ExecutionActor, createExecutionNode, type ExecutionConfig, type ExecutionCounters } from './execution-actor.ts';
