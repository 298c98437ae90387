import './provided-context.ts';
export { prepareTestTemplate, createTestDatabase, testDatabaseKind } from './test-database.ts';
export type { TTestTemplate, TTestDatabase, TTestDatabaseKind } from './test-database.ts';
