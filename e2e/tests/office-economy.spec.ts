import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage, screenshot, sv } from './helpers.ts';

const kvot = (page: Page, key: string) => page.getByTestId(`kvot-${key}`);

// One login for the whole file: the login rate limit counts every attempt from this address.
let officeSession: Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>>;
test.beforeAll(async ({ browser }) => {
  const page = await newPage(browser);
  await logIn(page, 'kansli@demo.se');
  officeSession = await page.context().storageState();
  await page.context().close();
});

async function officePage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    storageState: officeSession,
  });
  return context.newPage();
}

test('the office enters a quarter’s outcomes and sees the förbrukningskvot as it types', async ({
  browser,
}) => {
  const page = await officePage(browser);
  // The menu entry itself is checked by the component tests; here the hub is opened directly.
  await page.goto('/ekonomi');
  await page.getByRole('link', { name: 'Utfall' }).click();
  await page.getByLabel('Period').selectOption({ label: 'Kvartal 3 2024' });
  await expect(page).toHaveURL(/\/ekonomi\/utfall\?period=2024Q3$/);
  const table = page.getByRole('table', { name: 'Utfall Kvartal 3 2024 per insats' });
  await expect(table).toBeVisible();
  // H1 is recorded (955 076 kr) but Q3 not yet: no ratio, never a partial one.
  await expect(kvot(page, 'jobbcentrum')).toHaveText('–');

  await page.getByLabel('Utfall Kvartal 3 2024 för Jobbcentrum, kronor').fill('612 345');
  // (955 076 + 612 345) / (2 652 000 × 9/12) = 78.8 % → "79 %" (seed 2024-10 budget and H1 utfall).
  await expect(kvot(page, 'jobbcentrum')).toHaveText(sv('79 %'));
  await page.getByLabel('Utfall Kvartal 3 2024 för Bryggan, kronor').fill('435000');
  await page.getByLabel('Beräknat belopp för Bryggan').check();
  await screenshot(page, 'office-outcome-grid');

  await page.getByRole('button', { name: 'Spara utfall (2 ändrade)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sparades' })).toHaveText(
    '2 rader sparades för Kvartal 3 2024.',
  );
  await page.reload();
  await expect(page.getByLabel('Utfall Kvartal 3 2024 för Jobbcentrum, kronor')).toHaveValue(
    sv('612 345'),
  );
  await expect(kvot(page, 'jobbcentrum')).toHaveText(sv('79 %'));
  await expect(page.getByLabel('Beräknat belopp för Bryggan')).toBeChecked();
  await page.context().close();
});

// One page per test: axe on a busy 2-core machine takes seconds per page.
const PAGES: { path: string; heading: string; check?: (page: Page) => Promise<void> }[] = [
  { path: '/ekonomi', heading: 'Ekonomi' },
  {
    path: '/ekonomi/utfall?period=2024H1',
    heading: 'Utfall Kvartal 1–2 2024',
    // Seed 2024-10 Tabell 4: Jobbcentrum 955 / 1 326 → 72 %.
    check: (page) => expect(kvot(page, 'jobbcentrum')).toHaveText(sv('72 %')),
  },
  {
    path: '/ekonomi/plan',
    heading: 'Ekonomisk plan',
    // The paper's kvarvarande beslutsutrymme for 2028 (2024-10): 14 260.
    check: (page) => expect(page.getByTestId('kvarvarande-prel-2028')).toHaveText(sv('14 260')),
  },
  {
    path: '/ekonomi/medlemsavgifter?year=2022',
    heading: 'Medlemsavgifter 2022',
    check: (page) =>
      expect(page.getByRole('table', { name: 'Medlemsavgifter 2022' })).toBeVisible(),
  },
  { path: '/register', heading: 'Insatsregister' },
  { path: '/register/ny', heading: 'Ny insats' },
];

for (const width of [1280, 390]) {
  for (const { path, heading, check } of PAGES) {
    test(`${heading} (${path}) has no axe violations at ${width} px`, async ({ browser }) => {
      const page = await officePage(browser, width);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('status').filter({ hasText: 'Hämtar' })).toHaveCount(0);
      await check?.(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `office${path.replace(/[/?=]/g, '-')}`);
      await page.context().close();
    });
  }
}
