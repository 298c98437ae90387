import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newPage } from './helpers.ts';

test('the built web app is served in Swedish and sends a visitor without a session to the login page', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await page.goto('/oversikt?period=2024H1');
  await expect(page).toHaveURL(/\/logga-in\?till=%2Foversikt%3Fperiod%3D2024H1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  expect(await page.getAttribute('html', 'lang')).toBe('sv');
  await expect(page).toHaveTitle('Logga in – Finsam Uppföljning');
  await expectNoAxeViolations(page);
});
