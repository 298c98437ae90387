import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage, rowTexts, screenshot, sv } from './helpers.ts';

/*
 * A board member (styrelse@demo.se) opens the three dashboards for 2024 H1 and 2022 H1 on the
 * freshly seeded database, and finds the seed PMs' printed figures on screen. Where a PM prints a
 * figure that its own inputs contradict (DOMAIN.md §8), the test names the paper's line and
 * asserts the value computed from the inputs.
 */

test.describe('board member', () => {
  test('Överblick 2024 H1: the PM Tabell 4 and 6 figures, the förbund total and the beslutsutrymme', async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/oversikt?period=2024H1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Överblick');
    await expect(
      page.getByText('Samordningsförbundet Uppsala län · Kvartal 1–2 2024'),
    ).toBeVisible();

    // Delårsrapportens driftsredovisning: 9 628 / 10 329 → 93 %, outnyttjat 701.
    const keyFigures = page.getByRole('region', { name: 'Nyckeltal Kvartal 1–2 2024' });
    const ratio = keyFigures.locator('.key-figure').filter({ hasText: 'Förbrukningskvot totalt' });
    expect(await ratio.locator('.key-figure__number').textContent()).toBe(sv('93 %'));
    await expect(ratio).toContainText(
      sv('Utfall 9 628 av 10 329 TSEK mot antagen budget. Outnyttjat 701 TSEK.'),
    );
    await expect(
      keyFigures.locator('.key-figure').filter({ hasText: 'Till arbete eller studier' }),
    ).toContainText(sv('Uppfyllt59 av 127 avslutade. Mål: minst 35 %.'));

    // 2024-10 PM Tabell 4.
    const money = page.getByRole('table', {
      name: 'Utfall och budget per insats, Kvartal 1–2 2024',
    });
    expect((await rowTexts(money, 'Jobbcentrum')).slice(2, 5)).toEqual([
      sv('955'),
      sv('1 326'),
      sv('72 %Låg förbrukning'),
    ]);
    expect((await rowTexts(money, 'Plattform för individstöd')).slice(2, 5)).toEqual([
      sv('1 138'),
      sv('1 173'),
      sv('97 %I fas'),
    ]);
    expect((await rowTexts(money, 'Ung Framtid')).slice(2, 5)).toEqual([
      sv('1 993'),
      sv('2 171'),
      sv('92 %I fas'),
    ]);
    expect((await rowTexts(money, 'RegExPro')).slice(2, 5)).toEqual([
      '648',
      '673',
      sv('96 %I fas'),
    ]);
    expect((await rowTexts(money, 'Lokussamordnare Uppsala')).slice(2, 5)).toEqual([
      '199',
      '180',
      sv('110 %Hög förbrukning'),
    ]);
    expect((await rowTexts(money, 'Bryggan')).slice(2, 5)).toEqual(['871', '930', sv('94 %I fas')]);
    // Known discrepancies of 2024-10 Tabell 4 (DOMAIN.md §8): Knivsta prints budget 847 where
    // 1 695 000 / 2 shows 848; Lokussamordnare Älvkarleby prints 80 / 100 % for 80 989 kr of a
    // budget that gives ≥ 101 %.
    expect((await rowTexts(money, 'En väg in - steget vidare')).slice(2, 5)).toEqual([
      '789',
      '848',
      sv('93 %I fas'),
    ]);
    expect((await rowTexts(money, 'Lokussamordnare Älvkarleby')).slice(2, 5)).toEqual([
      '81',
      '81',
      sv('101 %I fas'),
    ]);
    const pilot = await rowTexts(money, 'Förstudie pilotprojekt');
    expect(pilot[3]).toBe('0');
    expect(pilot[5]).toContain('Beviljades medel 2024');

    // 2024-10 PM Tabell 6: totals and the distribution row.
    const participants = page.getByRole('table', {
      name: 'Deltagare i individinsatserna, Kvartal 1–2 2024',
    });
    const totals = await rowTexts(participants, 'Totalt');
    expect(totals.slice(2)).toEqual([
      '173',
      '89',
      '262',
      '50',
      '77',
      '127',
      '276',
      '394',
      '670',
      '266',
      '146',
      '412',
      '25',
      '52',
      '77',
    ]);
    const distribution = await rowTexts(participants, 'Fördelning kvinnor/män');
    expect([distribution[2], distribution[3], distribution[14], distribution[15]]).toEqual([
      sv('66 %'),
      sv('34 %'),
      sv('32 %'),
      sv('68 %'),
    ]);
    await expect(page.getByText(/Utan insatser som bara vänder sig till ett kön/)).toContainText(
      sv('47 % kvinnor och 53 % män'),
    );

    // Beslutsutrymme (Ekonomisk information per 2024-10-24), behind "Visa som tabell".
    const headroom = page.getByRole('region', { name: /^Beslutsutrymme enligt/ });
    await headroom.getByRole('button', { name: 'Visa som tabell' }).click();
    const plan = headroom.getByRole('table');
    const remaining = [];
    for (const column of [
      'Budget 2024',
      'Prognos 2024',
      'Prel 2025',
      'Prel 2026',
      'Prel 2027',
      'Prel 2028',
    ]) {
      remaining.push((await rowTexts(plan, column))[5]);
    }
    expect(remaining).toEqual([
      sv('3 401'),
      sv('4 830'),
      sv('1 331'),
      '151',
      sv('2 262'),
      sv('14 260'),
    ]);
    await headroom.getByRole('button', { name: 'Visa som diagram' }).click();

    await expectNoAxeViolations(page);
    await screenshot(page, 'oversikt-2024H1');
  });

  test('Överblick 2022 H1: Tabell 4, Tabell 6 and Tabell 8 of the 2022 PM', async ({ browser }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/oversikt?period=2024H1');
    // Choose the period with the picker, as a board member would; the URL follows.
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await expect(page).toHaveURL(/\?period=2022H1$/);
    await expect(
      page.getByText('Samordningsförbundet Uppsala län · Kvartal 1–2 2022'),
    ).toBeVisible();

    const money = page.getByRole('table', {
      name: 'Utfall och budget per insats, Kvartal 1–2 2022',
    });
    expect((await rowTexts(money, 'Jobbcentrum')).slice(2, 5)).toEqual([
      sv('1 290'),
      sv('1 338'),
      sv('96 %I fas'),
    ]);
    expect((await rowTexts(money, 'En väg in - steget vidare')).slice(2, 5)).toEqual([
      '884',
      '983',
      sv('90 %Låg förbrukning'),
    ]);
    // Budgets with 2021's unused money carried over ("har medel överf från 2021").
    expect((await rowTexts(money, 'Plattform för individstöd')).slice(2, 5)).toEqual([
      sv('1 059'),
      sv('1 130'),
      sv('94 %I fas'),
    ]);
    expect((await rowTexts(money, 'RegExPro')).slice(2, 5)).toEqual([
      '663',
      '767',
      sv('86 %Låg förbrukning'),
    ]);
    expect((await rowTexts(money, 'Digital plattform')).slice(2, 5)).toEqual([
      '342',
      '622',
      sv('55 %Låg förbrukning'),
    ]);
    expect((await rowTexts(money, 'Lokussamordnare Uppsala')).slice(2, 5)).toEqual([
      '178',
      '180',
      sv('99 %I fas'),
    ]);
    expect((await rowTexts(money, 'Arbetslivsintro')).slice(2, 5)).toEqual([
      '697',
      sv('1 688'),
      sv('41 %Låg förbrukning'),
    ]);

    const participants = page.getByRole('table', {
      name: 'Deltagare i individinsatserna, Kvartal 1–2 2022',
    });
    expect((await rowTexts(participants, 'Totalt')).slice(2, 14)).toEqual([
      '112',
      '121',
      '233',
      '41',
      '51',
      '92',
      '58',
      '66',
      '124',
      '80',
      '105',
      '185',
    ]);
    const distribution = await rowTexts(participants, 'Fördelning kvinnor/män');
    expect([distribution[2], distribution[3], distribution[11], distribution[12]]).toEqual([
      sv('48 %'),
      sv('52 %'),
      sv('43 %'),
      sv('57 %'),
    ]);

    const outcomes = page.getByRole('table', {
      name: 'Utfall för deltagare per insats, Kvartal 1–2 2022',
    });
    expect((await rowTexts(outcomes, 'Framsteget 2.0')).slice(1, 8)).toEqual([
      '25',
      '10',
      '13',
      '23',
      sv('83 %'),
      sv('100 %'),
      sv('92 %'),
    ]);
    expect((await rowTexts(outcomes, 'Totalt')).slice(1, 5)).toEqual(['92', '32', '32', '64']);
    expect((await rowTexts(outcomes, 'Totalt'))[7]).toBe(sv('70 %'));

    await expectNoAxeViolations(page);
    await screenshot(page, 'oversikt-2022H1');
  });

  test('Kommun Knivsta 2024 H1 and 2022 H1', async ({ browser }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Kommuner' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Knivsta kommun' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Knivsta kommun');
    await page.goto('/kommuner/knivsta?period=2024H1');

    const money = page.getByRole('table', { name: 'Utfall och budget, Knivsta, Kvartal 1–2 2024' });
    // DOMAIN.md §8: the 2024-10 PM prints 847 for Knivsta's half-year budget; 848 is computed.
    expect((await rowTexts(money, 'En väg in - steget vidare')).slice(2, 5)).toEqual([
      '789',
      '848',
      sv('93 %I fas'),
    ]);
    const participants = page.getByRole('table', { name: 'Deltagare, Knivsta, Kvartal 1–2 2024' });
    expect((await rowTexts(participants, 'En väg in - steget vidare')).slice(2)).toEqual([
      '13',
      '8',
      '21',
      '9',
      '11',
      '20',
      '52',
      '46',
      '98',
      '15',
      '8',
      '23',
      '4',
      '10',
      '14',
    ]);
    const trend = page.getByRole('region', { name: 'Knivsta jämfört med tidigare perioder' });
    await trend.getByRole('button', { name: 'Visa som tabell' }).click();
    expect((await rowTexts(trend.getByRole('table'), 'Kvartal 1–2 2022')).slice(1, 4)).toEqual([
      '884',
      '983',
      sv('90 %'),
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'knivsta-2024H1');

    await page.goto('/kommuner/knivsta?period=2022H1');
    const money2022 = page.getByRole('table', {
      name: 'Utfall och budget, Knivsta, Kvartal 1–2 2022',
    });
    expect((await rowTexts(money2022, 'En väg in - steget vidare')).slice(2, 5)).toEqual([
      '884',
      '983',
      sv('90 %Låg förbrukning'),
    ]);
    const participants2022 = page.getByRole('table', {
      name: 'Deltagare, Knivsta, Kvartal 1–2 2022',
    });
    expect((await rowTexts(participants2022, 'En väg in - steget vidare')).slice(2, 14)).toEqual([
      '21',
      '17',
      '38',
      '9',
      '12',
      '21',
      '9',
      '12',
      '21',
      '12',
      '5',
      '17',
    ]);
    const outcomes2022 = page.getByRole('table', {
      name: 'Utfall för deltagare per insats, Kvartal 1–2 2022',
    });
    expect((await rowTexts(outcomes2022, 'En väg in - steget vidare')).slice(2, 8)).toEqual([
      '8',
      '8',
      '16',
      sv('89 %'),
      sv('67 %'),
      sv('76 %'),
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'knivsta-2022H1');
  });

  test('Insats En väg in – steget vidare 2024 H1 and 2022 H1', async ({ browser }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/kommuner/knivsta?period=2024H1');
    await page
      .getByRole('table', { name: 'Knivstas insatser, Kvartal 1–2 2024' })
      .getByRole('link', { name: 'En väg in - steget vidare' })
      .click();
    await expect(page).toHaveURL(/\/insatser\/en-vag-in-steget-vidare\?period=2024H1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En väg in – steget vidare');
    // Focus moves to the new page's heading, so a screen reader announces it.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    const facts = page.getByRole('region', { name: 'Fakta om insatsen' });
    await expect(facts.locator('dd').first()).toHaveText('Knivsta kommun');
    await expect(facts).toContainText('1 januari 2022 – 31 december 2024');

    const goals = page.getByRole('table', {
      name: 'Måluppfyllelse kvartal för kvartal, En väg in - steget vidare',
    });
    expect((await rowTexts(goals, 'Kvartal 2 2024')).slice(1, 3)).toEqual(['Ja', 'Ja']);
    const money = page.getByRole('table', {
      name: 'Utfall och budget per period, En väg in - steget vidare',
    });
    expect((await rowTexts(money, 'Kvartal 1–2 2024')).slice(1, 4)).toEqual([
      '789',
      '848',
      sv('93 %I fas'),
    ]);
    expect((await rowTexts(money, 'Kvartal 1–2 2022')).slice(1, 4)).toEqual([
      '884',
      '983',
      sv('90 %Låg förbrukning'),
    ]);

    const participants = page.getByRole('region', {
      name: 'Deltagare per period, En väg in - steget vidare',
    });
    await participants.getByRole('button', { name: 'Visa som tabell' }).click();
    const byPeriod = participants.getByRole('table');
    expect((await rowTexts(byPeriod, 'Kvartal 1–2 2024')).slice(1, 4)).toEqual(['13', '8', '21']);
    expect((await rowTexts(byPeriod, 'Kvartal 1–2 2022')).slice(1, 4)).toEqual(['21', '17', '38']);

    // 2024-10 PM Tabell 3 and its text: a vacancy from April 2024.
    const conditions = page.getByRole('table', {
      name: 'Förutsättningar för utfall – Kvartal 2 2024',
    });
    expect(await rowTexts(conditions, 'Vakanser SOF-medel')).toEqual([
      'Vakanser SOF-medel',
      'Ja',
      'En väg in – steget vidare i Knivsta har haft en vakans from april månad år 2024.',
    ]);
    await expect(page.getByRole('region', { name: 'Avvikelser och beslut' })).toContainText(
      'Inga avvikelser har rapporterats för insatsen.',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'insats-2024H1');

    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await expect(page).toHaveURL(/\?period=2022H1$/);
    const keyFigures = page.getByRole('region', {
      name: 'Nyckeltal för En väg in - steget vidare Kvartal 1–2 2022',
    });
    expect(await keyFigures.locator('.key-figure__number').first().textContent()).toBe(sv('90 %'));
    await expect(keyFigures).toContainText('Kvinnor 21, män 17. Pågående 17.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'insats-2022H1');
  });

  // One test per page (axe on a full dashboard takes seconds on a busy machine), one login.
  test.describe('at tablet width (768 px)', () => {
    let session: Awaited<ReturnType<BrowserContext['storageState']>>;
    test.beforeAll(async ({ browser }) => {
      const page = await newPage(browser, 768);
      await logIn(page, 'styrelse@demo.se');
      session = await page.context().storageState();
      await page.context().close();
    });
    for (const [path, name] of [
      ['/oversikt?period=2024H1', 'oversikt-2024H1'],
      ['/kommuner/knivsta?period=2024H1', 'knivsta-2024H1'],
      ['/insatser/en-vag-in-steget-vidare?period=2024H1', 'insats-2024H1'],
      ['/insatser?period=2024H1', 'insatser'],
    ] as const) {
      test(`${path} works without accessibility violations`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: { width: 768, height: 900 },
          locale: 'sv-SE',
          timezoneId: 'Europe/Stockholm',
          storageState: session,
        });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^(Insats|Kommun)$/);
        await expect(page.getByText(/^Hämtar/)).toHaveCount(0);
        await expect(page.locator('.after-first-paint')).toHaveCount(0);
        // Nothing but the wide tables' own scroll areas may scroll sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await screenshot(page, name);
        await context.close();
      });
    }
  });
});
