import { waitFor } from '@testing-library/react';

/**
 * The table whose caption (its accessible name) is `name`, once it is rendered. Waiting for a
 * lower section of a whole dashboard (drawn after the first paint: AfterFirstPaint) with
 * `findByRole('table', { name })` computed every element's role and style through jsdom on each
 * try, and each failed try printed the whole page into its error: on a loaded 2-core machine the
 * tries themselves outlasted the timeout. Here a try is one look at the captions.
 */
export function findTable(name: string | RegExp): Promise<HTMLTableElement> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  return waitFor(() => {
    const caption = [...document.querySelectorAll('caption')].find((c) =>
      matches((c.textContent ?? '').trim()),
    );
    const table = caption?.closest('table');
    if (!table) throw new Error(`Ingen tabell med rubriken "${String(name)}" ännu.`);
    return table;
  });
}
