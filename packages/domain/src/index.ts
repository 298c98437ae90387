export * from './schemas/index.ts';
export * from './calculations/index.ts';
export * from './format/index.ts';
export * from './pm/index.ts';
