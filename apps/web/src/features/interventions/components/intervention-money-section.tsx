import {
  formatDate,
  formatKronor,
  formatPeriod,
  formatPeriodShort,
  formatTsek,
  type TDashboardBudgetYear,
  type TDashboardFlagThresholds,
  type TDashboardMoneyRow,
} from '@finsam/domain';
import { ChartWithTable } from '../../../components/chart/chart-with-table.tsx';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { BUDGET_ADJUSTMENT_KIND_LABEL } from '../../../lib/labels.ts';
import { BarChartFrame } from '../../../components/chart/bar-chart-frame.tsx';
import { CHART_COLOURS } from '../../../components/chart/chart-theme.ts';
import { thresholdsText } from '../../../components/money/consumption-cell.tsx';
import {
  moneyColumns,
  moneyRowLine,
  type TMoneyLine,
} from '../../../components/money/money-columns.tsx';

/**
 * Budget och utfall över tid: every period with utfall (Tabell 4's line for this intervention in
 * each PM), and the budget per year as adopted and after approved adjustments.
 */
export function InterventionMoneySection({
  money,
  budgets,
  thresholds,
  name,
}: {
  money: TDashboardMoneyRow[];
  budgets: TDashboardBudgetYear[];
  thresholds: TDashboardFlagThresholds;
  name: string;
}) {
  type TPeriodLine = TMoneyLine & { period: string };
  const lines: TPeriodLine[] = money.map((row) => ({
    ...moneyRowLine(row, row.period),
    period: row.period,
  }));
  const columns: TDataColumn<TPeriodLine>[] = [
    {
      id: 'period',
      header: 'Period',
      rowHeader: true,
      value: (line) => line.period,
      cell: (line) => formatPeriod(line.period),
    },
    ...moneyColumns<TPeriodLine>({ thresholds }),
  ];
  const chartData = lines.map((line) => ({
    name: formatPeriod(line.period),
    narrowName: formatPeriodShort(line.period),
    Utfall: line.outcomeKronor ?? 0,
    Budget: line.expectedBudgetKronor ?? 0,
  }));

  const budgetColumns: TDataColumn<TDashboardBudgetYear>[] = [
    { id: 'year', header: 'År', rowHeader: true, value: (row) => String(row.year) },
    {
      id: 'original',
      header: 'Fastställd budget TSEK',
      exportHeader: 'Fastställd budget (kr)',
      kind: 'kronor',
      value: (row) => row.originalBudgetKronor,
    },
    {
      id: 'adjusted',
      header: 'Justerad budget TSEK',
      exportHeader: 'Justerad budget (kr)',
      kind: 'kronor',
      value: (row) => row.adjustedBudgetKronor,
    },
    {
      id: 'adjustments',
      header: 'Ändringar',
      sortable: false,
      value: (row) =>
        row.adjustments
          .map(
            (adjustment) =>
              `${formatKronor(adjustment.amountKronor, { unit: true })} ${BUDGET_ADJUSTMENT_KIND_LABEL[adjustment.kind].toLowerCase()} ${formatDate(adjustment.date)}: ${adjustment.note}`,
          )
          .join('; '),
      cell: (row) =>
        row.adjustments.length === 0 ? (
          <span className="muted">Inga</span>
        ) : (
          <ul className="plain-list">
            {row.adjustments.map((adjustment, index) => (
              <li key={index}>
                {formatKronor(adjustment.amountKronor, { unit: true })} –{' '}
                {BUDGET_ADJUSTMENT_KIND_LABEL[adjustment.kind]}, {formatDate(adjustment.date)}:{' '}
                {adjustment.note}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <>
      <ChartWithTable
        title={`Utfall och budget per period, ${name}`}
        defaultView="table"
        description={
          <>
            Utfall från årets början till periodens slut jämfört med en linjär förbrukning av årets
            justerade budget. {thresholdsText(thresholds)}
          </>
        }
        chartLabel={`Stapeldiagram: utfall och budget i TSEK per period för ${name}`}
        chart={
          <BarChartFrame
            data={chartData}
            categoryKey="name"
            narrowCategoryKey="narrowName"
            formatValue={formatTsek}
            unit=" TSEK"
            series={[
              { dataKey: 'Budget', name: 'Budget för perioden', fill: CHART_COLOURS.secondary },
              { dataKey: 'Utfall', name: 'Utfall', fill: CHART_COLOURS.primary },
            ]}
          />
        }
        table={{
          caption: `Utfall och budget per period, ${name}`,
          columns,
          rows: lines,
          rowKey: (line) => line.period,
          emptyText: 'Inget utfall är registrerat för insatsen ännu.',
        }}
      />
      <DataTable
        caption={`Budget per år, ${name}`}
        columns={budgetColumns}
        rows={budgets}
        rowKey={(row) => String(row.year)}
        emptyText="Ingen budget är registrerad för insatsen."
      />
    </>
  );
}
