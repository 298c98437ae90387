import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage } from './helpers.ts';

// The office's page for the kvartalsrapport's questions per year, read only here (the seed
// figures' specs share this database): the years, the newest set in the editor, axe at 1280 and
// 390 px and no sideways overflow on a phone.
for (const width of [1280, 390] as const) {
  test(`Kvartalsrapportens frågor has no axe violations at ${width} px`, async ({ browser }) => {
    const page = await newPage(browser, width);
    await logIn(page, 'kansli@demo.se', /\/oversikt|\/granskning/);
    await page.goto('/rapportfragor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kvartalsrapportens frågor');
    const years = page.getByRole('table', { name: 'År med egna frågor' });
    await expect(years.getByRole('rowheader')).toHaveText(['2019', '2022', '2024']);
    const form = page.getByRole('form', { name: 'Frågor 2024' });
    await expect(form.getByRole('group', { name: /^Fråga 1:/ })).toBeVisible();
    await expect(page.getByText(/har redan skickats in med de här frågorna/)).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Börja frågorna för 2025 från 2024' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
