import type { TMoneyRowReason } from '../calculations/compute-money-row.ts';

const TEXTS: Record<TMoneyRowReason, string> = {
  NO_BUDGET: 'Ingen budget för året (t.ex. medel beviljade efter att budgeten fastställdes)',
  OUTSIDE_BUDGET_PERIOD: 'Insatsen har ingen budgetperiod detta år',
  NOT_STARTED: 'Insatsens budgetperiod har inte börjat',
  NO_OUTCOME: 'Inget utfall redovisat',
  NO_OUTCOME_RECORDED: 'Utfall ännu inte registrerat',
};

/**
 * Default Swedish note for a förbrukningskvot that is missing or 0 (Tabell 4's "Not" column).
 * A note the kansli wrote itself ("Beviljades medel 2024") should be preferred; undefined → "".
 */
export function formatConsumptionReason(reason: TMoneyRowReason | null | undefined): string {
  return reason === undefined || reason === null ? '' : TEXTS[reason];
}
