export * from './validator/mod.ts';
export * from './venue/mod.ts';
export * from './market/mod.ts';
export * from './execution/mod.ts';
export * from './traders/mod.ts';
export * from './liquidator/mod.ts';
