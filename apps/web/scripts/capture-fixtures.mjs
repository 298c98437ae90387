#!/usr/bin/env node
// Captures the component tests' API responses from a running app on a FRESHLY seeded database:
//   PORT=3300 FINSAM_DATA_DIR=$(mktemp -d) pnpm --filter @finsam/api start   (in another shell)
//   node apps/web/scripts/capture-fixtures.mjs http://localhost:3300
// The fixtures are then parsed with the domain DTO schemas by src/test/fixtures/index.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://localhost:3300';
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/test/fixtures');

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'styrelse@demo.se', password: 'demo1234' }),
});
if (!login.ok) throw new Error(`login failed: ${login.status}`);
const cookie = login.headers.get('set-cookie').split(';')[0];

const files = {
  'overview-2024h1.json': '/api/dashboard?period=2024H1',
  'overview-2022h1.json': '/api/dashboard?period=2022H1',
  'municipalities.json': '/api/municipalities',
  'knivsta-2024h1.json': '/api/municipalities/knivsta/dashboard?period=2024H1',
  'knivsta-2022h1.json': '/api/municipalities/knivsta/dashboard?period=2022H1',
  'en-vag-in-2024h1.json': '/api/interventions/en-vag-in-steget-vidare/dashboard?period=2024H1',
  'interventions.json': '/api/interventions',
};
for (const [file, url] of Object.entries(files)) {
  const response = await fetch(`${base}${url}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  writeFileSync(path.join(dir, file), `${JSON.stringify(await response.json(), null, 2)}\n`);
  process.stdout.write(`${file} ← ${url}\n`);
}
