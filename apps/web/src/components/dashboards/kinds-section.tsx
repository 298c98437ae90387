import {
  formatCount,
  formatPeriod,
  formatStatusLabel,
  type TDashboardKindCount,
} from '@finsam/domain';
import { ChartWithTable } from '../chart/chart-with-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { INTERVENTION_KIND_PLURAL } from '../../lib/labels.ts';
import { CHART_COLOURS } from '../chart/chart-theme.ts';
import { BarChartFrame } from '../chart/bar-chart-frame.tsx';

/**
 * Antal insatser per typ och deras målstatus: how many individ-, struktur- and förstudieinsatser
 * ran in the period, and how many of each are green, yellow or red in their latest report.
 */
export function KindsSection({ kinds, period }: { kinds: TDashboardKindCount[]; period: string }) {
  const columns: TDataColumn<TDashboardKindCount>[] = [
    {
      id: 'kind',
      header: 'Typ av insats',
      rowHeader: true,
      value: (row) => INTERVENTION_KIND_PLURAL[row.kind],
    },
    { id: 'count', header: 'Antal', kind: 'count', value: (row) => row.count },
    {
      id: 'green',
      header: `Grönt: ${formatStatusLabel('GREEN')}`,
      kind: 'count',
      value: (row) => row.green,
    },
    {
      id: 'yellow',
      header: `Gult: ${formatStatusLabel('YELLOW')}`,
      kind: 'count',
      value: (row) => row.yellow,
    },
    {
      id: 'red',
      header: `Rött: ${formatStatusLabel('RED')}`,
      kind: 'count',
      value: (row) => row.red,
    },
    { id: 'none', header: 'Ingen rapport', kind: 'count', value: (row) => row.noStatus },
  ];
  const chartData = kinds.map((row) => ({
    name: INTERVENTION_KIND_PLURAL[row.kind],
    green: row.green,
    yellow: row.yellow,
    red: row.red,
    none: row.noStatus,
  }));
  const heading = `Insatser per typ och målstatus, ${formatPeriod(period)}`;
  return (
    <ChartWithTable
      title={heading}
      description="Målstatus enligt insatsens senaste kvartalsrapport i perioden: Ja = grönt, I stort sett eller Delvis = gult, Nej = rött."
      chartLabel={`Staplat stapeldiagram: antal insatser per typ uppdelat på grönt, gult, rött och ingen rapport, ${formatPeriod(period)}`}
      chart={
        <BarChartFrame
          data={chartData}
          categoryKey="name"
          formatValue={formatCount}
          integer
          height={280}
          series={[
            {
              dataKey: 'green',
              stackId: 'status',
              name: `Grönt: ${formatStatusLabel('GREEN')}`,
              fill: CHART_COLOURS.green,
            },
            {
              dataKey: 'yellow',
              stackId: 'status',
              name: `Gult: ${formatStatusLabel('YELLOW')}`,
              fill: CHART_COLOURS.yellow,
            },
            {
              dataKey: 'red',
              stackId: 'status',
              name: `Rött: ${formatStatusLabel('RED')}`,
              fill: CHART_COLOURS.red,
            },
            { dataKey: 'none', stackId: 'status', name: 'Ingen rapport', fill: CHART_COLOURS.none },
          ]}
        />
      }
      table={{ caption: heading, columns, rows: kinds, rowKey: (row) => row.kind }}
    />
  );
}
