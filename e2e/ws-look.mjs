import { chromium } from '@playwright/test';
const [email, path, width = '390', prefix = 'look'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
const page = await context.newPage();
await page.goto('http://localhost:3040/logga-in');
await page.getByLabel('E-postadress').fill(email);
await page.getByLabel('Lösenord').fill('demo1234');
await page.getByRole('button', { name: 'Logga in' }).click();
await page.waitForURL(/oversikt|administration/);
await page.goto('http://localhost:3040' + path);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h; y += 1400, i++) {
  await page.screenshot({ path: `/tmp/ws-shots/${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(1400, h - y) } });
}
console.log('height', h, 'segments', Math.ceil(h / 1400));
await browser.close();
