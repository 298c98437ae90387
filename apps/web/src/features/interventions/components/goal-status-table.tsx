import { formatPeriod, type TDashboardGoalStatus } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { REPORT_STATUS_LABEL } from '../../../lib/labels.ts';
import { GoalStatusCell } from '../../../components/dashboards/goal-status-cell.tsx';

const COLOUR_ORDER = { GREEN: 0, YELLOW: 1, RED: 2 } as const;

/** Måluppfyllelse kvartal för kvartal (Tabell 2 over time): each report's answer and forecast. */
export function GoalStatusTable({
  statuses,
  name,
}: {
  statuses: TDashboardGoalStatus[];
  name: string;
}) {
  const columns: TDataColumn<TDashboardGoalStatus>[] = [
    {
      id: 'period',
      header: 'Kvartal',
      rowHeader: true,
      value: (row) => row.period,
      cell: (row) => formatPeriod(row.period),
    },
    {
      id: 'phase',
      header: 'Insatsen ligger i fas med uppsatta mål',
      value: (row) => (row.colour ? COLOUR_ORDER[row.colour] : null),
      cell: (row) => <GoalStatusCell status={row} />,
    },
    {
      id: 'forecast',
      header: 'Styrgruppens prognos: målen nås',
      value: (row) => row.forecastAnswer,
    },
    {
      id: 'report',
      header: 'Rapportens status',
      value: (row) => (row.reportStatus ? REPORT_STATUS_LABEL[row.reportStatus] : 'Ingen rapport'),
    },
  ];
  return (
    <DataTable
      caption={`Måluppfyllelse kvartal för kvartal, ${name}`}
      columns={columns}
      rows={statuses}
      rowKey={(row) => row.period}
      emptyText="Insatsen har inga kvartalsrapporter ännu."
    />
  );
}
