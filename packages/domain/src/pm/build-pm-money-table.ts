import type { TDashboardMoneyRow } from '../schemas/dashboard.ts';
import type { TPmTable } from '../schemas/pm.ts';
import { computeElapsedShare } from '../calculations/compute-elapsed-share.ts';
import { EMPTY_CELL, column, municipalityOf, percentCell, textCell, tsekCell } from './pm-cells.ts';

type TDates = { startDate: string; endDate: string };

/**
 * The half-year's own budget of the year-end PM ("Budget kvartal 3+4"): the year's adjusted
 * budget × (elapsed share at 31 December − elapsed share at 30 June), both by
 * `computeElapsedShare` (whole months of the budget period). An intervention that starts on 1
 * September has its whole 2019 budget in H2 (Växtverket 476 000). Null without a budget or
 * without a month of the budget period in the year.
 */
export function computeSecondHalfBudget(
  row: Pick<TDashboardMoneyRow, 'adjustedBudgetKronor' | 'year'>,
  dates: TDates,
): number | null {
  if (row.adjustedBudgetKronor === null) return null;
  const share = (periodEnd: string) =>
    computeElapsedShare({
      budgetPeriodStart: dates.startDate,
      budgetPeriodEnd: dates.endDate,
      year: row.year,
      periodEnd,
    });
  const atYearEnd = share(`${row.year}-12-31`);
  const atMidYear = share(`${row.year}-06-30`);
  if (atYearEnd === null || atMidYear === null) return null;
  return row.adjustedBudgetKronor * (atYearEnd - atMidYear);
}

function colourOf(flag: TDashboardMoneyRow['flag']) {
  return flag === 'GREEN' ? 'GREEN' : flag === 'YELLOW' ? 'YELLOW' : null;
}

/**
 * Tabell 4. Utfall och budget, from Överblick's money rows for the same half-year (DOMAIN.md §4):
 * - H1 (Q1–Q2): utfall Jan–Jun, budget = half the year's adjusted budget (the row's expected
 *   budget), förbrukningskvot.
 * - H2 (Q3–Q4, the year-end rule): the half-year's own columns (utfall Jul–Dec and the H2 budget,
 *   `computeSecondHalfBudget`) AND the year to date: utfall Jan–Dec, the year's adjusted budget
 *   and the förbrukningskvot against it.
 * The note column carries the row's note ("Beviljades medel 2024"). No total row, as printed.
 */
export function buildPmMoneyTable(
  half: 1 | 2,
  year: number,
  rows: readonly TDashboardMoneyRow[],
  datesById: ReadonlyMap<string, TDates>,
): TPmTable {
  const name = column('name', 'Insats', 'TEXT');
  const municipality = column('municipality', 'Kommun', 'TEXT');
  const note = column('note', 'Not', 'TEXT');
  if (half === 1) {
    const group = `Q1 - Q2 ${year}`;
    return {
      number: 4,
      title: 'Utfall och budget',
      columns: [
        name,
        municipality,
        column('outcome', 'Utfall TSEK', 'TSEK', group),
        column('budget', 'Budget TSEK', 'TSEK', group),
        column('ratio', 'Förbr kvot', 'PERCENT', group),
        note,
      ],
      groups: [
        {
          label: null,
          rows: rows.map((row) => ({
            key: row.intervention.id,
            emphasis: false,
            cells: {
              name: textCell(row.intervention.shortName),
              municipality: textCell(municipalityOf(row.owner)),
              outcome: tsekCell(row.outcomeKronor),
              budget: tsekCell(row.expectedBudgetKronor),
              ratio: percentCell(row.ratio, colourOf(row.flag)),
              note: row.note ? textCell(row.note) : EMPTY_CELL,
            },
          })),
        },
      ],
      footerRows: [],
      notes: [
        `Utfall januari–juni ${year}. Budget = halva årets justerade budget. Förbrukningskvot = utfall ÷ budget.`,
      ],
    };
  }
  const own = `Q3 - Q4 ${year}`;
  const whole = `Helår ${year}`;
  return {
    number: 4,
    title: 'Utfall och budget',
    columns: [
      name,
      municipality,
      column('outcome', 'Utfall TSEK', 'TSEK', own),
      column('budget', 'Budget TSEK', 'TSEK', own),
      column('yearOutcome', 'Utfall TSEK', 'TSEK', whole),
      column('yearBudget', 'Budget TSEK', 'TSEK', whole),
      column('ratio', 'Förbr kvot helår', 'PERCENT', whole),
      note,
    ],
    groups: [
      {
        label: null,
        rows: rows.map((row) => {
          const dates = datesById.get(row.intervention.id);
          return {
            key: row.intervention.id,
            emphasis: false,
            cells: {
              name: textCell(row.intervention.shortName),
              municipality: textCell(municipalityOf(row.owner)),
              outcome: tsekCell(row.periodOutcomeKronor),
              budget: tsekCell(dates ? computeSecondHalfBudget(row, dates) : null),
              yearOutcome: tsekCell(row.outcomeKronor),
              yearBudget: tsekCell(
                row.adjustedBudgetKronor === null ? null : row.expectedBudgetKronor,
              ),
              ratio: percentCell(row.ratio, colourOf(row.flag)),
              note: row.note ? textCell(row.note) : EMPTY_CELL,
            },
          };
        }),
      },
    ],
    footerRows: [],
    notes: [
      `Kvartal 3+4: utfall juli–december och andra halvårets budget. Helår: utfall januari–december mot årets justerade budget (förbrukningskvot ${year}).`,
    ],
  };
}
