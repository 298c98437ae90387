import { describe, expect, it } from 'vitest';
import { computeConsumptionRatio } from './compute-consumption-ratio.ts';
import { computeConsumptionTotal, type TConsumptionTotalRow } from './compute-consumption-total.ts';
import { roundToTsek } from './round-to-tsek.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';
import { CONSUMPTION_2024_H1 } from './fixtures/consumption-2024h1.fixtures.ts';

describe('computeConsumptionTotal', () => {
  it.each<[string, TConsumptionTotalRow[], ReturnType<typeof computeConsumptionTotal>]>([
    ['no rows', [], { outcomeKronor: 0, expectedKronor: 0, ratio: null, unusedKronor: 0 }],
    [
      'a row without budget still adds its utfall',
      [
        { outcomeKronor: 90_000, expectedKronor: 100_000 },
        { outcomeKronor: 10_000, expectedKronor: 0 },
      ],
      { outcomeKronor: 100_000, expectedKronor: 100_000, ratio: 1, unusedKronor: 0 },
    ],
    [
      'null utfall counts as 0',
      [{ outcomeKronor: null, expectedKronor: 50_000 }],
      { outcomeKronor: 0, expectedKronor: 50_000, ratio: 0, unusedKronor: 50_000 },
    ],
    [
      'only rows without budget: no ratio',
      [{ outcomeKronor: 115_000, expectedKronor: 0 }],
      { outcomeKronor: 115_000, expectedKronor: 0, ratio: null, unusedKronor: -115_000 },
    ],
    [
      'overspent: unused is negative',
      [{ outcomeKronor: 120_000, expectedKronor: 100_000 }],
      { outcomeKronor: 120_000, expectedKronor: 100_000, ratio: 1.2, unusedKronor: -20_000 },
    ],
  ])('%s', (_label, rows, expected) => {
    expect(computeConsumptionTotal(rows)).toEqual(expected);
  });
});

describe('2024-10 delårsrapport, Driftsredovisning 2024-06-30', () => {
  // The driftsredovisning's budget column is the ADOPTED budget (RegExPro 623 = 1 245 000 / 2),
  // while PM Tabell 4 uses the adjusted 673; its total reproduces only with the adopted one.
  const rows = CONSUMPTION_2024_H1.map((row) => ({
    outcomeKronor: row.outcomeKronor,
    expectedKronor: computeConsumptionRatio({
      outcomeKronor: row.outcomeKronor,
      adjustedBudgetKronor: row.originalBudgetKronor,
      elapsedShare: 0.5,
    }).expectedKronor,
  }));
  const total = computeConsumptionTotal(rows);

  it.each([
    ['Summa samverkansinsatser, utfall', roundToTsek(total.outcomeKronor), 9628],
    ['Summa samverkansinsatser, budget', roundToTsek(total.expectedKronor), 10_329],
    ['Förbrukningskvot samverkansinsatser', roundToWholePercent(total.ratio), 93],
    ['Outnyttjade insatsmedel (diff mot budget)', roundToTsek(total.unusedKronor), 701],
  ])('%s prints %d', (_label, computed, printed) => {
    expect(computed).toBe(printed);
  });

  it('is Σ 9 627 932 kr ÷ 10 328 500 kr, the kronor of Not 2', () => {
    expect(total.outcomeKronor).toBe(9_627_932);
    expect(total.expectedKronor).toBe(10_328_500);
  });

  // "Övriga samverkansinsatser": 307 / 490 → 63 %, diff 183 (TSEK × 1000; printed TSEK only).
  it.each([
    [
      'utfall',
      (t: ReturnType<typeof computeConsumptionTotal>) => roundToTsek(t.outcomeKronor),
      307,
    ],
    [
      'budget',
      (t: ReturnType<typeof computeConsumptionTotal>) => roundToTsek(t.expectedKronor),
      490,
    ],
    [
      'förbrukningskvot',
      (t: ReturnType<typeof computeConsumptionTotal>) => roundToWholePercent(t.ratio),
      63,
    ],
    [
      'diff mot budget',
      (t: ReturnType<typeof computeConsumptionTotal>) => roundToTsek(t.unusedKronor),
      183,
    ],
  ])('Övriga samverkansinsatser %s prints %d', (_label, pick, printed) => {
    const others = computeConsumptionTotal([
      { outcomeKronor: 196_000, expectedKronor: 220_000 }, // Ekonom projektstöd
      { outcomeKronor: 95_000, expectedKronor: 220_000 }, // Verksamhetsutvecklare
      { outcomeKronor: 16_000, expectedKronor: 50_000 }, // Kompetenshöjande insatser
    ]);
    expect(pick(others)).toBe(printed);
  });
});
