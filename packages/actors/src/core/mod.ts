export { type CoreEffect, type Decision, type TimerInput } from './effects.ts';
export { chartStart, chartStep, type ChartStep, type TimerEffect } from './chart.ts';
export { EffectRunner } from './run-effects.ts';
export { CoreActor } from './core-actor.ts';
