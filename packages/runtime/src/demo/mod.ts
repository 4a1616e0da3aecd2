export { Pinger, Ponger, PING_WINDOW_MAX, PONGER_SNAPSHOT_EVERY, type PingerOptions } from './ping-pong.ts';
export { runDemo, DEMO_PAIRS_MAX, type DemoOptions, type DemoSummary } from './run-demo.ts';
