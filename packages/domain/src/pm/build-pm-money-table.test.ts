import { describe, expect, it } from 'vitest';
import { buildPmMoneyTable, computeSecondHalfBudget } from './build-pm-money-table.ts';
import { moneyRow } from './fixtures/pm-inputs.fixtures.ts';

describe('computeSecondHalfBudget ("Budget kvartal 3+4")', () => {
  it.each<[string, number | null, string, string, number | null]>([
    ['whole year', 1_000_000, '2018-01-01', '2020-12-31', 500_000],
    // 2019 Växtverket from 1 September: its whole 2019 budget falls in H2.
    ['starts 1 September', 476_000, '2019-09-01', '2021-12-31', 476_000],
    // 2019 Studie REKO from 1 July.
    ['starts 1 July', 341_500, '2019-07-01', '2021-06-30', 341_500],
    ['ended 30 September: 3 of its 9 months', 900_000, '2017-05-01', '2019-09-30', 300_000],
    ['ended in June: nothing left for H2', 600_000, '2017-01-01', '2019-06-30', 0],
    ['no budget', null, '2018-01-01', '2020-12-31', null],
    ['no month in the year', 100_000, '2020-01-01', '2020-12-31', null],
  ])('%s', (_, adjusted, startDate, endDate, expected) => {
    const budget = computeSecondHalfBudget(
      { adjustedBudgetKronor: adjusted, year: 2019 },
      { startDate, endDate },
    );
    // Unrounded kronor (a share of 9 months is not exact in binary): compared to the öre.
    if (expected === null) expect(budget).toBeNull();
    else expect(budget).toBeCloseTo(expected, 2);
  });
});

describe('buildPmMoneyTable (Tabell 4)', () => {
  it('H1: Jan–Jun utfall vs half the adjusted budget (2024 Jobbcentrum 955 / 1 326 → 72 %)', () => {
    const table = buildPmMoneyTable(
      1,
      2024,
      [
        moneyRow('jc'),
        moneyRow('pilot', {
          expectedBudgetKronor: 0,
          outcomeKronor: 115_000,
          ratio: null,
          flag: null,
          note: 'Beviljades medel 2024',
        }),
      ],
      new Map(),
    );
    const [jc, pilot] = table.groups[0]!.rows;
    expect(Object.fromEntries(Object.entries(jc!.cells).map(([k, c]) => [k, c.text]))).toEqual({
      name: 'jc',
      municipality: 'Enköping',
      outcome: '955',
      budget: '1\u00a0326',
      ratio: '72\u00a0%',
      note: '',
    });
    expect(jc!.cells.ratio).toEqual({
      text: '72\u00a0%',
      value: 955_076 / 1_326_000,
      colour: 'YELLOW',
    });
    expect([pilot!.cells.budget!.text, pilot!.cells.ratio!.text, pilot!.cells.note!.text]).toEqual([
      '0',
      '–',
      'Beviljades medel 2024',
    ]);
    expect(table.columns.find((c) => c.key === 'outcome')!.group).toBe('Q1 - Q2 2024');
  });

  it('H2: the half-year own columns and the year to date (the year-end rule)', () => {
    const row = moneyRow('vaxt', {
      period: '2019H2',
      year: 2019,
      adjustedBudgetKronor: 476_000,
      expectedBudgetKronor: 476_000,
      outcomeKronor: 474_887,
      periodOutcomeKronor: 474_887,
      ratio: 474_887 / 476_000,
      flag: 'GREEN',
    });
    const table = buildPmMoneyTable(
      2,
      2019,
      [row],
      new Map([['vaxt', { startDate: '2019-09-01', endDate: '2021-12-31' }]]),
    );
    const cells = table.groups[0]!.rows[0]!.cells;
    expect(
      ['outcome', 'budget', 'yearOutcome', 'yearBudget', 'ratio'].map((k) => cells[k]!.text),
    ).toEqual(['475', '476', '475', '476', '100\u00a0%']);
    expect(table.columns.map((c) => c.group)).toContain('Helår 2019');
  });
});
