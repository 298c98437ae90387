/**
 * The JavaScript a page makes the browser load (issue 16, docs/benchmarks.md "JavaScript"):
 * gzip -9 of every JS response, per chunk, for the login page (no session) and for Överblick,
 * a Kommun and an Insats as the board up to the first visible table, then what the menu pages'
 * prefetch and the charts add once the page has settled. Runs against a started app serving the built web app:
 *
 *   pnpm run build
 *   PORT=3640 FINSAM_DATA_DIR=$(mktemp -d) DATABASE_URL= pnpm --filter @finsam/api start &
 *   node apps/web/scripts/measure-js.mjs http://localhost:3640
 *
 * playwright-core comes from the e2e package (the web app does not depend on it); Debian's
 * Chromium at /usr/bin/chromium (CHROMIUM_PATH to override). Sizes are bytes, not timings, so a
 * busy machine does not change them.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(new URL('../../../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const origin = process.argv[2] ?? 'http://localhost:3640';
const width = Number(process.env.MEASURE_WIDTH ?? 1280);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Records every JS response of `page` with the gzip -9 size of its body. */
function recordScripts(page) {
  const scripts = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    const entry = { url: new URL(response.url()).pathname, raw: 0, gzip: 0 };
    scripts.push(entry);
    const body = await response.body().catch(() => Buffer.alloc(0));
    entry.raw = body.length;
    entry.gzip = gzipSync(body, { level: 9 }).length;
  });
  return scripts;
}

function print(title, scripts) {
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  console.log(`\n${title}: ${kB(total)} gzip -9 in ${scripts.length} files`);
  for (const script of [...scripts].sort((a, b) => b.gzip - a.gzip))
    console.log(
      `  ${kB(script.gzip).padStart(9)}  (${kB(script.raw).padStart(9)} raw)  ${script.url}`,
    );
  return total;
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The address of the first detail page a list links to (a kommun, an insats). */
async function firstLink(context, list) {
  const page = await context.newPage();
  await page.goto(`${origin}${list}`);
  const link = page.locator(`main a[href^="${list}/"]`).first();
  await link.waitFor({ timeout: 60_000 });
  const href = await link.getAttribute('href');
  await page.close();
  return href;
}

/** The JS of `path` up to its first visible table, and what loads after it (prefetch, charts). */
async function measurePage(context, name, path) {
  const page = await context.newPage();
  await page.route('**/*', (route) => route.continue()); // no HTTP cache between pages
  // The moment the first table is visible, on the page's own clock (a MutationObserver checks
  // after every DOM change), so it compares exactly with the resource timings' start.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const table = document.querySelector('main table');
      if (!table || !table.checkVisibility()) return;
      window.__firstTableAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  const scripts = recordScripts(page);
  await page.goto(`${origin}${path}`);
  await page.locator('main table').first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await settle(3000);
  // A script requested before the table was drawn counts for it (it competed with it).
  const { tableAt, started } = await page.evaluate(() => ({
    tableAt: window.__firstTableAt,
    started: Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .map((entry) => [new URL(entry.name).pathname, entry.startTime]),
    ),
  }));
  await page.close();
  const first = scripts.filter((script) => (started[script.url] ?? 0) <= tableAt);
  const later = scripts.filter((script) => (started[script.url] ?? 0) > tableAt);
  return [
    print(`${name} ${path} up to its first table (${Math.round(tableAt)} ms)`, first),
    print(`${name}: loaded after the first table (menu pages prefetched, charts)`, later),
  ];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();

  // The login page, no session.
  const login = recordScripts(page);
  await page.goto(`${origin}/logga-in`);
  await page.getByLabel('E-post').waitFor();
  await page.waitForLoadState('networkidle');
  await settle(300);
  const loginTotal = print('Login (/logga-in, no session)', login);

  // Signed in as the board (cookie set), then Överblick opened fresh (empty memory cache).
  await page.getByLabel('E-post').fill('styrelse@demo.se');
  await page.getByLabel('Lösenord').fill('demo1234');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await page.close();

  // Each page opened fresh in a new tab (no memory cache), as the first page after a reload.
  const summary = [['Login (no session)', loginTotal, 0]];
  for (const [name, path] of [
    ['Överblick', '/oversikt'],
    ['Kommun', await firstLink(context, '/kommuner')],
    ['Insats', await firstLink(context, '/insatser')],
  ]) {
    const [before, after] = await measurePage(context, name, path);
    summary.push([name, before, before + after]);
  }
  console.log('\nPage                 up to first table   with what follows');
  for (const [name, before, all] of summary)
    console.log(`${name.padEnd(20)} ${kB(before).padStart(17)} ${all ? kB(all).padStart(19) : ''}`);
} finally {
  await browser.close();
}
