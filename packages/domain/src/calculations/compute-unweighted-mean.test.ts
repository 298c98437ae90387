import { describe, expect, it } from 'vitest';
import { computeUnweightedMean } from './compute-unweighted-mean.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';
import { OUTCOMES_2019_H2 } from './fixtures/participants-2019h2.fixtures.ts';
import { ACTION_PLAN_PERCENT_2022_H1 } from './fixtures/participants-2022h1.fixtures.ts';

describe('computeUnweightedMean', () => {
  it.each<[string, (number | null | undefined)[], number | null]>([
    ['plain mean', [1, 0.5], 0.75],
    ['missing values are left out', [1, null, 0.5, undefined], 0.75],
    ['nothing to average', [null, undefined], null],
    ['empty', [], null],
  ])('%s', (_label, values, mean) => {
    expect(computeUnweightedMean(values)).toBe(mean);
  });

  it('2022 Tabell 8 "Andel med handlingsplan": the paper’s "Ca 96 %" is the unweighted mean of six interventions', () => {
    const shares = ACTION_PLAN_PERCENT_2022_H1.map((p) => (p === null ? null : p / 100));
    expect(roundToWholePercent(computeUnweightedMean(shares))).toBe(96);
  });

  it('known discrepancy: 2019 Tabell 6 "genomsnitt 90 %" (andel med handlingsplan) is 91 % as a simple mean', () => {
    const shares = OUTCOMES_2019_H2.map((r) =>
      r.actionPlanPercent === null ? null : r.actionPlanPercent / 100,
    );
    expect(roundToWholePercent(computeUnweightedMean(shares))).toBe(91);
  });
});
