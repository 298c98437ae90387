import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn, newPage, screenshot } from './helpers.ts';

const PHONE = 390;

/** Every page each role can open (DOMAIN.md §6), with the seed's ids. */
const DASHBOARDS = [
  '/oversikt?period=2024H1',
  '/kommuner?period=2024H1',
  '/kommuner/knivsta?period=2024H1',
  '/insatser?period=2024H1',
  '/insatser/en-vag-in-steget-vidare?period=2024H1',
];
/** The dashboards that draw charts (the two lists, Kommuner and Insatser, have none). */
const CHART_DASHBOARDS = [DASHBOARDS[0]!, DASHBOARDS[2]!, DASHBOARDS[4]!];
const PAGES: { role: string; email: string; home: RegExp; paths: string[] }[] = [
  { role: 'board', email: 'styrelse@demo.se', home: /\/oversikt/, paths: DASHBOARDS },
  {
    role: 'office',
    email: 'kansli@demo.se',
    home: /\/oversikt/,
    paths: [...DASHBOARDS, '/granska-rapporter'],
  },
  {
    role: 'lead',
    email: 'knivsta@demo.se',
    home: /\/oversikt/,
    paths: [...DASHBOARDS, '/mina-insatser'],
  },
  { role: 'admin', email: 'admin@demo.se', home: /\/administration/, paths: ['/administration'] },
];

/** How far the page is wider than the screen (0: it is not; only tables' own areas scroll). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function openAndSettle(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Hämtar/)).toHaveCount(0);
  // A dashboard's lower sections follow one frame after the top (AfterFirstPaint).
  await expect(page.locator('.after-first-paint')).toHaveCount(0);
}

test('the login page fits a phone', async ({ browser }) => {
  const page = await newPage(browser, PHONE);
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

for (const { role, email, home, paths } of PAGES) {
  for (const path of paths) {
    test(`${role} at ${PHONE} px: ${path} is no wider than the screen, and passes axe`, async ({
      browser,
    }) => {
      const page = await newPage(browser, PHONE);
      await logIn(page, email, home);
      await openAndSettle(page, path);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      // Every chart's table view as well: a wide table scrolls inside its own area.
      // A clicked toggle is renamed "Visa som diagram", so always click the first one left.
      const toggles = page.getByRole('button', { name: 'Visa som tabell' });
      for (let left = await toggles.count(); left > 0; left -= 1) {
        await toggles.first().click();
        await expect(toggles).toHaveCount(left - 1);
      }
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `phone-${role}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
    });
  }
}

test('at 390 px a wide table keeps its first column in view and says that it scrolls', async ({
  browser,
}) => {
  const page = await newPage(browser, PHONE);
  await logIn(page, 'styrelse@demo.se');
  await openAndSettle(page, '/oversikt?period=2024H1');
  const table = page.getByRole('table', {
    name: 'Utfall och budget per insats, Kvartal 1–2 2024',
  });
  const scroller = page.getByRole('region', {
    name: 'Utfall och budget per insats, Kvartal 1–2 2024 (rulla i sidled)',
  });
  await expect(scroller).toBeVisible();
  await expect(
    scroller.locator('xpath=..').getByText(/svep eller rulla i sidled för fler kolumner/),
  ).toBeVisible();
  const name = table.getByRole('rowheader', { name: 'Jobbcentrum', exact: true });
  const before = await name.boundingBox();
  await scroller.evaluate((element) => element.scrollBy({ left: element.scrollWidth }));
  // Sticky: the name stays where it was (within the cell border's pixel), while the table scrolled to its end.
  await expect
    .poll(async () => Math.abs(((await name.boundingBox())?.x ?? Infinity) - before!.x))
    .toBeLessThanOrEqual(1.5);
  // The columns did move: the last column header is now in view.
  // Sideways, that is: the page may be scrolled down to the row, so compare x only.
  const last = await table.getByRole('columnheader', { name: 'Not' }).boundingBox();
  expect(last!.x).toBeGreaterThanOrEqual(0);
  expect(last!.x + last!.width).toBeLessThanOrEqual(PHONE + 1);
});

for (const [email, count] of [
  ['styrelse@demo.se', 4],
  ['kansli@demo.se', 9],
  ['knivsta@demo.se', 5],
] as const) {
  test(`at 390 px the menu of ${email} leaves no item alone on a line`, async ({ browser }) => {
    const page = await newPage(browser, PHONE);
    await logIn(page, email);
    const links = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    await expect(links).toHaveCount(count);
    const boxes = await links.evaluateAll((items) =>
      items.map((item) => {
        const box = item.getBoundingClientRect();
        return { top: Math.round(box.top), width: box.width };
      }),
    );
    const tops = boxes.map((box) => box.top);
    const perLine = [...new Set(tops)].map((top) => tops.filter((other) => other === top).length);
    // Lines of two; an odd last item spans the whole line instead of standing half-width alone.
    expect(perLine).toEqual([...Array(Math.floor(count / 2)).fill(2), ...(count % 2 ? [1] : [])]);
    if (count % 2) expect(boxes.at(-1)!.width).toBeGreaterThan(boxes[0]!.width * 1.8);
  });
}

/**
 * The labels along each drawn chart's axes, pairwise: how far the closest two are from
 * overlapping (negative: they overlap), in px. Unturned labels must not share any of their
 * boxes; turned labels (parallel lines at the same angle) must be a line height apart across
 * their direction, which is their anchors' distance times the sine of the angle.
 */
async function closestAxisLabels(page: Page): Promise<{ chart: string; gap: number }[]> {
  return page.locator('.chart-with-table__chart').evaluateAll((charts) =>
    charts.flatMap((chart) =>
      Array.from(chart.querySelectorAll('.recharts-cartesian-axis-tick-labels')).map((axis) => {
        const labels = Array.from(
          axis.querySelectorAll('text.recharts-cartesian-axis-tick-value'),
          (text) => text as SVGTextElement,
        ).filter((text) => (text.textContent ?? '') !== '');
        let gap = Infinity;
        for (let i = 1; i < labels.length; i += 1) {
          const [a, b] = [labels[i - 1]!, labels[i]!];
          const turn = /rotate\((-?[\d.]+)/.exec(a.getAttribute('transform') ?? '');
          if (turn) {
            const across =
              Math.abs(Number(b.getAttribute('x')) - Number(a.getAttribute('x'))) *
              Math.sin((Math.abs(Number(turn[1])) * Math.PI) / 180);
            gap = Math.min(gap, across - a.getBBox().height);
          } else {
            const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
            const apart = Math.max(
              rb.left - ra.right,
              ra.left - rb.right,
              rb.top - ra.bottom,
              ra.top - rb.bottom,
            );
            gap = Math.min(gap, apart);
          }
        }
        return { chart: chart.getAttribute('aria-label') ?? '', gap };
      }),
    ),
  );
}

/** A box once it has stopped moving (recharts slides its tooltip to a new place). */
async function settledBox(locator: Locator): Promise<{ x: number; width: number }> {
  let last = (await locator.boundingBox())!;
  for (;;) {
    await locator.page().waitForTimeout(100);
    const now = (await locator.boundingBox())!;
    if (now.x === last.x && now.y === last.y && now.width === last.width) return now;
    last = now;
  }
}

/**
 * `path` at phone width as the board, with every chart drawn: the money sections show their table
 * first, and a chart is drawn once it comes near the window. Never a pass for want of charts.
 */
async function openWithEveryChartDrawn(
  browser: Browser,
  path: string,
): Promise<{ page: Page; charts: Locator[] }> {
  const page = await newPage(browser, PHONE);
  await logIn(page, 'styrelse@demo.se');
  await openAndSettle(page, path);
  const toggles = page.getByRole('button', { name: 'Visa som diagram' });
  for (let left = await toggles.count(); left > 0; left -= 1) {
    await toggles.first().click();
    await expect(toggles).toHaveCount(left - 1);
  }
  const charts = await page.locator('.chart-with-table__chart').all();
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-cartesian-axis-tick-labels').first()).toBeVisible();
  }
  return { page, charts };
}

for (const path of CHART_DASHBOARDS) {
  test(`at ${PHONE} px the axis labels of every chart on ${path} stay apart`, async ({
    browser,
  }) => {
    const { page, charts } = await openWithEveryChartDrawn(browser, path);
    const axes = await closestAxisLabels(page);
    // Each chart's two axes were measured, none left out.
    expect(axes).toHaveLength(2 * charts.length);
    expect(axes.filter((axis) => axis.gap < 0)).toEqual([]);
  });

  test(`at ${PHONE} px a chart's tooltip on ${path} stays on the screen`, async ({ browser }) => {
    const { page, charts } = await openWithEveryChartDrawn(browser, path);
    for (const chart of charts) {
      await chart.scrollIntoViewIfNeeded();
      // A tap near the right (the tooltip then goes left of it); where that category has no
      // figures, and so no tooltip, one further left.
      const box = (await chart.boundingBox())!;
      const tooltip = chart.locator('.recharts-tooltip-wrapper');
      const name = String(await chart.getAttribute('aria-label'));
      let shown = 0;
      for (const across of [0.85, 0.6, 0.4]) {
        await page.mouse.click(box.x + box.width * across, box.y + 40);
        const visible = await expect(tooltip)
          .toBeVisible({ timeout: 1000 })
          .then(
            () => true,
            () => false,
          );
        if (!visible) continue;
        shown += 1;
        const tip = await settledBox(tooltip);
        expect(tip.x, name).toBeGreaterThanOrEqual(0);
        expect(tip.x + tip.width, name).toBeLessThanOrEqual(PHONE);
        expect(await sidewaysOverflow(page), name).toBeLessThanOrEqual(0);
        break;
      }
      expect(shown, name).toBe(1);
    }
  });
}
