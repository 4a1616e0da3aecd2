export * from './validator/mod.ts';
