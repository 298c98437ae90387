import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn, NBSP, newPage, PASSWORD, rowTexts, sv } from './helpers.ts';

const PORT = Number(process.env.E2E_PORT ?? 3100);

interface TJourney {
  lead: string;
  key: string;
  name: string;
  /** The deviation the lead asks for (through the API) and the effect row the office must see. */
  deviation: object;
  effectRow: string;
  effect: [string, string];
}

const JOURNEYS: TJourney[] = [
  {
    lead: 'knivsta@demo.se',
    key: 'en-vag-in-steget-vidare',
    name: 'En väg in - steget vidare',
    deviation: {
      kind: 'PERIOD_EXTENDED',
      description: 'Insatsen förlängs ett halvår för att deltagarna ska hinna avslutas.',
      effect: { newEndDate: '2025-06-30' },
    },
    effectRow: 'Insatsperiod',
    effect: ['1 januari 2022 – 31 december 2024', '1 januari 2022 – 30 juni 2025'],
  },
  {
    lead: 'lokus@demo.se',
    key: 'lokussamordnare-uppsala',
    name: 'Lokussamordnare Uppsala',
    deviation: {
      kind: 'BUDGET_CARRY_OVER',
      description: 'Outnyttjade medel från 2023 förs över till 2024.',
      effect: { amountKronor: 20_000, fromYear: 2023, toYear: 2024 },
    },
    effectRow: 'Justerad budget 2024',
    effect: [`${sv('360 000')}${NBSP}kr`, `${sv('380 000')}${NBSP}kr`],
  },
];

/** The lead fills Q3 2024 from Q2's answers, first with explanations missing, then corrected. */
async function leadSubmits(page: Page, journey: TJourney) {
  const label = `${journey.name}, kvartal 3 2024`;
  await page.goto('/mina-insatser');
  await page.getByRole('button', { name: `Börja rapporten för ${label}` }).click();
  await expect(page).toHaveURL(/\/mina-insatser\/rapporter\//);
  await page.getByRole('button', { name: 'Fyll i med svaren från 2024 kvartal 2' }).click();
  await page
    .getByRole('group', { name: 'Ordrepresentation i styrgrupp' })
    .getByRole('radio', { name: 'Nej' })
    .check();
  await page.getByRole('button', { name: 'Granska och skicka' }).click();
  // Invalid: every "Nej" in kvalitetssäkring needs its explanation. Each link of the summary
  // leads to its field, where the lead types the explanation.
  const links = page.getByRole('link', { name: /^Förklara svaret "Nej"/ });
  await expect(links.first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The summary updates as each is fixed, so its targets are read first; the first is reached
  // through its link, the rest through their fields.
  const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  await links.first().click();
  for (const [index, target] of targets.entries()) {
    if (index > 0) await page.locator(target).click();
    await expect(page.locator(target)).toBeFocused();
    await page.keyboard.type('En ordinarie ledamot var frånvarande vid ett möte.');
  }
  await page.getByRole('button', { name: 'Granska och skicka' }).click();
  await expect(page.getByRole('heading', { name: 'Granska och skicka', level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Skicka in rapporten' }).click();
  await expect(page.getByRole('heading', { name: 'Rapporten är inskickad' })).toBeVisible();
}

async function officeReturns(page: Page, journey: TJourney, comment: string) {
  await page.goto('/granskning');
  await page.getByRole('button', { name: `Granska ${journey.name}, kvartal 3 2024` }).click();
  const panel = page.getByRole('region', { name: `Granska: ${journey.name}, kvartal 3 2024` });
  await expect(
    panel.getByRole('cell', { name: 'En ordinarie ledamot var frånvarande vid ett möte.' }).first(),
  ).toBeVisible();
  await panel.getByLabel('Kommentar till insatsen').fill(comment);
  await panel.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'skickades tillbaka' })).toContainText(
    comment,
  );
}

async function leadResubmits(page: Page, journey: TJourney, comment: string) {
  const label = `${journey.name}, kvartal 3 2024`;
  await page.goto('/mina-insatser');
  await expect(page.getByText(`Kansliets kommentar: ${comment}`)).toBeVisible();
  await page.getByRole('link', { name: `Komplettera rapporten för ${label}` }).click();
  await expect(
    page.getByRole('heading', { name: 'Kansliet har skickat tillbaka rapporten' }),
  ).toBeVisible();
  await page
    .getByLabel('Sammanfattning från styrgruppen (frivillig)')
    .fill('Styrgruppen bedömer att målen nås.');
  await page.getByRole('button', { name: 'Granska och skicka' }).click();
  await page.getByRole('button', { name: 'Skicka in rapporten' }).click();
  await expect(page.getByRole('heading', { name: 'Rapporten är inskickad' })).toBeVisible();
}

async function officeApprovesAndDecides(page: Page, journey: TJourney) {
  await page.goto('/granskning');
  await page.getByRole('button', { name: `Granska ${journey.name}, kvartal 3 2024` }).click();
  await expect(page.getByText('Styrgruppen bedömer att målen nås.')).toBeVisible();
  await page.getByRole('button', { name: 'Godkänn rapporten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'godkändes' })).toHaveText(
    `${journey.name}, kvartal 3 2024 godkändes.`,
  );
  const card = page.getByRole('article', { name: new RegExp(`^${journey.name}: `) });
  expect(await rowTexts(card.getByRole('table'), journey.effectRow)).toEqual([
    journey.effectRow,
    ...journey.effect,
  ]);
  await card.getByRole('radio', { name: 'Bevilja' }).check();
  await card.getByRole('button', { name: 'Besluta' }).click();
  const applied = page.getByRole('table', {
    name: new RegExp(`Genomförd effekt: ${journey.name}`),
  });
  expect(await rowTexts(applied, journey.effectRow)).toEqual([
    journey.effectRow,
    ...journey.effect,
  ]);
}

async function as(browser: Browser, email: string, path: RegExp = /\/oversikt/) {
  const page = await newPage(browser);
  await logIn(page, email, path);
  return page;
}

for (const journey of JOURNEYS) {
  test(`lead → office → lead → office: ${journey.name}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const comment = `Beskriv hur ${journey.name} följer upp frånvaron i styrgruppen.`;
    const lead = await as(browser, journey.lead);
    await leadSubmits(lead, journey);

    // The lead's deviation goes in through the API (the deviation form is the lead's screen).
    const api = await request.newContext({ baseURL: `http://localhost:${PORT}` });
    const login = await api.post('/api/auth/login', {
      data: { email: journey.lead, password: PASSWORD },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const list = await (await api.get('/api/interventions')).json();
    const id = list.interventions.find((row: { key: string }) => row.key === journey.key).id;
    const created = await api.post(`/api/interventions/${id}/deviations`, {
      data: journey.deviation,
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(created.status()).toBe(201);

    const office = await as(browser, 'kansli@demo.se');
    await officeReturns(office, journey, comment);
    await leadResubmits(lead, journey, comment);
    await officeApprovesAndDecides(office, journey);
    await expectNoAxeViolations(office);
  });
}
