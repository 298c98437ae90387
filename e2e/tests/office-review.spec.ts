import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  logIn,
  NBSP,
  newPage,
  PASSWORD,
  rowTexts,
  screenshot,
  sv,
} from './helpers.ts';

/** An amount in kronor as the app prints it: U+00A0 between digit groups and before "kr". */
const kr = (digits: string) => `${sv(digits)}${NBSP}kr`;

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;

/** Every 2024 question answered (as En väg in – steget vidare answered 2024 Q2 in the PM). */
const COMPLETE_2024 = {
  goalPhase: { value: 'Ja' },
  goalForecast: { value: 'Ja' },
  vacanciesFunded: { value: 'Nej' },
  vacanciesCoFinanced: { value: 'Nej' },
  budgetDeviations: { value: 'Nej' },
  steeringMeetings: { value: 'Ja' },
  regularRepresentation: { value: 'Ja' },
  followUpPerAgreement: { value: 'Ja' },
  methodChecked: { value: 'Ja' },
  targetGroupChecked: { value: 'Ja' },
  equality: { value: 'Ja' },
  implementationDiscussed: { value: 'Ja' },
  targetGroupOrMethodDeviation: { value: 'Nej' },
};

/** A signed-in API client: the lead's steps are seeded through the API, as the lead's own screens would send them. */
async function apiAs(email: string) {
  const api = await request.newContext({ baseURL: BASE });
  const login = await api.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const call = async (method: 'post' | 'patch', url: string, data: object, status = 200) => {
    const response = await api[method](url, { data, headers });
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(status);
    return response.json();
  };
  return { api, call };
}

async function interventionIdOf(api: APIRequestContext, key: string): Promise<string> {
  const body = await (await api.get('/api/interventions')).json();
  return body.interventions.find((row: { key: string }) => row.key === key).id;
}

/** Creates, fills and submits a 2024 report; returns its id. */
async function submitReport(
  client: Awaited<ReturnType<typeof apiAs>>,
  interventionId: string,
  quarter: number,
) {
  const draft = await client.call(
    'post',
    `/api/interventions/${interventionId}/reports`,
    { year: 2024, quarter },
    201,
  );
  const saved = await client.call('patch', `/api/reports/${draft.id}`, {
    version: draft.version,
    answers: COMPLETE_2024,
  });
  await client.call('post', `/api/reports/${draft.id}/submit`, { version: saved.version });
  return draft.id as string;
}

async function axeAt(page: Page, widths: number[], name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
    await screenshot(page, name);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the office approves, returns and decides a deviation with its effect; history, rate and audit log show it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The lead's side (En väg in – steget vidare, an individinsats) through the API; the
  // strukturinsats Lokussamordnare Uppsala has no lead account, so the office reports for it.
  const lead = await apiAs('knivsta@demo.se');
  const office = await apiAs('kansli@demo.se');
  const knivsta = await interventionIdOf(office.api, 'en-vag-in-steget-vidare');
  const lokus = await interventionIdOf(office.api, 'lokussamordnare-uppsala');
  await submitReport(lead, knivsta, 1);
  const knivstaQ4 = await submitReport(lead, knivsta, 4);
  await submitReport(office, lokus, 1);
  await lead.call(
    'post',
    `/api/interventions/${knivsta}/deviations`,
    {
      kind: 'BUDGET_CARRY_OVER',
      description: 'Outnyttjade medel från 2023 på grund av vakans förs över till 2024.',
      effect: { amountKronor: 50_000, fromYear: 2023, toYear: 2024 },
    },
    201,
  );

  const page = await newPage(browser);
  await logIn(page, 'kansli@demo.se');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Granskning' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Granskning');
  const submitted = page.getByRole('table', { name: 'Rapporter som väntar på granskning' });
  await expect(submitted.getByRole('rowheader', { name: 'En väg in - steget vidare' })).toHaveCount(
    2,
  );
  await expect(submitted.getByRole('rowheader', { name: 'Lokussamordnare Uppsala' })).toHaveCount(
    1,
  );
  // The deviation's preview: nothing applied yet.
  const deviation = page.getByRole('article', { name: /En väg in - steget vidare: Överföring/ });
  const preview = deviation.getByRole('table', { name: /Effekt om avvikelsen beviljas/ });
  expect(await rowTexts(preview, 'Justerad budget 2024')).toEqual([
    'Justerad budget 2024',
    kr('1 695 000'),
    kr('1 745 000'),
  ]);
  await axeAt(page, [1280, 390], 'granskning');

  // Return Q4 with a comment: first without one, which is refused beside the field.
  await page
    .getByRole('button', { name: /Granska En väg in - steget vidare, kvartal 4 2024/i })
    .click();
  const panel = page.getByRole('region', {
    name: /Granska: En väg in - steget vidare, kvartal 4 2024/i,
  });
  await expect(panel.getByRole('heading', { level: 3 })).toBeFocused();
  await panel.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(
    panel.getByText('Skriv en kommentar om vad insatsen behöver komplettera.'),
  ).toBeVisible();
  await panel
    .getByLabel('Kommentar till insatsen')
    .fill('Beskriv styrgruppens prognos för målet om arbete.');
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'skickades tillbaka' })).toContainText(
    'Beskriv styrgruppens prognos för målet om arbete.',
  );

  // Approve the individinsats's Q1 and the strukturinsats's Q1 at once.
  await submitted
    .getByRole('checkbox', { name: /Välj En väg in - steget vidare, kvartal 1 2024/i })
    .check();
  await submitted
    .getByRole('checkbox', { name: /Välj Lokussamordnare Uppsala, kvartal 1 2024/i })
    .check();
  await page.getByRole('button', { name: 'Godkänn markerade (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'godkändes' })).toHaveText(
    '2 rapporter godkändes.',
  );
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Inga kvartalsrapporter väntar' }),
  ).toBeVisible();

  // Decide the deviation: approved; its effect stays shown, now as applied.
  await deviation.getByRole('radio', { name: 'Bevilja' }).check();
  await deviation.getByLabel('Skäl').fill('Vakansen är styrkt i kvartalsrapporten.');
  await deviation.getByRole('button', { name: 'Besluta' }).click();
  const decided = page.getByRole('article', { name: /En väg in - steget vidare: Överföring/ });
  await expect(decided.getByText('Beviljad', { exact: true })).toBeVisible();
  const applied = decided.getByRole('table', { name: /Genomförd effekt/ });
  expect(await rowTexts(applied, 'Justerad budget 2024')).toEqual([
    'Justerad budget 2024',
    kr('1 695 000'),
    kr('1 745 000'),
  ]);
  await axeAt(page, [1280, 390], 'granskning-beslutad');

  // The lead completes and resubmits the returned report; the office approves it on its own.
  const returned = await (await lead.api.get(`/api/reports/${knivstaQ4}`)).json();
  expect(returned.officeComment).toBe('Beskriv styrgruppens prognos för målet om arbete.');
  const corrected = await lead.call('patch', `/api/reports/${knivstaQ4}`, {
    version: returned.version,
    answers: { goalForecast: { value: 'Ja', text: 'Målet om arbete nås under hösten.' } },
  });
  await lead.call('post', `/api/reports/${knivstaQ4}/submit`, { version: corrected.version });
  await page.reload();
  await page
    .getByRole('button', { name: /Granska En väg in - steget vidare, kvartal 4 2024/i })
    .click();
  await page.getByRole('button', { name: 'Godkänn rapporten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'godkändes' })).toHaveText(
    'En väg in - steget vidare, kvartal 4 2024 godkändes.',
  );

  // The intervention's history: reopen the approved Q4 with a reason; every step is listed.
  await page.goto(`/granskning/historik/${knivsta}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Historik: En väg in - steget vidare',
  );
  await page.getByRole('button', { name: /Öppna kvartal 4 2024 igen/i }).click();
  await page.getByRole('button', { name: 'Öppna rapporten igen' }).click();
  await expect(page.getByText('Skriv varför rapporten öppnas igen.')).toBeVisible();
  await page.getByLabel('Skäl').fill('Deltagarantalet i december ska rättas.');
  await page.getByRole('button', { name: 'Öppna rapporten igen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'öppnad igen' })).toBeVisible();
  const events = page.getByRole('table', { name: /Händelser för En väg in/ });
  await expect(events.getByRole('cell', { name: 'Öppnad igen' })).toBeVisible();
  await expect(
    events.getByRole('cell', { name: 'Deltagarantalet i december ska rättas.' }),
  ).toBeVisible();
  await expect(
    events.getByRole('cell', { name: 'Beskriv styrgruppens prognos för målet om arbete.' }),
  ).toBeVisible();
  await axeAt(page, [1280, 390], 'historik');

  // Reporting rate 2024: Q2 as in the PM, twelve expected and in.
  await page.goto('/rapporteringsgrad?ar=2024');
  const rate = page.getByRole('table', { name: /Rapporteringsgrad per kvartal 2024/ });
  const q2 = await rowTexts(rate, 'Kvartal 2 2024');
  expect(q2.slice(0, 8)).toEqual([
    'Kvartal 2 2024',
    '31 juli 2024',
    '12',
    '12',
    '12',
    '0',
    '0',
    '0',
  ]);
  await axeAt(page, [1280, 390], 'rapporteringsgrad');

  // The audit log finds the reopening by its text, with before and after.
  await page.goto('/andringslogg');
  await page.getByLabel('Fritext').fill('december ska rättas');
  await page.getByLabel('Vem (e-postadress)').fill('kansli');
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ändring' })).toHaveText(
    '1 ändring. Sida 1 av 1.',
  );
  await expect(page.getByRole('cell', { name: 'Öppnad igen' })).toBeVisible();
  await axeAt(page, [1280, 390], 'andringslogg');
});
