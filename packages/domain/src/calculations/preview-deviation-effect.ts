import { formatDate } from '../format/format-date.ts';
import type { TExpectedParticipantsKind } from '../schemas/enums.ts';
import type { TDeviationOperation } from './plan-deviation-effect.ts';

/** The intervention as it stands, before the decision. */
export interface TDeviationEffectState {
  startDate: string;
  endDate: string;
  /** Adjusted budget (justerad budget) per year in kronor, every approved change included. */
  budgets: readonly { year: number; adjustedKronor: number }[];
  /** The newest expected number of participants, or null. */
  expected: { count: number; kind: TExpectedParticipantsKind } | null;
}

/** One figure a decision changes, before and after. */
export type TDeviationEffectChange =
  | { type: 'BUDGET'; year: number; beforeKronor: number | null; afterKronor: number }
  | {
      type: 'PERIOD';
      before: { startDate: string; endDate: string };
      after: { startDate: string; endDate: string };
    }
  | {
      type: 'EXPECTED_PARTICIPANTS';
      before: { count: number; kind: TExpectedParticipantsKind } | null;
      after: { count: number; kind: TExpectedParticipantsKind };
    };

export interface TDeviationEffectPreview {
  changes: TDeviationEffectChange[];
  /** Why the effect cannot be applied as it stands (Swedish); empty when it can. */
  problems: string[];
}

/**
 * What `operations` (planDeviationEffect) would change on the intervention in `state`, without
 * applying anything: the office sees it before deciding, and the same figures after. Budget
 * changes of one year are summed into one line; a year without a budget has `beforeKronor` null
 * (the decision creates it at 0 kr). A start date that would fall after the end date is a problem.
 */
export function previewDeviationEffect(
  operations: readonly TDeviationOperation[],
  state: TDeviationEffectState,
): TDeviationEffectPreview {
  const changes: TDeviationEffectChange[] = [];
  const problems: string[] = [];
  const budgetLines = new Map<number, { beforeKronor: number | null; afterKronor: number }>();
  for (const operation of operations) {
    if (operation.type === 'BUDGET') {
      const line = budgetLines.get(operation.year) ?? {
        beforeKronor: state.budgets.find((b) => b.year === operation.year)?.adjustedKronor ?? null,
        afterKronor: state.budgets.find((b) => b.year === operation.year)?.adjustedKronor ?? 0,
      };
      line.afterKronor += operation.amountKronor;
      budgetLines.set(operation.year, line);
    } else if (operation.type === 'PERIOD') {
      const after = {
        startDate: operation.startDate ?? state.startDate,
        endDate: operation.endDate ?? state.endDate,
      };
      if (after.startDate > after.endDate) {
        problems.push(
          `Beslutet kan inte genomföras: startdatumet ${formatDate(after.startDate)} skulle hamna efter slutdatumet ${formatDate(after.endDate)}.`,
        );
      }
      changes.push({
        type: 'PERIOD',
        before: { startDate: state.startDate, endDate: state.endDate },
        after,
      });
    } else {
      changes.push({
        type: 'EXPECTED_PARTICIPANTS',
        before: state.expected,
        after: { count: operation.count, kind: operation.kind },
      });
    }
  }
  const budgetChanges: TDeviationEffectChange[] = [...budgetLines]
    .sort(([a], [b]) => a - b)
    .map(([year, line]) => ({ type: 'BUDGET', year, ...line }));
  return { changes: [...budgetChanges, ...changes], problems };
}
