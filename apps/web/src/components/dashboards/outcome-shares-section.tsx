import {
  formatPercent,
  formatPeriod,
  type TDashboardOutcomeShareGroup,
  type TDashboardOutcomeShares,
} from '@finsam/domain';
import { ChartWithTable } from '../chart/chart-with-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { CHART_COLOURS } from '../chart/chart-theme.ts';
import { BarChartFrame } from '../chart/bar-chart-frame.tsx';

interface TOutcomeLine {
  key: 'women' | 'men' | 'total';
  name: string;
  group: TDashboardOutcomeShareGroup;
}

const GROUPS: { key: TOutcomeLine['key']; name: string }[] = [
  { key: 'women', name: 'Kvinnor' },
  { key: 'men', name: 'Män' },
  { key: 'total', name: 'Totalt' },
];

/**
 * Utfall för deltagare: of those who ended in the period, the share to work and/or studies, and
 * the share including job-seekers (Tabell 6's last column), for women, men and in total. Shares
 * are computed over the counts (each participant once), from unrounded values.
 */
export function OutcomeSharesSection({
  outcomes,
  period,
  title = 'Avslutade till arbete och studier',
}: {
  outcomes: TDashboardOutcomeShares;
  period: string;
  title?: string;
}) {
  const lines: TOutcomeLine[] = GROUPS.map((group) => ({ ...group, group: outcomes[group.key] }));
  const columns: TDataColumn<TOutcomeLine>[] = [
    { id: 'name', header: 'Grupp', rowHeader: true, value: (line) => line.name, sortable: false },
    { id: 'ended', header: 'Avslutade', kind: 'count', value: (line) => line.group.ended },
    {
      id: 'work',
      header: 'Till arbete/studier',
      kind: 'count',
      value: (line) => line.group.toWorkOrStudies,
    },
    {
      id: 'workShare',
      header: 'Andel till arbete/studier',
      kind: 'fraction',
      value: (line) => line.group.shareToWorkOrStudies,
    },
    {
      id: 'workOrSeeking',
      header: 'Till arbete/studier/arbetssökande',
      kind: 'count',
      value: (line) => line.group.toWorkStudiesOrJobSeeking,
    },
    {
      id: 'workOrSeekingShare',
      header: 'Andel inkl. arbetssökande',
      kind: 'fraction',
      value: (line) => line.group.shareToWorkStudiesOrJobSeeking,
    },
    {
      id: 'otherShare',
      header: 'Andel övriga avslut',
      kind: 'fraction',
      value: (line) => line.group.shareOther,
    },
  ];
  const chartData = lines.map((line) => ({
    name: line.name,
    work: line.group.shareToWorkOrStudies,
    workOrSeeking: line.group.shareToWorkStudiesOrJobSeeking,
  }));
  const heading = `${title}, ${formatPeriod(period)}`;

  return (
    <ChartWithTable
      title={heading}
      description="Andel av dem som avslutades under perioden. “–” betyder att uppgiften inte är rapporterad."
      chartLabel={`Stapeldiagram: andel avslutade till arbete eller studier, och inklusive arbetssökande, för kvinnor, män och totalt, ${formatPeriod(period)}`}
      chart={
        <BarChartFrame
          data={chartData}
          categoryKey="name"
          formatValue={formatPercent}
          valueDomain={[0, 1]}
          series={[
            { dataKey: 'work', name: 'Till arbete/studier', fill: CHART_COLOURS.primary },
            {
              dataKey: 'workOrSeeking',
              name: 'Inkl. arbetssökande',
              fill: CHART_COLOURS.secondary,
            },
          ]}
        />
      }
      table={{ caption: heading, columns, rows: lines, rowKey: (line) => line.key }}
    />
  );
}
