import { describe, expect, it } from 'vitest';
import type { TPeriodKind } from '../schemas/index.ts';
import { monthsInPeriodKind } from './months-in-period-kind.ts';

describe('monthsInPeriodKind', () => {
  it.each<[TPeriodKind, number]>([
    ['YEAR', 12],
    ['HALF', 6],
    ['QUARTER', 3],
    ['MONTH', 1],
  ])('%s → %d', (kind, months) => {
    expect(monthsInPeriodKind(kind)).toBe(months);
  });
});
