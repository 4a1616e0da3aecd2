export * from './invariants/mod.ts';
