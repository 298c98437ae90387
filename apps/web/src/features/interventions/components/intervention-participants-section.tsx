import {
  formatCount,
  formatPeriod,
  formatPeriodShort,
  type TDashboardParticipantPeriod,
} from '@finsam/domain';
import { ChartWithTable } from '../../../components/chart/chart-with-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { CHART_COLOURS } from '../../../components/chart/chart-theme.ts';
import { BarChartFrame } from '../../../components/chart/bar-chart-frame.tsx';
import {
  PARTICIPANT_MEASURES,
  reportsMeasure,
} from '../../../components/dashboards/participants-table.tsx';

const GENDERS = [
  { key: 'women', label: 'K' },
  { key: 'men', label: 'M' },
  { key: 'total', label: 'S:a' },
] as const;

/** Deltagare över tid: each period's Tabell 6 line for this intervention, by gender. */
export function InterventionParticipantsSection({
  periods,
  name,
}: {
  periods: TDashboardParticipantPeriod[];
  name: string;
}) {
  const counts = periods.map((row) => row.counts);
  const columns: TDataColumn<TDashboardParticipantPeriod>[] = [
    {
      id: 'period',
      header: 'Period',
      rowHeader: true,
      value: (row) => row.period,
      cell: (row) => formatPeriod(row.period),
    },
    ...PARTICIPANT_MEASURES.filter(
      (measure) => !('onlyWhenReported' in measure) || reportsMeasure(counts, measure.key),
    ).flatMap((measure) =>
      GENDERS.map((gender): TDataColumn<TDashboardParticipantPeriod> => ({
        id: `${measure.key}-${gender.key}`,
        group: measure.label,
        header: gender.label,
        kind: 'count',
        value: (row) => row.counts[measure.key][gender.key],
      })),
    ),
    {
      id: 'share',
      header: 'Andel till arbete/studier/arbetssökande',
      kind: 'fraction',
      value: (row) => row.outcomes.total.shareToWorkStudiesOrJobSeeking,
    },
  ];
  const chartData = periods.map((row) => ({
    name: formatPeriod(row.period),
    narrowName: formatPeriodShort(row.period),
    women: row.counts.registered.women,
    men: row.counts.registered.men,
  }));

  return (
    <ChartWithTable
      title={`Deltagare per period, ${name}`}
      description="Inregistrerade kvinnor och män per period. Tabellen visar också avslutade, pågående och vart deltagarna gick."
      chartLabel={`Stapeldiagram: inregistrerade kvinnor och män per period för ${name}`}
      chart={
        <BarChartFrame
          data={chartData}
          categoryKey="name"
          narrowCategoryKey="narrowName"
          formatValue={formatCount}
          integer
          series={[
            { dataKey: 'women', name: 'Kvinnor', fill: CHART_COLOURS.women },
            { dataKey: 'men', name: 'Män', fill: CHART_COLOURS.men },
          ]}
        />
      }
      table={{
        caption: `Deltagare per period, ${name}`,
        columns,
        rows: periods,
        rowKey: (row) => row.period,
        emptyText: 'Inga deltagaruppgifter är rapporterade för insatsen.',
      }}
    />
  );
}
