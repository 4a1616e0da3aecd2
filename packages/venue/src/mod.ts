export * from './book/mod.ts';
