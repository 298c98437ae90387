import { describe, expect, it } from 'vitest';
import type { TConsumptionRatioReason } from '../calculations/compute-consumption-ratio.ts';
import { formatConsumptionReason } from './format-consumption-reason.ts';

describe('formatConsumptionReason', () => {
  it.each<[TConsumptionRatioReason | undefined, RegExp]>([
    ['NO_BUDGET', /^Ingen budget för året/],
    ['OUTSIDE_BUDGET_PERIOD', /ingen budgetperiod/],
    ['NOT_STARTED', /inte börjat/],
    ['NO_OUTCOME', /Inget utfall/],
    [undefined, /^$/],
  ])('%s', (reason, text) => {
    expect(formatConsumptionReason(reason)).toMatch(text);
  });
});
