export * from './fields.ts';
export * from './enums.ts';
export * from './period.ts';
export * from './api-error.ts';
export * from './auth.ts';
