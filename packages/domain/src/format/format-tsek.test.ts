import { describe, expect, it } from 'vitest';
import { computeBudgetHeadroom } from '../calculations/compute-budget-headroom.ts';
import { PLAN_2024_10 } from '../calculations/fixtures/economic-plan-2024-10.fixtures.ts';
import { formatTsek } from './format-tsek.ts';

describe('formatTsek', () => {
  it.each<[number | null | undefined, string]>([
    [1_326_000, '1\u00A0326'],
    [-2_959_000, '\u22122\u00A0959'],
    [982_500, '983'],
    [847_499.5, '847'],
    [-1_172_500, '\u22121\u00A0173'],
    [14_259_764, '14\u00A0260'],
    [-400, '0'],
    [0, '0'],
    [null, '\u2013'],
    [undefined, '\u2013'],
  ])('%s kr → %j', (kronor, text) => {
    expect(formatTsek(kronor)).toBe(text);
  });

  it('2024-10 "KVARVARANDE BESLUTSUTRYMME" row, exact characters', () => {
    const row = computeBudgetHeadroom(PLAN_2024_10).columns.map((c) =>
      formatTsek(c.remainingHeadroomKronor),
    );
    expect(row).toEqual([
      '3\u00A0401',
      '4\u00A0830',
      '1\u00A0331',
      '151',
      '2\u00A0262',
      '14\u00A0260',
    ]);
  });

  it('2024-10 "ÅRETS BERÄKNADE RESULTAT" row, exact characters', () => {
    const row = computeBudgetHeadroom(PLAN_2024_10).columns.map((c) =>
      formatTsek(c.yearResultKronor),
    );
    expect(row).toEqual([
      '\u22122\u00A0959',
      '\u22121\u00A0530',
      '\u22123\u00A0499',
      '\u22121\u00A0180',
      '2\u00A0111',
      '11\u00A0998',
    ]);
  });
});
