import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rowTexts, logIn, newPage } from './helpers.ts';

test('a wrong password shows the Swedish error and keeps the visitor on the login page', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill('styrelse@demo.se');
  await page.getByLabel('Lösenord').fill('fel-losenord');
  await page.getByRole('button', { name: 'Logga in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Fel e-postadress eller lösenord');
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/logga-in$/);
  await expectNoAxeViolations(page);
});

test('an empty form is checked in the browser with the shared Swedish messages', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Ange din e-postadress.')).toBeVisible();
  await expect(page.getByText('Ange ditt lösenord.')).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a lead sees their own menu and their intervention; logging out ends the session', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'knivsta@demo.se');
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu.getByRole('link')).toHaveText([
    'Överblick',
    'Kommuner',
    'Insatser',
    'PM',
    'Mina insatser',
  ]);
  await menu.getByRole('link', { name: 'Mina insatser' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina insatser');
  const table = page.getByRole('table', { name: 'Mina insatser' });
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'En väg in - steget vidare' })).toBeVisible();
  await expectNoAxeViolations(page);

  // On Överblick the lead sees the förbund's totals, but participant rows of their own only.
  await page.goto('/oversikt?period=2024H1');
  const participants = page.getByRole('table', {
    name: 'Deltagare i individinsatserna, Kvartal 1–2 2024',
  });
  await expect(
    participants.getByRole('rowheader', { name: 'En väg in - steget vidare' }),
  ).toBeVisible();
  await expect(participants.getByRole('rowheader', { name: 'Jobbcentrum' })).toHaveCount(0);
  expect((await rowTexts(participants, 'Totalt')).slice(2, 5)).toEqual(['173', '89', '262']);
  await expect(
    page.getByText('7 insatser som du inte är insatsansvarig för visas bara i totalen.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByText('Du är utloggad.')).toBeVisible();
  await page.goto('/mina-insatser');
  await expect(page).toHaveURL(/\/logga-in\?till=/);
});
