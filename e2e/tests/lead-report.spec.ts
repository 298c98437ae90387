import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage } from './helpers.ts';

// The intervention lead's kvartalsrapport in a real browser against the seeded database: an
// individinsats filled in with the mouse, with an invalid submit corrected, and a strukturinsats
// completed with the keyboard only ("–" on kontroll av målgrupp). axe on every new page.

/** Presses Tab until `target` has focus (keyboard only: no click, no focus() call). */
async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Target never got focus by Tab.');
}

const group = (page: Page | Locator, name: string) =>
  page.getByRole('group', { name, exact: true });

test('lead of an individinsats: Att göra, an invalid submit corrected, review and receipt', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'knivsta@demo.se', /\/mina-insatser|\/oversikt/);
  await page.goto('/mina-insatser');
  await expect(page.getByRole('heading', { name: 'Att göra' })).toBeVisible();
  // En väg in – steget vidare runs 2022-01-01 – 2024-12-31: its Q4 2024 report is the slutrapport.
  await expect(
    page.getByText(
      /En väg in - steget vidare, kvartal 4 2024 \(slutrapport\) – Försenad\. Sista dag 31 januari 2025\./,
    ),
  ).toBeVisible();

  await page
    .getByRole('button', { name: 'Börja rapporten för En väg in - steget vidare, kvartal 1 2024' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kvartalsrapport kvartal 1 2024 – En väg in - steget vidare',
  );
  const form = page.getByRole('form', { name: 'Kvartalsrapport' });
  await form.getByRole('button', { name: 'Granska och skicka' }).click();
  // Eleven questions, and phase and forecast once per goal of the register.
  await expect(
    page.getByText(/Rapporten kan inte skickas in ännu\. Rätta de \d+ felen:/),
  ).toBeVisible();
  await expect(form.getByRole('group', { name: 'Mål 1', exact: true })).toBeVisible();
  for (const name of [
    'Insatsen ligger i fas gällande uppsatta mål',
    'Styrgruppens prognos för måluppfyllelse',
  ]) {
    for (const perGoal of await group(form, name).all()) {
      await perGoal.getByLabel('Ja', { exact: true }).check();
    }
  }

  for (const name of [
    'Ordrepresentation i styrgrupp',
    'Uppföljning enl. avtal',
    'Kontroll metod',
    'Kontroll målgrupp',
    'Jämlikhet/jämställdhet',
    'Förutsättning för implementering har diskuterats',
  ]) {
    await group(form, name).getByLabel('Ja', { exact: true }).check();
  }
  for (const name of [
    'Vakanser SOF-medel',
    'Vakanser egenfinansierade resurser',
    'Inkomna avvikelser gällande budget',
    'Styrgruppsmöten enl. ök',
    'Avvikelse målgrupp/metod',
  ]) {
    await group(form, name).getByLabel('Nej', { exact: true }).check();
  }
  await form.getByRole('button', { name: 'Granska och skicka' }).click();
  await expect(page.getByText('Rapporten kan inte skickas in ännu. Rätta felet:')).toBeVisible();
  await page
    .getByRole('link', { name: 'Förklara svaret "Nej" på frågan "Styrgruppsmöten enl. ök".' })
    .click();
  await page
    .getByLabel('Förklaring (krävs för svaret ”Nej”)')
    .fill('Mötet i mars ställdes in; nästa hölls i april.');
  await expect(page.getByText(/Utkastet är sparat/)).toBeVisible();
  await form.getByRole('button', { name: 'Granska och skicka' }).click();

  await expect(page.getByRole('heading', { name: 'Granska och skicka' })).toBeVisible();
  const quality = page.getByRole('table', { name: 'Kvalitetssäkring' });
  await expect(quality.getByRole('row', { name: /Styrgruppsmöten enl\. ök/ })).toContainText(
    'Mötet i mars ställdes in; nästa hölls i april.',
  );
  await page.getByRole('button', { name: 'Skicka in rapporten' }).click();
  await expect(page.getByRole('heading', { name: 'Rapporten är inskickad' })).toBeVisible();
  await expect(
    page.getByText(/Kvittens: En väg in - steget vidare, kvartal 1 2024, inskickad/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/mina-insatser');
  await page.getByText('Inskickade och godkända rapporter', { exact: false }).click();
  await expect(
    page.getByRole('link', { name: 'En väg in - steget vidare, kvartal 1 2024' }),
  ).toBeVisible();
});

test('lead of a strukturinsats completes a report with the keyboard only, answering "–"', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'lokus@demo.se', /\/mina-insatser|\/oversikt/);
  await page.goto('/mina-insatser');
  const start = page.getByRole('button', {
    name: 'Börja rapporten för Lokussamordnare Uppsala, kvartal 3 2024',
  });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Kvartalsrapport' });
  await expect(form).toBeVisible();

  // Last quarter's answers (2024 Q2 as the PM prints Lokussamordnare Uppsala) as the start.
  await tabTo(page, form.getByRole('button', { name: 'Fyll i med svaren från 2024 kvartal 2' }));
  await page.keyboard.press('Enter');
  const target = group(form, 'Kontroll målgrupp');
  await expect(target.getByLabel('Ja', { exact: true })).toBeChecked();
  await tabTo(page, target.getByLabel('Ja', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(target.getByLabel('– (ej tillämpligt)')).toBeChecked();

  // 2024 Q2 answered "Nej" on two quality questions without the explanation a submit needs.
  await tabTo(page, form.getByRole('button', { name: 'Granska och skicka' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Rapporten kan inte skickas in ännu. Rätta de 2 felen:'),
  ).toBeVisible();
  const representation = form.locator('#answer-regularRepresentation-text');
  await expect(representation).toBeFocused();
  await page.keyboard.type('Arbetsförmedlingen deltog inte i ett av mötena.');
  await tabTo(page, form.locator('#answer-implementationDiscussed-text'));
  await page.keyboard.type('Tas upp på styrgruppens möte i november.');
  await tabTo(page, form.getByRole('button', { name: 'Granska och skicka' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Granska och skicka' })).toBeFocused();
  await expect(
    page
      .getByRole('table', { name: 'Kvalitetssäkring' })
      .getByRole('row', { name: /Kontroll målgrupp/ }),
  ).toContainText('–');
  await tabTo(page, page.getByRole('button', { name: 'Skicka in rapporten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Rapporten är inskickad' })).toBeVisible();
});

for (const [width, quarter] of [
  [1280, 'kvartal 3 2023'],
  [390, 'kvartal 2 2023'],
] as const) {
  test(`Att göra and Avvikelser have no axe violations at ${width} px`, async ({ browser }) => {
    const page = await newPage(browser, width);
    await logIn(page, 'knivsta@demo.se', /\/mina-insatser|\/oversikt/);
    await page.goto('/mina-insatser');
    await expect(page.getByRole('heading', { name: 'Att göra' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Avvikelser för En väg in - steget vidare' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Avvikelser – En väg in - steget vidare',
    );
    await expectNoAxeViolations(page);
  });

  test(`the report form with its errors has no axe violations at ${width} px`, async ({
    browser,
  }) => {
    const page = await newPage(browser, width);
    await logIn(page, 'knivsta@demo.se', /\/mina-insatser|\/oversikt/);
    await page.goto('/mina-insatser');
    await page
      .getByRole('button', { name: `Börja rapporten för En väg in - steget vidare, ${quarter}` })
      .click();
    const form = page.getByRole('form', { name: 'Kvartalsrapport' });
    await form.getByRole('button', { name: 'Granska och skicka' }).click();
    // 2023 uses the 2022 question set (the newest set up to that year): 14 questions.
    await expect(page.getByText(/Frågor från 2022/)).toBeVisible();
    // Eleven questions and the two goal questions once per goal of the register.
    await expect(page.getByText(/Rätta de \d+ felen/)).toBeVisible();
    await expect(page.getByRole('table', { name: `Deltagare per kön, ${quarter}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // "Granska och skicka": every question answered "Ja", the deviation question "Nej".
    for (const question of await form
      .locator('fieldset')
      .filter({ has: page.getByRole('radio', { name: 'Ja', exact: true }) })
      .all()) {
      await question.getByRole('radio', { name: 'Ja', exact: true }).check();
    }
    for (const deviation of await form.getByRole('group', { name: /^Avvikelse/ }).all()) {
      await deviation.getByRole('radio', { name: 'Nej', exact: true }).check();
    }
    await form.getByRole('button', { name: 'Granska och skicka' }).click();
    await expect(page.getByRole('heading', { name: 'Granska och skicka' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kvalitetssäkring' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a deviation by kind: budget moved between cost lines with the total unchanged, then its status', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, 'knivsta@demo.se', /\/mina-insatser|\/oversikt/);
  await page.goto('/mina-insatser');
  await page.getByRole('link', { name: 'Avvikelser för En väg in - steget vidare' }).click();
  const form = page.getByRole('form', { name: 'Ny avvikelse' });
  await form.getByLabel('Vad gäller avvikelsen?').selectOption('BUDGET_CHANGE');
  await form.getByRole('button', { name: 'Skicka avvikelsen' }).click();
  await expect(form.getByText('Beskriv avvikelsen och varför den behövs.')).toBeVisible();
  await form.getByLabel('År').fill('2024');
  await form.getByLabel('Belopp (kr)').fill('40000');
  await form.getByLabel(/Från kostnadspost/).fill('Lönekostnader');
  await form.getByLabel(/Till kostnadspost/).fill('Lokaler');
  await form
    .getByLabel('Beskriv avvikelsen och varför den behövs')
    .fill('Vakans sedan april: lönemedel till lokaler.');
  await form.getByRole('button', { name: 'Skicka avvikelsen' }).click();
  await expect(
    page.getByText('Avvikelsen ”Ändrad budget” är inskickad. Kansliet granskar den.'),
  ).toBeVisible();
  const history = page.getByRole('region', { name: 'Inskickade avvikelser' }).or(
    page.locator('section', {
      has: page.getByRole('heading', { name: 'Inskickade avvikelser' }),
    }),
  );
  await expect(history.getByText(/Lönekostnader −40\s000\skr, Lokaler 40\s000\skr/)).toBeVisible();
  await expectNoAxeViolations(page);
});
