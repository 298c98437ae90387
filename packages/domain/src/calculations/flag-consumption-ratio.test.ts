import { describe, expect, it } from 'vitest';
import { flagConsumptionRatio } from './flag-consumption-ratio.ts';

describe('flagConsumptionRatio', () => {
  it.each<[number | null, 'GREEN' | 'YELLOW' | null]>([
    [1, 'GREEN'],
    [0.9, 'GREEN'],
    [1.1, 'GREEN'],
    [955_076 / 1_326_000, 'YELLOW'], // 2024 Jobbcentrum 72 %
    [198_647 / 180_000, 'YELLOW'], // 2024 Lokussamordnare Uppsala 110.4 %, shown "110 %"
    [0.896, 'YELLOW'],
    [0, 'YELLOW'],
    [null, null],
  ])('%s → %s with the default 90 % / 110 %', (ratio, colour) => {
    expect(flagConsumptionRatio(ratio)).toBe(colour);
  });

  it.each<[number, 'GREEN' | 'YELLOW']>([
    [0.72, 'GREEN'],
    [0.69, 'YELLOW'],
    [1.2, 'GREEN'],
    [1.21, 'YELLOW'],
  ])('%s → %s with a förbund’s own 70 % / 120 %', (ratio, colour) => {
    expect(flagConsumptionRatio(ratio, { low: 0.7, high: 1.2 })).toBe(colour);
  });
});
