import { describe, expect, it } from 'vitest';
import { planDeviationEffect } from './plan-deviation-effect.ts';
import { previewDeviationEffect } from './preview-deviation-effect.ts';
import type { TDeviationEffectState } from './preview-deviation-effect.ts';

const state: TDeviationEffectState = {
  startDate: '2023-01-01',
  endDate: '2025-12-31',
  budgets: [
    { year: 2023, adjustedKronor: 1_200_000 },
    { year: 2024, adjustedKronor: 1_245_000 },
  ],
  expected: { count: 30, kind: 'PER_YEAR' },
};

describe('previewDeviationEffect', () => {
  it('carry-over: RegExPro 2024 plan 1 245 000 kr → adjusted 1 345 000 kr; 2023 unchanged', () => {
    const operations = planDeviationEffect('BUDGET_CARRY_OVER', {
      amountKronor: 100_000,
      fromYear: 2023,
      toYear: 2024,
    });
    expect(previewDeviationEffect(operations, state)).toEqual({
      changes: [{ type: 'BUDGET', year: 2024, beforeKronor: 1_245_000, afterKronor: 1_345_000 }],
      problems: [],
    });
  });

  it('a move between years: one line per year, a year without budget starts at 0 kr', () => {
    const operations = planDeviationEffect('BUDGET_CHANGE', {
      amountKronor: 45_000,
      year: 2025,
      fromYear: 2024,
    });
    expect(previewDeviationEffect(operations, state).changes).toEqual([
      { type: 'BUDGET', year: 2024, beforeKronor: 1_245_000, afterKronor: 1_200_000 },
      { type: 'BUDGET', year: 2025, beforeKronor: null, afterKronor: 45_000 },
    ]);
  });

  it.each<[string, Parameters<typeof planDeviationEffect>, object, string[]]>([
    [
      'extended period',
      ['PERIOD_EXTENDED', { newEndDate: '2026-06-30' }],
      { startDate: '2023-01-01', endDate: '2026-06-30' },
      [],
    ],
    [
      'postponed start',
      ['START_POSTPONED', { newStartDate: '2023-04-01' }],
      { startDate: '2023-04-01', endDate: '2025-12-31' },
      [],
    ],
    [
      'a start after the end cannot be applied',
      ['START_POSTPONED', { newStartDate: '2026-02-01' }],
      { startDate: '2026-02-01', endDate: '2025-12-31' },
      [
        'Beslutet kan inte genomföras: startdatumet 1 februari 2026 skulle hamna efter slutdatumet 31 december 2025.',
      ],
    ],
  ])('%s', (_name, [kind, effect], after, problems) => {
    expect(previewDeviationEffect(planDeviationEffect(kind, effect), state)).toEqual({
      changes: [
        { type: 'PERIOD', before: { startDate: '2023-01-01', endDate: '2025-12-31' }, after },
      ],
      problems,
    });
  });

  it('participants: the newest expected number before, the new one after', () => {
    const operations = planDeviationEffect('PARTICIPANT_NUMBER_CHANGED', {
      expectedCount: 24,
      expectedKind: 'PER_YEAR',
    });
    expect(previewDeviationEffect(operations, { ...state, expected: null }).changes).toEqual([
      { type: 'EXPECTED_PARTICIPANTS', before: null, after: { count: 24, kind: 'PER_YEAR' } },
    ]);
  });

  it('a changed goal changes no figure', () => {
    expect(previewDeviationEffect(planDeviationEffect('GOAL_CHANGED', {}), state)).toEqual({
      changes: [],
      problems: [],
    });
  });
});
