export { ValidatorActor, createValidator, type ValidatorConfig, type ValidatorTestOptions, type ValidatorCounters } from './validator-actor.ts';
export { createValidatorMachine, type ValidatorMachineEvent, type TimeoutEvent } from './validator-machine.ts';
