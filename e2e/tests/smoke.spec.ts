import { expect, test } from '@playwright/test';

test('the built web app is served at / in Swedish', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finsam Uppföljning');
  expect(await page.getAttribute('html', 'lang')).toBe('sv');
});
