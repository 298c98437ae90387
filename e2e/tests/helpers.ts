import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'demo1234';
export const NBSP = '\u00A0';

/** Swedish number text as the app prints it: U+00A0 between digit groups and before "%". */
export function sv(text: string): string {
  return text.replace(/(\d) (?=\d)/g, `$1${NBSP}`).replace(/ %/g, `${NBSP}%`);
}

/**
 * A page of its own context: @axe-core/playwright needs a page from browser.newContext() (STACK.md),
 * and each test then starts without cookies.
 */
export async function newPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return context.newPage();
}

export async function logIn(
  page: Page,
  email: string,
  expectedPath: RegExp = /\/oversikt/,
): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(expectedPath);
}

/** The texts of every cell (th and td) of the row whose row header is exactly `name`. */
export async function rowTexts(table: Locator, name: string): Promise<string[]> {
  const header = table.getByRole('rowheader', { name, exact: true });
  await expect(header).toBeVisible();
  return header.locator('xpath=..').locator('th, td').allTextContents();
}

/**
 * axe on the whole page for WCAG 2.1 A and AA: no violations allowed. Also the structure rules a
 * screen-reader user relies on (headings in order, one h1, one main), which axe files under
 * best practice.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A dashboard draws its lower sections one frame after the top (AfterFirstPaint): all of it.
  await expect(page.locator('.after-first-paint')).toHaveCount(0);
  const wcag = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const structure = await new AxeBuilder({ page })
    .withRules(['heading-order', 'page-has-heading-one', 'landmark-one-main', 'landmark-unique'])
    .analyze();
  const summary = [...wcag.violations, ...structure.violations].map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** A full-page screenshot to /tmp, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: `/tmp/e2e-${name}-${page.viewportSize()?.width ?? 0}.png`,
    fullPage: true,
  });
}
