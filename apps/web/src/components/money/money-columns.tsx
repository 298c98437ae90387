import {
  formatConsumptionReason,
  formatTsek,
  type TDashboardConsumptionFlag,
  type TDashboardFlagThresholds,
  type TDashboardMoneyRow,
  type TDashboardMoneyTotal,
} from '@finsam/domain';
import type { TDataColumn } from '../data-table/data-column.ts';
import { ConsumptionCell } from './consumption-cell.tsx';

/** One line of a money table (Tabell 4): an intervention, a period, or a total. */
export interface TMoneyLine {
  key: string;
  outcomeKronor: number | null;
  /** Utfall within the period's own months (2019 H2: "Utfall kvartal 3+4"). */
  periodOutcomeKronor: number | null;
  outcomeEstimated: boolean;
  /** The expected (linear) budget; null when there is no budget for the year. */
  expectedBudgetKronor: number | null;
  ratio: number | null;
  flag: TDashboardConsumptionFlag | null;
  note: string;
}

/** The budget a total is measured against, in words ("mot antagen budget"). */
export const MONEY_TOTAL_BASIS_LABEL: Record<TDashboardMoneyTotal['basis'], string> = {
  ADOPTED: 'mot antagen budget',
  ADJUSTED: 'mot justerad budget',
};

/**
 * A money row as a line. The note is the row's own (the PM's words) or the reason for a missing
 * kvot; `sharedNote` leaves out a reason the table states once for all rows.
 */
export function moneyRowLine(
  row: TDashboardMoneyRow,
  key: string,
  sharedNote: ((row: TDashboardMoneyRow) => boolean) | null = null,
): TMoneyLine {
  const shared = sharedNote?.(row) ?? false;
  return {
    key,
    outcomeKronor: row.outcomeKronor,
    periodOutcomeKronor: row.periodOutcomeKronor,
    outcomeEstimated: row.outcomeEstimated,
    expectedBudgetKronor: row.adjustedBudgetKronor === null ? null : row.expectedBudgetKronor,
    ratio: row.ratio,
    flag: row.flag,
    note: shared ? (row.note ?? '') : (row.note ?? formatConsumptionReason(row.reason)),
  };
}

/** A total as a line, with what is left unused. */
export function moneyTotalLine(
  key: string,
  total: TDashboardMoneyTotal,
  estimated: boolean,
): TMoneyLine {
  return {
    key,
    outcomeKronor: total.outcomeKronor,
    periodOutcomeKronor: null,
    outcomeEstimated: estimated,
    expectedBudgetKronor: total.expectedBudgetKronor,
    ratio: total.ratio,
    flag: total.flag,
    note:
      total.unusedKronor >= 0
        ? `Outnyttjade medel ${formatTsek(total.unusedKronor)} TSEK`
        : `Överskridet med ${formatTsek(-total.unusedKronor)} TSEK`,
  };
}

export interface TMoneyColumnsOptions {
  thresholds: TDashboardFlagThresholds;
  /** Header of the period's own utfall, when shown ("Utfall kvartal 3–4 TSEK"); omitted: none. */
  periodOutcomeHeader?: string;
}

/**
 * The money columns every Tabell 4 shares — utfall (year to date), optionally the period's own
 * utfall, budget for the period, förbrukningskvot with its flag, note — in TSEK on screen and
 * whole kronor in the download. The one money-columns helper (Överblick, Kommun, Insats).
 */
export function moneyColumns<T extends TMoneyLine>({
  thresholds,
  periodOutcomeHeader,
}: TMoneyColumnsOptions): TDataColumn<T>[] {
  const estimatedMark = (line: T) =>
    line.outcomeEstimated ? (
      <>
        {' '}
        <span className="muted">(beräknat)</span>
      </>
    ) : null;
  return [
    ...(periodOutcomeHeader
      ? [
          {
            id: 'periodOutcome',
            header: periodOutcomeHeader,
            exportHeader: `${periodOutcomeHeader.replace(/ TSEK$/, '')} (kr)`,
            kind: 'kronor' as const,
            value: (line: T) => line.periodOutcomeKronor,
          },
        ]
      : []),
    {
      id: 'outcome',
      header: periodOutcomeHeader ? 'Utfall hittills i år TSEK' : 'Utfall TSEK',
      exportHeader: periodOutcomeHeader ? 'Utfall hittills i år (kr)' : 'Utfall (kr)',
      kind: 'kronor',
      value: (line) => line.outcomeKronor,
      cell: (line) => (
        <>
          {formatTsek(line.outcomeKronor)}
          {estimatedMark(line)}
        </>
      ),
    },
    {
      id: 'budget',
      header: 'Budget TSEK',
      exportHeader: 'Budget för perioden (kr)',
      kind: 'kronor',
      value: (line) => line.expectedBudgetKronor,
    },
    {
      id: 'ratio',
      header: 'Förbrukningskvot',
      kind: 'fraction',
      value: (line) => line.ratio,
      cell: (line) => (
        <ConsumptionCell ratio={line.ratio} flag={line.flag} thresholds={thresholds} />
      ),
    },
    { id: 'note', header: 'Not', value: (line) => line.note, sortable: false },
  ];
}
