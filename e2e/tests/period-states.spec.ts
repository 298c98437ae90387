import { expect, test } from '@playwright/test';
import { logIn, newPage, rowTexts, screenshot, sv } from './helpers.ts';

/*
 * Issue 12, as a board member: a period that is still running, a period with nothing recorded,
 * and the year-end case 2019 H2, on the freshly seeded database.
 */

test.describe('period states', () => {
  test('Helår 2024 is a running year: data t.o.m. kvartal 2, judged on Jan–Jun, no 0 % alarm', async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/oversikt?period=2024');
    await expect(page.getByText(/Helår 2024: data t\.o\.m\. kvartal 2 2024/)).toBeVisible();
    const ratio = page
      .locator('.key-figure')
      .filter({ hasText: 'Förbrukningskvot totalt, antagen budget' });
    expect(await ratio.locator('.key-figure__number').textContent()).toBe(sv('93 %'));
    await expect(ratio).toContainText(sv('Utfall 9 628 av 10 329 TSEK mot antagen budget'));
    const money = page.getByRole('table', { name: 'Utfall och budget per insats, Helår 2024' });
    expect((await rowTexts(money, 'Jobbcentrum')).slice(2, 5)).toEqual([
      sv('955'),
      sv('1 326'),
      sv('72 %Låg förbrukning'),
    ]);
    expect(await money.textContent()).not.toMatch(/(^|[^\d])0\u00a0%/);
    // The picker marks the year as having data.
    await expect(page.getByRole('option', { name: 'Helår 2024 (uppgifter finns)' })).toBeAttached();
    await screenshot(page, 'helar-2024');
  });

  test('2022 H2 and 2031 H1 have nothing recorded: they say so and offer the nearest period', async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/oversikt?period=2022H2');
    await expect(
      page.getByRole('heading', { name: 'Inga uppgifter för Kvartal 3–4 2022' }),
    ).toBeVisible();
    await expect(page.getByText('Utfall 0 av')).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await screenshot(page, 'tom-period-2022h2');
    await page.getByRole('link', { name: 'Kvartal 1–2 2022' }).click();
    await expect(page).toHaveURL(/period=2022H1/);
    await expect(
      page.getByRole('table', { name: 'Utfall och budget per insats, Kvartal 1–2 2022' }),
    ).toBeVisible();

    await page.goto('/oversikt?period=2031H1');
    await expect(
      page.getByRole('heading', { name: 'Inga uppgifter för Kvartal 1–2 2031' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kvartal 1–2 2024' })).toBeVisible();
  });

  /*
   * 2019 Q3–Q4 PM Tabell 4, row by row ("Utfall kvartal 3+4", kronor → TSEK). Named exceptions:
   * the "Budget kvartal 3+4" column is stored only for Växtverket and Studie REKO (their whole
   * 2019 budget period lies in H2); the others' 2019 budgets and Jan–Jun utfall are in no paper, so
   * budget and the year's kvot are "–". OCR: Ung Intro's budget "960 00" = 960 000 (not stored).
   */
  test('2019 H2: Tabell 4 row by row, 60-30-10 in TSEK, "0 under uppsikt" not yellow', async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await logIn(page, 'styrelse@demo.se');
    await page.goto('/oversikt?period=2019H2');
    const money = page.getByRole('table', {
      name: 'Utfall och budget per insats, Kvartal 3–4 2019',
    });
    const tabell4: [string, string][] = [
      ['Framsteget', '1 065'],
      ['Bryggan', '594'],
      ['Ung Intro', '804'],
      ['Extratjänster', '0'],
      ['Samordnare/partsamordnare', '422'],
      ['En väg in – flera vägar ut', '869'],
      ['Jobbcentrum', '989'],
      ['Stöd till arbete med modellen IPS', '199'],
      ['Lokussamordnare Älvkarleby', '47'],
      ['Ungdomscoach', '216'],
      ['Individstöd i samverkan', '684'],
      ['Språkstödsledare', '290'],
      ['Samverkan Gottsunda', '43'],
      ['Progressionsteam sfi', '649'],
      ['Växtverket', '475'],
      ['Studie REKO', '341'],
      ['Samhällsorientering i Uppsala län', '684'],
      ['GESAM', '101'],
      ['Ungdomssatsningen', '285'],
      ['Strategiskt utvecklingsarbete/Lokussamordnare', '302'],
      ['ASF', '115'],
    ];
    for (const [name, outcome] of tabell4) {
      const cells = await rowTexts(money, name);
      expect(cells[2], name).toBe(sv(outcome));
    }
    expect((await rowTexts(money, 'Växtverket')).slice(2, 6)).toEqual([
      sv('475'),
      sv('475'),
      sv('476'),
      sv('100 %I fas'),
    ]);
    expect((await rowTexts(money, 'Studie REKO'))[5]).toBe(sv('100 %I fas'));
    expect((await rowTexts(money, 'Framsteget')).slice(3, 6)).toEqual(['–', '–', '–']);
    await expect(page.getByText(/För 19 av 21 insatser finns varken årets budget/)).toBeVisible();

    const targets = page.getByRole('table', { name: /Förbundets mål 2019/ });
    await expect(
      targets.getByRole('row', { name: /60 % ska vara individinriktade/ }),
    ).toContainText(sv('68 % (6 282 av 9 177 TSEK)'));
    const running = page.locator('.key-figure').filter({ hasText: 'Insatser i gång' });
    await expect(running.locator('.status-tag', { hasText: 'under uppsikt' })).toHaveCount(0);
    await expect(running).toContainText('0 under uppsikt');
    await expect(page.getByText('Det finns ingen ekonomisk plan för 2019.')).toBeVisible();
    await screenshot(page, 'ar-2019h2');
  });
});
