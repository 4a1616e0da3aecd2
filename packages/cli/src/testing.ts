/**
 * The CLI's testing seam: tests only (product code never imports this entry). A test's launcher
 * (packages/cli/test/support/faultline-planted.ts) sets a service entry that plants a variant in
 * one live service, or a planted venue engine for the runs it simulates (sim, check), then runs
 * the ordinary `faultline` main.
 */
export { setTestServiceEntry } from './live/actor-processes.ts';
export { setTestVenueVariant } from './test-plant.ts';
