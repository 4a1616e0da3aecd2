/**
 * The validator's control statechart: the consensus step of the current height and round, and
 * the step timeouts, which run on the host's clock (virtual in the simulator) through xstate's
 * delayed events. Vote sets and blocks live in the consensus core, not in machine context.
 */
import { assign, raise, setup } from 'xstate';
import type { Step } from '@faultline/consensus';

export interface TimeoutEvent {
  type: 'TIMEOUT';
  step: Step;
  height: number;
  round: number;
}

export type ValidatorMachineEvent =
  | { type: 'STEP'; step: Step; height: number; round: number }
  | { type: 'SCHEDULE'; step: Step; height: number; round: number; delayUs: number }
  | TimeoutEvent;

type ScheduleEvent = Extract<ValidatorMachineEvent, { type: 'SCHEDULE' }>;

const toTimeout = ({ event }: { event: ValidatorMachineEvent }): TimeoutEvent => {
  const scheduled = event as ScheduleEvent;
  return { type: 'TIMEOUT', step: scheduled.step, height: scheduled.height, round: scheduled.round };
};
const delayMs = ({ event }: { event: ValidatorMachineEvent }) => (event as ScheduleEvent).delayUs / 1000;
const isStep = (step: Step) => ({ event }: { event: ValidatorMachineEvent }) => event.type === 'SCHEDULE' && event.step === step;

export function createValidatorMachine(onTimeout: (event: TimeoutEvent) => void) {
  return setup({
    types: {
      context: {} as { height: number; round: number },
      events: {} as ValidatorMachineEvent,
    },
    actions: {
      forwardTimeout: ({ event }) => {
        if (event.type === 'TIMEOUT') onTimeout(event);
      },
      track: assign(({ event }) => (event.type === 'STEP' ? { height: event.height, round: event.round } : {})),
    },
  }).createMachine({
    id: 'validator',
    context: { height: 1, round: 0 },
    initial: 'propose',
    on: {
      STEP: [
        { guard: ({ event }) => event.step === 'propose', target: '.propose', actions: 'track' },
        { guard: ({ event }) => event.step === 'prevote', target: '.prevote', actions: 'track' },
        { guard: ({ event }) => event.step === 'precommit', target: '.precommit', actions: 'track' },
        { guard: ({ event }) => event.step === 'commit', target: '.commit', actions: 'track' },
      ],
      // One delayed-event id per step (explicit ids: xstate would draw them from Math.random).
      SCHEDULE: [
        { guard: isStep('propose'), actions: raise(toTimeout, { delay: delayMs, id: 'timeout-propose' }) },
        { guard: isStep('prevote'), actions: raise(toTimeout, { delay: delayMs, id: 'timeout-prevote' }) },
        { guard: isStep('precommit'), actions: raise(toTimeout, { delay: delayMs, id: 'timeout-precommit' }) },
        { guard: isStep('commit'), actions: raise(toTimeout, { delay: delayMs, id: 'timeout-commit' }) },
      ],
      TIMEOUT: { actions: 'forwardTimeout' },
    },
    states: {
      propose: {},
      prevote: {},
      precommit: {},
      commit: {},
    },
  });
}
