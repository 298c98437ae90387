import { expect, test, type Browser, type Page } from '@playwright/test';
import { logIn, newPage, PASSWORD } from './helpers.ts';

/**
 * Ends the session of `page` on the server, as a timeout or a logout in another tab does: a second
 * tab with the same cookies clicks "Logga ut". The first tab still shows the app.
 */
async function endSessionElsewhere(browser: Browser, page: Page): Promise<void> {
  const other = await newPage(browser);
  await other.context().addCookies(await page.context().cookies());
  await other.goto('/kommuner?period=2024H1');
  await other.getByRole('button', { name: 'Logga ut' }).click();
  await expect(other.getByText('Du är utloggad.')).toBeVisible();
  await other.context().close();
}

test('an expired session leads to the login page with a notice and back to the page asked for', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'styrelse@demo.se');
  await page.goto('/kommuner?period=2024H1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');
  await endSessionElsewhere(browser, page);

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Insatser' })
    .click();
  await expect(page).toHaveURL(/\/logga-in\?till=%2Finsatser%3Fperiod%3D2024H1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  await expect(
    page.getByText(
      'Din session har gått ut. Logga in igen så kommer du tillbaka till sidan du var på.',
    ),
  ).toBeVisible();
  await expect(page.getByText('Du behöver logga in igen')).toHaveCount(0);

  await page.getByLabel('E-postadress').fill('styrelse@demo.se');
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/insatser\?period=2024H1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insatser');
});

test('"Logga ut" on an expired session ends on the login form instead of returning to the app', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'kansli@demo.se');
  await page.goto('/kommuner?period=2024H1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');
  await endSessionElsewhere(browser, page);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
  await expect(page.getByText('Du är utloggad.')).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toBeVisible();
  // Reloading keeps the reader on the login page: nothing believes in the dead session.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  await expect(page).toHaveURL(/\/logga-in$/);
});
