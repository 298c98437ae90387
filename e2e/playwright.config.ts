import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The app under test runs on its own port and a fresh embedded database, seeded on start.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = mkdtempSync(path.join(tmpdir(), 'finsam-e2e-'));
// The lead's forms run against a second app on its own fresh database: they start reports and
// deviations for the same interventions and quarters the office's workflows use.
const LEAD_PORT = PORT + 1;
const leadDataDir = mkdtempSync(path.join(tmpdir(), 'finsam-e2e-lead-'));

const LEAD_FORMS = [/lead-report\.spec\.ts/];
const WORKFLOWS = [
  /lead-office-journey\.spec\.ts/,
  /notifications\.spec\.ts/,
  /office-economy\.spec\.ts/,
  /office-review\.spec\.ts/,
  /pm\.spec\.ts/,
];

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  // The main app's database is shared by its specs, so the specs that change data (journey,
  // notifications, economy, review) run after those that assert the seed papers' figures (the
  // office's Q3 2024 utfall moves "Helår 2024" to kvartal 3; the journey extends En väg in).
  projects: [
    { name: 'seed-figures', testIgnore: [...LEAD_FORMS, ...WORKFLOWS] },
    { name: 'workflows', testMatch: WORKFLOWS, dependencies: ['seed-figures'] },
    {
      name: 'lead-forms',
      testMatch: LEAD_FORMS,
      use: { baseURL: `http://localhost:${LEAD_PORT}` },
    },
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
  webServer: [PORT, LEAD_PORT].map((port) => ({
    command: 'pnpm --filter @finsam/api start',
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      FINSAM_DATA_DIR: port === PORT ? dataDir : leadDataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  })),
});
