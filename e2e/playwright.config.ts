import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The app under test runs on its own port and a fresh embedded database, seeded on start.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = mkdtempSync(path.join(tmpdir(), 'finsam-e2e-'));

const LEAD_FORMS = [/lead-report\.spec\.ts/];
const WORKFLOWS = [
  /lead-office-journey\.spec\.ts/,
  /notifications\.spec\.ts/,
  /office-economy\.spec\.ts/,
  /office-review\.spec\.ts/,
];

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  // One database for the whole run, so the specs that change data run after those that assert
  // the seed papers' figures, and the lead's own report before the journey that extends En väg
  // in's period (its slutrapport moves) and the office's entering Q3 2024 utfall.
  projects: [
    { name: 'seed-figures', testIgnore: [...LEAD_FORMS, ...WORKFLOWS] },
    { name: 'lead-forms', testMatch: LEAD_FORMS, dependencies: ['seed-figures'] },
    { name: 'workflows', testMatch: WORKFLOWS, dependencies: ['lead-forms'] },
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: a test tool must never download a browser of its own (STACK.md).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'pnpm --filter @finsam/api start',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT), FINSAM_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
  },
});
