import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage, PASSWORD, screenshot } from './helpers.ts';

// The lead and the office each see their notices (Notiser) behind the bell in the header, mark
// them read and follow the link; the office reads what was sent (Utskick). The app runs without
// SMTP_URL, so every e-mail stays in the outbox. The events are made through the API (the
// deviation screens are another issue's); what is checked here is what the users see.

/**
 * Signs in through the API: the session cookie lands in the page's context, so the page is signed
 * in too (the login form has its own tests; this keeps each test to the pages it is about).
 */
async function signIn(page: Page, email: string): Promise<string> {
  const response = await page.request.post('/api/auth/login', {
    data: { email, password: PASSWORD },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()).csrfToken as string;
}

/** A write through the API as the signed-in user of `page` (its cookie, its CSRF token). */
async function apiPost(page: Page, csrfToken: string, url: string, data: object) {
  const response = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, data });
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Knivsta's lead signs in and reports a deviation (avvikelse) through the API. */
async function leadReportsDeviation(page: Page) {
  const csrf = await signIn(page, 'knivsta@demo.se');
  const { interventions } = await (await page.request.get('/api/interventions')).json();
  const knivsta = interventions.find((i: { key: string }) => i.key === 'en-vag-in-steget-vidare');
  const deviation = await apiPost(page, csrf, `/api/interventions/${knivsta.id}/deviations`, {
    kind: 'GOAL_CHANGED',
    description: 'Effektmålet omformuleras till 40 % till arbete eller studier.',
  });
  return { interventionId: knivsta.id as string, deviation };
}

test('a new deviation tells the office: the bell, Notiser with its link, and Utskick', async ({
  browser,
}) => {
  const { interventionId, deviation } = await leadReportsDeviation(await newPage(browser));

  const office = await newPage(browser);
  await signIn(office, 'kansli@demo.se');
  await office.goto('/notiser');
  const bell = office.getByRole('link', { name: /^Notiser, \d+ olästa?$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Notiser');
  const notice = office
    .getByRole('listitem')
    .filter({ hasText: 'Ny avvikelse: En väg in - steget vidare (ändrat mål)' })
    .first();
  await expect(notice).toContainText('Beskrivning: Effektmålet omformuleras');
  await expect(notice.getByRole('link', { name: 'Öppna' })).toHaveAttribute(
    'href',
    `/insatser/${interventionId}?avvikelse=${deviation.id}`,
  );
  await expectNoAxeViolations(office);
  await screenshot(office, 'notiser-kansli');
  await notice.getByRole('button', { name: /^Markera som läst/ }).click();
  await expect(notice.getByText('Läst', { exact: true })).toBeVisible();

  // Utskick: the same message as an e-mail to the office, kept in the outbox (no SMTP server).
  await office.getByRole('link', { name: 'Utskick' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Utskick');
  await expect(office.getByText('Ingen e-postserver är inställd (SMTP_URL)')).toBeVisible();
  const row = office
    .getByRole('table', { name: 'Utskick, nyaste först' })
    .getByRole('row')
    .filter({ hasText: 'Ny avvikelse: En väg in - steget vidare (ändrat mål)' })
    .first();
  await expect(row).toContainText('kansli@demo.se');
  await expect(row).toContainText(/Köad|I utkorgen/);
  await expectNoAxeViolations(office);
  await screenshot(office, 'utskick');
});

test('a decision tells the lead: the bell, Notiser, mark all read, and the link', async ({
  browser,
}) => {
  const lead = await newPage(browser);
  const { interventionId, deviation } = await leadReportsDeviation(lead);
  const office = await newPage(browser);
  const officeCsrf = await signIn(office, 'kansli@demo.se');
  await apiPost(office, officeCsrf, `/api/deviations/${deviation.id}/decision`, {
    version: deviation.version,
    decision: 'REJECTED',
    reason: 'Målet ligger fast i ansökan.',
  });

  await lead.goto('/mina-insatser');
  await lead.getByRole('link', { name: /^Notiser, \d+ olästa?$/ }).click();
  const decided = lead
    .getByRole('listitem')
    .filter({ hasText: 'Avvikelsen avslagen: En väg in - steget vidare (ändrat mål)' })
    .first();
  await expect(decided).toContainText('Motivering: Målet ligger fast i ansökan.');
  await expectNoAxeViolations(lead);
  await screenshot(lead, 'notiser-lead');
  await lead.getByRole('button', { name: 'Markera alla som lästa' }).click();
  await expect(lead.getByText('Alla notiser är lästa.')).toBeVisible();
  await expect(lead.getByRole('link', { name: 'Notiser', exact: true })).toBeVisible();
  await decided.getByRole('link', { name: 'Öppna' }).click();
  await expect(lead).toHaveURL(new RegExp(`/insatser/${interventionId}\\?avvikelse=`));
  await expect(lead.getByRole('heading', { level: 1 })).toContainText('En väg in');
});

test('Notiser and Utskick work at 390 px, axe clean', async ({ browser }) => {
  const office = await newPage(browser, 390);
  await logIn(office, 'kansli@demo.se');
  // Clicked at once: Överblick writing its period into the URL must not cancel the navigation.
  await office.getByRole('link', { name: /^Notiser/ }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Notiser');
  await expectNoAxeViolations(office);
  await screenshot(office, 'notiser-kansli');
  await office.getByRole('link', { name: 'Utskick' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Utskick');
  await expectNoAxeViolations(office);
  await screenshot(office, 'utskick');
});
