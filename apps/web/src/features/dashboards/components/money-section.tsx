import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatConsumptionReason,
  formatPeriod,
  formatTsek,
  type TDashboardConsumptionFlag,
  type TDashboardMoney,
  type TDashboardMoneyRow,
  type TDashboardMoneyTotal,
} from '@finsam/domain';
import { ChartWithTable } from '../../../components/chart/chart-with-table.tsx';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { AXIS_TICK, CHART_COLOURS } from './chart-theme.ts';
import { renderLegendText } from './chart-legend.tsx';
import { ConsumptionCell, thresholdsText } from './consumption-cell.tsx';
import { AppLink } from '../../../components/link/app-link.tsx';

/** One line of Tabell 4 as shown: an intervention, or the "Totalt" line. */
interface TMoneyLine {
  key: string;
  name: string;
  href: string | null;
  owner: string;
  outcomeKronor: number | null;
  outcomeEstimated: boolean;
  expectedBudgetKronor: number;
  ratio: number | null;
  flag: TDashboardConsumptionFlag | null;
  note: string;
}

export interface TMoneySectionProps {
  money: TDashboardMoney;
  period: string;
  /** Shown in the heading: "per insats" on the förbund page, "Knivstas insatser" on a kommun page. */
  title?: string;
}

/**
 * Utfall och budget (PM Tabell 4): utfall from 1 January to the period end against the linear
 * share of the adjusted budget, each förbrukningskvot with the PM's flag, and the total.
 */
export function MoneySection({
  money,
  period,
  title = 'Utfall och budget per insats',
}: TMoneySectionProps) {
  const lines = money.rows.map((row) => toLine(row, period));
  const total = totalLine(
    'Totalt',
    money.totalAdjusted,
    money.rows.some((row) => row.outcomeEstimated),
  );
  const otherLines = money.otherCooperationRows.map((row) => toLine(row, period));
  const otherTotal = totalLine(
    'Totalt övriga',
    money.otherCooperationTotal,
    money.otherCooperationRows.some((row) => row.outcomeEstimated),
  );
  const columns = moneyColumns(money);
  const chartData = lines.map((line) => ({
    name: line.name,
    Utfall: line.outcomeKronor ?? 0,
    Budget: line.expectedBudgetKronor,
  }));
  const heading = `${title}, ${formatPeriod(period)}`;

  return (
    <>
      <ChartWithTable
        title={heading}
        defaultView="table"
        description={
          <>
            Utfall från årets början till periodens slut jämfört med en linjär förbrukning av årets
            justerade budget. Målvärdet är 100 %. {thresholdsText(money.thresholds)}
          </>
        }
        chartLabel={`Liggande stapeldiagram: utfall och budget i TSEK för ${lines.length} insatser, ${formatPeriod(period)}`}
        chart={
          <BarChart
            responsive
            accessibilityLayer={false}
            layout="vertical"
            data={chartData}
            style={{ width: '100%', height: Math.max(240, 44 * chartData.length + 80) }}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              type="number"
              tickFormatter={(value: number) => formatTsek(value)}
              tick={AXIS_TICK}
            />
            <YAxis type="category" dataKey="name" width={190} tick={AXIS_TICK} interval={0} />
            <Tooltip formatter={(value) => `${formatTsek(Number(value))} TSEK`} />
            <Legend formatter={renderLegendText} />
            <Bar dataKey="Budget" name="Budget för perioden" fill={CHART_COLOURS.secondary} />
            <Bar dataKey="Utfall" name="Utfall" fill={CHART_COLOURS.primary} />
          </BarChart>
        }
        table={{
          caption: heading,
          columns,
          rows: lines,
          footRows: lines.length > 0 ? [total] : [],
          rowKey: (line) => line.key,
          emptyText: 'Inget utfall eller budget är registrerat för perioden. Välj en annan period.',
        }}
      />
      {otherLines.length > 0 ? (
        <DataTable
          caption={`Förbundets övriga samverkansinsatser, ${formatPeriod(period)}`}
          columns={columns}
          rows={otherLines}
          footRows={[otherTotal]}
          rowKey={(line) => line.key}
        />
      ) : null}
    </>
  );
}

function toLine(row: TDashboardMoneyRow, period: string): TMoneyLine {
  return {
    key: row.intervention.id,
    name: row.intervention.shortName,
    href: `/insatser/${row.intervention.key}?period=${encodeURIComponent(period)}`,
    owner: row.owner?.shortName ?? 'Förbundet',
    outcomeKronor: row.outcomeKronor,
    outcomeEstimated: row.outcomeEstimated,
    expectedBudgetKronor: row.expectedBudgetKronor,
    ratio: row.ratio,
    flag: row.flag,
    note: row.note ?? (row.reason ? formatConsumptionReason(row.reason) : ''),
  };
}

/** The sum of the rows as shown (their adjusted budgets), with what is left unused. */
function totalLine(name: string, total: TDashboardMoneyTotal, estimated: boolean): TMoneyLine {
  return {
    key: `total-${name}`,
    name,
    href: null,
    owner: '',
    outcomeKronor: total.outcomeKronor,
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

function moneyColumns(money: TDashboardMoney): TDataColumn<TMoneyLine>[] {
  return [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.name,
      cell: (line) => (line.href ? <AppLink to={line.href}>{line.name}</AppLink> : line.name),
    },
    { id: 'owner', header: 'Insatsägare', value: (line) => line.owner },
    {
      id: 'outcome',
      header: 'Utfall TSEK',
      exportHeader: 'Utfall (kr)',
      kind: 'kronor',
      value: (line) => line.outcomeKronor,
      cell: (line) => (
        <>
          {formatTsek(line.outcomeKronor)}
          {line.outcomeEstimated ? (
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
      value: (line) => line.expectedBudgetKronor,
    },
    {
      id: 'ratio',
      header: 'Förbrukningskvot',
      kind: 'fraction',
      value: (line) => line.ratio,
      cell: (line) => (
        <ConsumptionCell ratio={line.ratio} flag={line.flag} thresholds={money.thresholds} />
      ),
    },
    { id: 'note', header: 'Not', value: (line) => line.note, sortable: false },
  ];
}

/**
 * A short sentence for the key figure card, as the delårsrapport's driftsredovisning counts it
 * (against the adopted budgets): "Utfall 9 628 av 10 329 TSEK".
 */
export function moneySummary(money: TDashboardMoney): string {
  return `Utfall ${formatTsek(money.total.outcomeKronor)} av ${formatTsek(money.total.expectedBudgetKronor)} TSEK`;
}
