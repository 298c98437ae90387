import { describe, expect, it } from 'vitest';
import {
  classifyConsumptionDeviation,
  type TConsumptionDeviation,
} from './classify-consumption-deviation.ts';

const DEFAULT = { low: 0.9, high: 1.1 };

describe('classifyConsumptionDeviation', () => {
  it.each<[string, number | null, TConsumptionDeviation | null]>([
    ['2024 H1 Jobbcentrum 955 076 / 1 326 000 (72 %)', 955_076 / 1_326_000, 'BELOW'],
    ['2024 H1 Lokussamordnare Uppsala 198 647 / 180 000 (shown 110 %)', 198_647 / 180_000, 'ABOVE'],
    ['2024 H1 Knivsta 788 699 / 847 500 (93 %)', 788_699 / 847_500, 'WITHIN'],
    ['2022 H1 Knivsta 884 000 / 982 500 (shown 90 %, unrounded below)', 884_000 / 982_500, 'BELOW'],
    ['exactly the low limit', 0.9, 'WITHIN'],
    ['exactly the high limit', 1.1, 'WITHIN'],
    ['a budget with no utfall gives 0 %', 0, 'BELOW'],
    ['no ratio (no budget)', null, null],
  ])('%s', (_case, ratio, expected) => {
    expect(classifyConsumptionDeviation(ratio, DEFAULT)).toBe(expected);
  });

  it('uses the förbund’s own limits', () => {
    expect(classifyConsumptionDeviation(0.72, { low: 0.7, high: 1.2 })).toBe('WITHIN');
    expect(classifyConsumptionDeviation(1.21, { low: 0.7, high: 1.2 })).toBe('ABOVE');
  });
});
