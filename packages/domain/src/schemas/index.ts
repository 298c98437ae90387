export * from './fields.ts';
export * from './enums.ts';
export * from './period.ts';
