import { expect, test } from '@playwright/test';
import { logIn, newPage } from './helpers.ts';

test('keyboard: the skip link comes first, tables sort and charts switch to tables without a mouse', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'styrelse@demo.se');
  await page.goto('/oversikt?period=2024H1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Överblick');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  // Sorting Tabell 4 by förbrukningskvot with Enter on the header's button.
  const money = page.getByRole('table', { name: 'Utfall och budget per insats, Kvartal 1–2 2024' });
  const ratioHeader = money.getByRole('columnheader', { name: 'Förbrukningskvot' });
  await ratioHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(ratioHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(money.getByRole('rowheader').first()).toHaveText('Jobbcentrum');

  // A chart's figures: "Visa som tabell" by keyboard, and back.
  const kinds = page.getByRole('region', {
    name: 'Insatser per typ och målstatus, Kvartal 1–2 2024',
  });
  await expect(
    kinds.getByRole('img', { name: /^Staplat stapeldiagram: antal insatser per typ/ }),
  ).toBeVisible();
  await kinds.getByRole('button', { name: 'Visa som tabell' }).focus();
  await page.keyboard.press('Enter');
  await expect(kinds.getByRole('table')).toBeVisible();
  await expect(kinds.getByRole('rowheader', { name: 'Individinsatser' })).toBeVisible();
  await expect(kinds.getByRole('button', { name: 'Visa som diagram' })).toBeFocused();
});
