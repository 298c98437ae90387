import { describe, expect, it } from 'vitest';
import type { TDeviationKind } from '../schemas/enums.ts';
import type { TDeviationEffect } from '../schemas/deviations.ts';
import { planDeviationEffect } from './plan-deviation-effect.ts';
import type { TDeviationOperation } from './plan-deviation-effect.ts';

describe('planDeviationEffect', () => {
  it.each<[TDeviationKind, TDeviationEffect, TDeviationOperation[]]>([
    // RegExPro 2024: 100 000 kr unused 2023 carried over; 2023 keeps its budget.
    [
      'BUDGET_CARRY_OVER',
      { amountKronor: 100_000, fromYear: 2023, toYear: 2024 },
      [
        {
          type: 'BUDGET',
          year: 2024,
          amountKronor: 100_000,
          adjustmentKind: 'CARRY_OVER',
          counterpartYear: 2023,
        },
      ],
    ],
    [
      'BUDGET_CHANGE',
      { amountKronor: -50_000, year: 2025 },
      [
        {
          type: 'BUDGET',
          year: 2025,
          amountKronor: -50_000,
          adjustmentKind: 'DEVIATION',
          counterpartYear: null,
        },
      ],
    ],
    [
      'BUDGET_CHANGE',
      { amountKronor: 80_000, year: 2025, fromYear: 2024 },
      [
        {
          type: 'BUDGET',
          year: 2024,
          amountKronor: -80_000,
          adjustmentKind: 'DEVIATION',
          counterpartYear: 2025,
        },
        {
          type: 'BUDGET',
          year: 2025,
          amountKronor: 80_000,
          adjustmentKind: 'DEVIATION',
          counterpartYear: 2024,
        },
      ],
    ],
    [
      'START_POSTPONED',
      { newStartDate: '2024-03-01' },
      [{ type: 'PERIOD', startDate: '2024-03-01' }],
    ],
    [
      'START_POSTPONED',
      { newStartDate: '2024-03-01', newEndDate: '2026-02-28' },
      [{ type: 'PERIOD', startDate: '2024-03-01', endDate: '2026-02-28' }],
    ],
    ['PERIOD_EXTENDED', { newEndDate: '2026-12-31' }, [{ type: 'PERIOD', endDate: '2026-12-31' }]],
    [
      'PARTICIPANT_NUMBER_CHANGED',
      { expectedCount: 40, expectedKind: 'PER_YEAR' },
      [{ type: 'EXPECTED_PARTICIPANTS', count: 40, kind: 'PER_YEAR' }],
    ],
    // Cost lines moved within 2024, total unchanged: no budget figure moves.
    [
      'BUDGET_CHANGE',
      {
        amountKronor: 0,
        year: 2024,
        lines: [
          { line: 'Lönekostnader', amountKronor: -30_000 },
          { line: 'Lokaler', amountKronor: 30_000 },
        ],
      },
      [],
    ],
    ['GOAL_CHANGED', {}, []],
    ['TARGET_GROUP_OR_METHOD_CHANGED', {}, []],
    ['PERIOD_EXTENDED', {}, []],
  ])('%s %o', (kind, effect, operations) => {
    expect(planDeviationEffect(kind, effect)).toEqual(operations);
  });
});
