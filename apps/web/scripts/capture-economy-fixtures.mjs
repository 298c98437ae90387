#!/usr/bin/env node
// Captures the economy pages' API responses (as the office sees them) from a running app on a
// FRESHLY seeded database, like capture-fixtures.mjs does for the dashboards:
//   PORT=3300 FINSAM_DATA_DIR=$(mktemp -d) pnpm --filter @finsam/api start   (in another shell)
//   node apps/web/scripts/capture-economy-fixtures.mjs http://localhost:3300
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://localhost:3300';
const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/test/economy-fixtures',
);

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'kansli@demo.se', password: 'demo1234' }),
});
if (!login.ok) throw new Error(`login failed: ${login.status}`);
const cookie = login.headers.get('set-cookie').split(';')[0];

const files = {
  'outcome-grid-2024h1.json': '/api/outcome-grids/2024H1',
  'outcome-grid-2024q3.json': '/api/outcome-grids/2024Q3',
  'economic-plans.json': '/api/economic-plans',
  'economic-plan-2024.json': '/api/economic-plans/2024',
  'member-fees-2022.json': '/api/member-fees/2022',
  'member-fees-2025.json': '/api/member-fees/2025',
};
// The register's fixtures for one intervention: RegExPro (carry-over from 2023 in its 2024 budget).
const list = await (await fetch(`${base}/api/interventions`, { headers: { cookie } })).json();
const regexpro = list.interventions.find((row) => row.key === 'regexpro');
files['register-list.json'] = '/api/interventions';
files['register-members.json'] = '/api/municipalities';
files['regexpro-detail.json'] = `/api/interventions/${regexpro.id}`;
files['regexpro-budgets.json'] = `/api/interventions/${regexpro.id}/budgets`;

for (const [file, url] of Object.entries(files)) {
  const response = await fetch(`${base}${url}`, { headers: { cookie } });
  if (!response.ok) {
    process.stdout.write(`${url}: ${response.status}, skipped\n`);
    continue;
  }
  writeFileSync(path.join(dir, file), `${JSON.stringify(await response.json(), null, 2)}\n`);
  process.stdout.write(`${file} ← ${url}\n`);
}
