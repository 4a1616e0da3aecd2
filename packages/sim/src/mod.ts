export * from './invariants/mod.ts';
export * from './campaign/mod.ts';
