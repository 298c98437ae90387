import { describe, expect, it } from 'vitest';
import { costlyHas } from './designsystemet-css.ts';

describe('costlyHas', () => {
  it.each([
    // Measured 10–30 ms per recalculation of the Överblick each (decision 016).
    ['.ds-field:has(input[type=radio],input[type=checkbox])>*', true],
    ['.ds-chip:has(:focus-visible) *', true],
    ['.ds-card__block:has(>img:only-child)>:not([hidden])', true],
    ['.ds-table>tbody:has(+tfoot)>tr:last-child>:is(th,td)', true],
    [
      ':is(.ds-table[data-border]>:is(thead:first-of-type,:not(:has(thead)) tbody:first-of-type)>tr:first-child>:is(th,td)):first-child',
      true,
    ],
    // A narrow subject, a :has() on the subject itself, or none at all: cheap.
    ['.ds-field:has(input[type=checkbox]) label', false],
    ['.ds-field:has(input[type=checkbox])>:where(label,.ds-input,[data-field])', false],
    [':is(.ds-link:has(>span)>:is(img,svg)):first-child', false],
    ['.ds-field:has(input[type=checkbox])', false],
    ['.ds-table>tbody:last-of-type:not(:last-child)>tr:last-child>:is(th,td)', false],
  ])('%s → %s', (selector, costly) => {
    expect(costlyHas(selector)).toBe(costly);
  });
});
