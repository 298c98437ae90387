import type { TTestTemplate } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated, seeded template database of this test run (see global-setup.ts). */
    dbTemplate: TTestTemplate;
  }
}
