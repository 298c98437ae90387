import { defineConfig } from 'vitest/config';

const failOnConsole = '../scripts/vitest-fail-on-console.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'seed/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
          setupFiles: [failOnConsole],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['src/**/*.integration.test.ts', 'seed/**/*.integration.test.ts'],
          globalSetup: ['./src/testing/global-setup.ts'],
          setupFiles: [failOnConsole],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each file gets its own database; two at a time fits 2 cores.
          maxWorkers: 2,
          // Vitest 4 runs projects with different maxWorkers in separate groups: unit tests first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
