/**
 * The execution node's control statechart: `following` the committed chain, or `catching-up`
 * when a height is missing (it then asks a validator for blocks every retry interval, rotating
 * through the validators, until the gap is filled). The retry runs as a delayed event on the
 * host clock with an explicit id.
 */
import { raise, setup } from 'xstate';

export type ExecutionMachineEvent = { type: 'GAP' } | { type: 'FILLED' } | { type: 'RETRY' };

export function createExecutionMachine(options: { retryUs: number; requestBlocks: () => void }) {
  return setup({
    types: { events: {} as ExecutionMachineEvent },
    actions: {
      request: () => options.requestBlocks(),
    },
  }).createMachine({
    id: 'execution',
    initial: 'following',
    states: {
      following: {
        on: { GAP: { target: 'catching-up' } },
      },
      'catching-up': {
        entry: ['request', raise({ type: 'RETRY' }, { delay: options.retryUs / 1000, id: 'retry-sync' })],
        on: {
          FILLED: { target: 'following' },
          RETRY: { target: 'catching-up', reenter: true },
        },
      },
    },
  });
}
