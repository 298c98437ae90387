import {
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  type TDashboardTrendPoint,
} from '@finsam/domain';
import { ChartWithTable } from '../chart/chart-with-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { EmptyState } from '../query/query-state.tsx';
import { CHART_COLOURS } from '../chart/chart-theme.ts';
import { BarChartFrame } from '../chart/bar-chart-frame.tsx';

/**
 * Utveckling över tid: the same figures for earlier periods of the same kind (2022 H1 beside
 * 2024 H1), so the board sees the direction, not only the state.
 */
export function TrendSection({
  trend,
  title = 'Utveckling över tid',
}: {
  trend: TDashboardTrendPoint[];
  title?: string;
}) {
  if (trend.length < 2) {
    return (
      <EmptyState title={title}>
        Det finns inga tidigare perioder av samma slag med uppgifter att jämföra med. Välj t.ex. ett
        halvår för att jämföra med samma halvår andra år.
      </EmptyState>
    );
  }
  const columns: TDataColumn<TDashboardTrendPoint>[] = [
    {
      id: 'period',
      header: 'Period',
      rowHeader: true,
      value: (point) => point.period,
      cell: (point) => (
        <>
          {formatPeriod(point.period)}
          {point.isCurrent ? (
            <>
              {' '}
              <span className="muted">(vald)</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'outcome',
      header: 'Utfall TSEK',
      exportHeader: 'Utfall (kr)',
      kind: 'kronor',
      value: (point) => point.money.outcomeKronor,
    },
    {
      id: 'budget',
      header: 'Budget TSEK',
      exportHeader: 'Budget för perioden (kr)',
      kind: 'kronor',
      value: (point) => point.money.expectedBudgetKronor,
    },
    {
      id: 'ratio',
      header: 'Förbrukningskvot',
      kind: 'fraction',
      value: (point) => point.money.ratio,
    },
    {
      id: 'registered',
      header: 'Inregistrerade',
      kind: 'count',
      value: (point) => point.registered.total,
    },
    { id: 'ended', header: 'Avslutade', kind: 'count', value: (point) => point.ended.total },
    { id: 'ongoing', header: 'Pågående', kind: 'count', value: (point) => point.ongoing.total },
    {
      id: 'work',
      header: 'Andel till arbete/studier',
      kind: 'fraction',
      value: (point) => point.outcomes.total.shareToWorkOrStudies,
    },
    {
      id: 'workOrSeeking',
      header: 'Andel inkl. arbetssökande',
      kind: 'fraction',
      value: (point) => point.outcomes.total.shareToWorkStudiesOrJobSeeking,
    },
  ];
  const chartData = trend.map((point) => ({
    name: formatPeriod(point.period),
    narrowName: formatPeriodShort(point.period),
    ratio: point.money.ratio,
    work: point.outcomes.total.shareToWorkOrStudies,
  }));
  const periods = trend.map((point) => formatPeriod(point.period)).join(', ');

  return (
    <ChartWithTable
      title={title}
      description="Förbrukningskvot och andel avslutade till arbete eller studier, för perioder av samma slag med uppgifter."
      chartLabel={`Stapeldiagram: förbrukningskvot och andel avslutade till arbete eller studier för ${periods}`}
      chart={
        <BarChartFrame
          data={chartData}
          categoryKey="name"
          narrowCategoryKey="narrowName"
          formatValue={formatPercent}
          series={[
            { dataKey: 'ratio', name: 'Förbrukningskvot', fill: CHART_COLOURS.primary },
            { dataKey: 'work', name: 'Andel till arbete/studier', fill: CHART_COLOURS.secondary },
          ]}
        />
      }
      table={{
        caption: `${title}: ${periods}`,
        columns,
        rows: trend,
        rowKey: (point) => point.period,
      }}
    />
  );
}
