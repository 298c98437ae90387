import { chromium } from '@playwright/test';
const base = 'http://localhost:3040';
const widths = (process.env.WIDTHS ?? '390').split(',').map(Number);
const shots = process.env.SHOTS === '1';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const roles = { board: 'styrelse@demo.se', office: 'kansli@demo.se', lead: 'knivsta@demo.se', admin: 'admin@demo.se' };
for (const [role, email] of Object.entries(roles)) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    await page.goto(base + '/logga-in');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill('demo1234');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/oversikt|administration/);
    let paths = role === 'admin' ? ['/administration'] : ['/oversikt?period=2024H1', '/kommuner?period=2024H1', '/insatser?period=2024H1'];
    if (role === 'office') paths.push('/granska-rapporter');
    if (role === 'lead') paths.push('/mina-insatser');
    if (role !== 'admin') {
      await page.goto(base + '/kommuner?period=2024H1');
      const m = await page.locator('main a[href^="/kommuner/"]').first().getAttribute('href');
      await page.goto(base + '/insatser?period=2024H1');
      await page.locator('main table').first().waitFor();
      const i = await page.locator('main a[href^="/insatser/"]').first().getAttribute('href');
      paths.push(m, i);
    }
    for (const path of paths) {
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const offenders = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > vw + 1 && r.width > 0) {
            // skip those inside a scroll container
            let p = el.parentElement, inside = false;
            while (p) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { inside = true; break; } p = p.parentElement; }
            if (!inside) offenders.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
          }
        }
        return { sw: document.documentElement.scrollWidth, cw: vw, offenders: offenders.slice(0, 8) };
      });
      console.log(role, width, path, result.sw, result.cw, result.sw > result.cw ? 'OVERFLOW' : 'ok', result.sw > result.cw ? JSON.stringify(result.offenders) : '');
      if (shots) await page.screenshot({ path: `/tmp/ws-shots/${role}-${path.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
