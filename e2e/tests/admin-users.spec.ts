import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage, rowTexts } from './helpers.ts';

test('the admin creates a new insatsansvarig with an intervention and sees it in the list', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'admin@demo.se', /\/administration$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  const table = page.getByRole('table', { name: 'Användarkonton' });
  await expect(table.getByRole('rowheader', { name: 'Adam Admin', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // A fresh e-mail per run, so the test also passes against a database it has run on before.
  const email = `ny.ansvarig.${Date.now()}@demo.se`;
  const form = page.getByRole('form', { name: 'Skapa konto' });
  await form.getByLabel('Namn').fill('Nora Nyansvarig');
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Roll').selectOption({ label: 'Insatsansvarig' });
  await form.getByLabel('Lösenord', { exact: false }).fill('ett-langt-losenord-2024');
  const interventions = form.getByRole('group', {
    name: /^Insatser som kontot är insatsansvarig för/,
  });
  await interventions
    .getByRole('checkbox', { name: 'En väg in - steget vidare', exact: true })
    .check();
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Skapa konto' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'skapades' })).toHaveText(
    'Kontot för Nora Nyansvarig (insatsansvarig) skapades.',
  );
  await expect
    .poll(() => rowTexts(table, 'Nora Nyansvarig'))
    .toEqual([
      'Nora Nyansvarig',
      email,
      'Insatsansvarig',
      'Ja',
      'En väg in - steget vidare',
      'Ändra Nora Nyansvarig',
    ]);
  await expectNoAxeViolations(page);

  // The edit form of the new account, opened from its row, is accessible too.
  await table.getByRole('button', { name: 'Ändra Nora Nyansvarig' }).click();
  await expect(page.getByRole('heading', { name: 'Ändra konto: Nora Nyansvarig' })).toBeFocused();
  await expect(page.getByLabel('Aktivt konto', { exact: false })).toBeChecked();
  const edit = page.getByRole('form', { name: 'Ändra konto: Nora Nyansvarig' });
  await expect(
    edit.getByRole('checkbox', { name: 'En väg in - steget vidare', exact: true }),
  ).toBeChecked();
  await expectNoAxeViolations(page);
});
