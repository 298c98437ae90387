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

async function signIn(email) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  if (!login.ok) throw new Error(`login failed for ${email}: ${login.status}`);
  return login.headers.get('set-cookie').split(';')[0];
}
const board = await signIn('styrelse@demo.se');
const lead = await signIn('knivsta@demo.se');

const files = {
  'overview-2024h1.json': '/api/dashboard?period=2024H1',
  'overview-2022h1.json': '/api/dashboard?period=2022H1',
  'municipalities.json': '/api/municipalities',
  'knivsta-2024h1.json': '/api/municipalities/knivsta/dashboard?period=2024H1',
  'knivsta-2022h1.json': '/api/municipalities/knivsta/dashboard?period=2022H1',
  'en-vag-in-2024h1.json': '/api/interventions/en-vag-in-steget-vidare/dashboard?period=2024H1',
  'interventions.json': '/api/interventions',
  // Period states (issue 12): a running year, an empty period, the year-end case.
  'overview-2024.json': '/api/dashboard?period=2024',
  'overview-2022h2.json': '/api/dashboard?period=2022H2',
  'overview-2019h2.json': '/api/dashboard?period=2019H2',
  'jobbcentrum-2022h1.json': '/api/interventions/jobbcentrum/dashboard?period=2022H1',
};
// As the Knivsta lead: links only to what the lead may open.
const leadFiles = { 'lead-overview-2024h1.json': '/api/dashboard?period=2024H1' };
for (const [file, url, cookie] of [
  ...Object.entries(files).map(([f, u]) => [f, u, board]),
  ...Object.entries(leadFiles).map(([f, u]) => [f, u, lead]),
]) {
  const response = await fetch(`${base}${url}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  writeFileSync(path.join(dir, file), `${JSON.stringify(await response.json(), null, 2)}\n`);
  process.stdout.write(`${file} ← ${url}\n`);
}
