import { describe, expect, it } from 'vitest';
import { computeGridConsumptionRatio } from './compute-grid-consumption-ratio.ts';
import { parsePeriod } from './parse-period.ts';

// Seed 2024-10, Tabell 4: Jobbcentrum 955 076 kr against 2 652 000 kr for 2024 → 955 / 1 326 → 72 %.
const jobbcentrum = {
  budgetPeriodStart: '2023-01-01',
  budgetPeriodEnd: '2025-12-31',
  adjustedBudgetKronor: 2_652_000,
};

describe('computeGridConsumptionRatio', () => {
  it('a half-year cell: 2024 H1 Jobbcentrum 955 076 kr → 72 % (seed 2024-10 Tabell 4)', () => {
    const result = computeGridConsumptionRatio({
      ...jobbcentrum,
      range: parsePeriod('2024H1'),
      otherOutcomes: [],
      typedKronor: 955_076,
    });
    expect(result.expectedKronor).toBe(1_326_000);
    expect(result.outcomeToDateKronor).toBe(955_076);
    expect(result.ratio).toBeCloseTo(955_076 / 1_326_000, 12);
  });

  it('a quarter adds the earlier quarters of the year: Q1 + Q2 = H1', () => {
    const result = computeGridConsumptionRatio({
      ...jobbcentrum,
      range: parsePeriod('2024Q2'),
      otherOutcomes: [{ startMonth: 1, endMonth: 3, amountKronor: 455_076, estimated: true }],
      typedKronor: 500_000,
    });
    expect(result.outcomeToDateKronor).toBe(955_076);
    expect(result.estimated).toBe(true);
    expect(result.ratio).toBeCloseTo(955_076 / 1_326_000, 12);
  });

  it('the typed cell replaces the stored outcome of its own period (a correction)', () => {
    const result = computeGridConsumptionRatio({
      ...jobbcentrum,
      range: parsePeriod('2024H1'),
      otherOutcomes: [{ startMonth: 1, endMonth: 6, amountKronor: 1 }],
      typedKronor: 663_000,
    });
    expect(result.ratio).toBe(0.5);
  });

  it('Q2 without Q1 is missing data: no ratio, never a partial one', () => {
    const result = computeGridConsumptionRatio({
      ...jobbcentrum,
      range: parsePeriod('2024Q2'),
      otherOutcomes: [],
      typedKronor: 500_000,
    });
    expect(result.ratio).toBeNull();
    expect(result.outcomeToDateKronor).toBeNull();
  });

  it('an empty cell is not entered yet: no ratio; a typed 0 gives 0 %; no budget gives no ratio', () => {
    const base = { ...jobbcentrum, range: parsePeriod('2024H1'), otherOutcomes: [] };
    expect(computeGridConsumptionRatio({ ...base, typedKronor: null })).toMatchObject({
      ratio: null,
      outcomeToDateKronor: null,
    });
    expect(computeGridConsumptionRatio({ ...base, typedKronor: 0 })).toMatchObject({
      ratio: 0,
      reason: 'NO_OUTCOME',
    });
    // 2024 Tabell 4, förstudie: 115 / 0, "Beviljades medel 2024".
    expect(
      computeGridConsumptionRatio({ ...base, adjustedBudgetKronor: null, typedKronor: 115_000 }),
    ).toMatchObject({ ratio: null, reason: 'NO_BUDGET', outcomeToDateKronor: 115_000 });
  });

  it('an intervention starting mid-year needs no rows before its start (Växtverket from 1 Sep)', () => {
    const result = computeGridConsumptionRatio({
      budgetPeriodStart: '2019-09-01',
      budgetPeriodEnd: '2021-08-31',
      adjustedBudgetKronor: 476_000,
      range: parsePeriod('2019Q4'),
      otherOutcomes: [],
      typedKronor: 474_887,
    });
    // September is in Q3: a Q4 cell without a Q3 outcome leaves a month uncovered → no ratio.
    expect(result.ratio).toBeNull();
    const h2 = computeGridConsumptionRatio({
      budgetPeriodStart: '2019-09-01',
      budgetPeriodEnd: '2021-08-31',
      adjustedBudgetKronor: 476_000,
      range: parsePeriod('2019H2'),
      otherOutcomes: [],
      typedKronor: 474_887,
    });
    expect(Math.round(h2.ratio! * 100)).toBe(100);
  });
});
