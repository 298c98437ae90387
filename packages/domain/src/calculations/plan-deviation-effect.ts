import type { TDeviationKind, TExpectedParticipantsKind } from '../schemas/enums.ts';
import type { TDeviationEffect } from '../schemas/deviations.ts';

/** One write an approved avvikelse makes. */
export type TDeviationOperation =
  | {
      type: 'BUDGET';
      year: number;
      /** Added to the year's budget (negative takes money away). */
      amountKronor: number;
      adjustmentKind: 'CARRY_OVER' | 'DEVIATION';
      /** Where the money comes from or goes, for the adjustment's note. */
      counterpartYear: number | null;
    }
  | { type: 'PERIOD'; startDate?: string; endDate?: string }
  | { type: 'EXPECTED_PARTICIPANTS'; count: number; kind: TExpectedParticipantsKind };

/**
 * The writes approving an avvikelse of `kind` with its requested `effect` makes:
 * - överföring av outnyttjade medel: + amount on `toYear` (CARRY_OVER). The source year keeps its
 *   adopted budget: its unused money shows there as unused, as in the papers (RegExPro 2024: plan
 *   1 245, adjusted 1 345; nothing is taken off 2023);
 * - ändrad budget: + amount on `year` (DEVIATION); with `fromYear`, first − amount there (a move);
 *   money moved between cost lines with the total unchanged (0 kr) leaves the budget as it is;
 * - senarelagd start / förlängd period: the new start and/or end date;
 * - ändrat antal deltagare: a new expected number;
 * - ändrat mål, målgrupp eller metod: nothing (an empty list).
 * Fields the kind needs but the effect lacks yield no operation (the input schema requires them).
 */
export function planDeviationEffect(
  kind: TDeviationKind,
  effect: TDeviationEffect,
): TDeviationOperation[] {
  switch (kind) {
    case 'BUDGET_CARRY_OVER':
      if (effect.toYear === undefined || effect.amountKronor === undefined) return [];
      return [
        {
          type: 'BUDGET',
          year: effect.toYear,
          amountKronor: effect.amountKronor,
          adjustmentKind: 'CARRY_OVER',
          counterpartYear: effect.fromYear ?? null,
        },
      ];
    case 'BUDGET_CHANGE': {
      if (effect.year === undefined || effect.amountKronor === undefined) return [];
      if (effect.amountKronor === 0) return [];
      const add: TDeviationOperation = {
        type: 'BUDGET',
        year: effect.year,
        amountKronor: effect.amountKronor,
        adjustmentKind: 'DEVIATION',
        counterpartYear: effect.fromYear ?? null,
      };
      if (effect.fromYear === undefined) return [add];
      return [
        {
          type: 'BUDGET',
          year: effect.fromYear,
          amountKronor: -effect.amountKronor,
          adjustmentKind: 'DEVIATION',
          counterpartYear: effect.year,
        },
        add,
      ];
    }
    case 'START_POSTPONED':
      if (effect.newStartDate === undefined) return [];
      return [
        {
          type: 'PERIOD',
          startDate: effect.newStartDate,
          ...(effect.newEndDate ? { endDate: effect.newEndDate } : {}),
        },
      ];
    case 'PERIOD_EXTENDED':
      return effect.newEndDate === undefined
        ? []
        : [{ type: 'PERIOD', endDate: effect.newEndDate }];
    case 'PARTICIPANT_NUMBER_CHANGED':
      if (effect.expectedCount === undefined || effect.expectedKind === undefined) return [];
      return [
        { type: 'EXPECTED_PARTICIPANTS', count: effect.expectedCount, kind: effect.expectedKind },
      ];
    case 'GOAL_CHANGED':
    case 'TARGET_GROUP_OR_METHOD_CHANGED':
      return [];
  }
}
