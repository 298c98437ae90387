import {
  formatDate,
  formatTsek,
  type TDashboardHeadroom,
  type TDashboardHeadroomColumn,
} from '@finsam/domain';
import { ChartWithTable } from '../chart/chart-with-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { EmptyState } from '../query/query-state.tsx';
import { CHART_COLOURS } from '../chart/chart-theme.ts';
import { BarChartFrame } from '../chart/bar-chart-frame.tsx';

/**
 * Beslutsutrymme over the plan years (Ekonomisk information): per column of the economic plan,
 * income, costs, the year's result, the surplus from earlier years and what remains to decide on.
 */
export function HeadroomSection({
  headroom,
  year,
}: {
  /** The plan as it stood for the period (null: none covers `year`). */
  headroom: TDashboardHeadroom | null;
  year: number;
}) {
  if (!headroom) {
    return (
      <EmptyState title="Beslutsutrymme">
        Det finns ingen ekonomisk plan för {year}: ingen plan som gällde då har en kolumn för året.
      </EmptyState>
    );
  }
  const kronor = (
    id: string,
    header: string,
    pick: (column: TDashboardHeadroomColumn) => number | null,
  ): TDataColumn<TDashboardHeadroomColumn> => ({
    id,
    header: `${header}`,
    exportHeader: `${header} (kr)`,
    kind: 'kronor',
    value: pick,
    sortable: false,
  });
  const columns: TDataColumn<TDashboardHeadroomColumn>[] = [
    {
      id: 'label',
      header: 'Kolumn',
      rowHeader: true,
      value: (column) => column.label,
      sortable: false,
    },
    kronor('income', 'Intäkter', (column) => column.incomeKronor),
    kronor('costs', 'Kostnader', (column) => column.costsKronor),
    kronor('result', 'Årets resultat', (column) => column.yearResultKronor),
    kronor('opening', 'Överskott från tidigare år', (column) => column.openingSurplusKronor),
    kronor('remaining', 'Kvarvarande beslutsutrymme', (column) => column.remainingHeadroomKronor),
    ...(headroom.hasPendingApplications
      ? [
          kronor('pending', 'Föreslagna ansökningar', (column) => column.pendingApplicationsKronor),
          kronor(
            'after',
            'Efter föreslagna ansökningar',
            (column) => column.remainingHeadroomAfterApplicationsKronor,
          ),
        ]
      : []),
  ];
  const chartData = headroom.columns.map((column) => ({
    name: column.label,
    value: column.closingHeadroomKronor,
  }));
  const title = `Beslutsutrymme enligt ${headroom.title.charAt(0).toLowerCase()}${headroom.title.slice(1)}`;

  return (
    <ChartWithTable
      title={title}
      description={`Belopp i TSEK per ${formatDate(headroom.asOfDate)}. Reservfonden räknas inte in. Nästa års överskott från tidigare år tas från innevarande års prognos.`}
      chartLabel={`Stapeldiagram: kvarvarande beslutsutrymme i TSEK för ${headroom.columns.map((column) => column.label).join(', ')}`}
      chart={
        <BarChartFrame
          data={chartData}
          categoryKey="name"
          formatValue={formatTsek}
          unit=" TSEK"
          valueWidth={72}
          zeroLine
          legend={false}
          series={[
            { dataKey: 'value', name: 'Kvarvarande beslutsutrymme', fill: CHART_COLOURS.primary },
          ]}
          barFill={(entry) => (entry.value < 0 ? CHART_COLOURS.red : CHART_COLOURS.primary)}
        />
      }
      table={{ caption: title, columns, rows: headroom.columns, rowKey: (column) => column.key }}
    />
  );
}
