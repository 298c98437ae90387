import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatConsumptionReason,
  formatDate,
  formatKronor,
  formatPeriod,
  formatTsek,
  type TDashboardBudgetYear,
  type TDashboardFlagThresholds,
  type TDashboardMoneyRow,
} from '@finsam/domain';
import { ChartWithTable } from '../../../components/chart/chart-with-table.tsx';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { BUDGET_ADJUSTMENT_KIND_LABEL } from '../../../lib/labels.ts';
import { AXIS_TICK, CHART_COLOURS } from '../../dashboards/components/chart-theme.ts';
import { renderLegendText } from '../../dashboards/components/chart-legend.tsx';
import { ConsumptionCell, thresholdsText } from '../../dashboards/components/consumption-cell.tsx';

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
  const columns: TDataColumn<TDashboardMoneyRow>[] = [
    {
      id: 'period',
      header: 'Period',
      rowHeader: true,
      value: (row) => row.period,
      cell: (row) => formatPeriod(row.period),
    },
    {
      id: 'outcome',
      header: 'Utfall TSEK',
      exportHeader: 'Utfall (kr)',
      kind: 'kronor',
      value: (row) => row.outcomeKronor,
      cell: (row) => (
        <>
          {formatTsek(row.outcomeKronor)}
          {row.outcomeEstimated ? (
            <>
              {' '}
              <span className="muted">(beräknat)</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'budget',
      header: 'Budget TSEK',
      exportHeader: 'Budget för perioden (kr)',
      kind: 'kronor',
      value: (row) => row.expectedBudgetKronor,
    },
    {
      id: 'ratio',
      header: 'Förbrukningskvot',
      kind: 'fraction',
      value: (row) => row.ratio,
      cell: (row) => <ConsumptionCell ratio={row.ratio} flag={row.flag} thresholds={thresholds} />,
    },
    {
      id: 'note',
      header: 'Not',
      sortable: false,
      value: (row) => row.note ?? (row.reason ? formatConsumptionReason(row.reason) : ''),
    },
  ];
  const chartData = money.map((row) => ({
    name: formatPeriod(row.period),
    Utfall: row.outcomeKronor ?? 0,
    Budget: row.expectedBudgetKronor,
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
          <BarChart
            responsive
            accessibilityLayer={false}
            data={chartData}
            style={{ width: '100%', height: 300 }}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
          >
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis dataKey="name" tick={AXIS_TICK} />
            <YAxis
              tickFormatter={(value: number) => formatTsek(value)}
              tick={AXIS_TICK}
              width={64}
            />
            <Tooltip formatter={(value) => `${formatTsek(Number(value))} TSEK`} />
            <Legend formatter={renderLegendText} />
            <Bar dataKey="Budget" name="Budget för perioden" fill={CHART_COLOURS.secondary} />
            <Bar dataKey="Utfall" name="Utfall" fill={CHART_COLOURS.primary} />
          </BarChart>
        }
        table={{
          caption: `Utfall och budget per period, ${name}`,
          columns,
          rows: money,
          rowKey: (row) => row.period,
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
