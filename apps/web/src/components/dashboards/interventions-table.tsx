import { formatDate, formatPeriod, type TDashboardInterventionSummary } from '@finsam/domain';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { INTERVENTION_KIND_LABEL } from '../../lib/labels.ts';
import { GoalStatusCell } from './goal-status-cell.tsx';
import { AppLink } from '../link/app-link.tsx';

const COLOUR_ORDER = { GREEN: 0, YELLOW: 1, RED: 2 } as const;

/**
 * The interventions of the period with their goal status (PM Tabell 1 and 2): name, kind, owner,
 * period and "Insatsen ligger i fas" with the steering group's forecast.
 */
export function InterventionsTable({
  interventions,
  period,
  caption = `Insatser och måluppfyllelse, ${formatPeriod(period)}`,
}: {
  interventions: TDashboardInterventionSummary[];
  period: string;
  caption?: string;
}) {
  const columns: TDataColumn<TDashboardInterventionSummary>[] = [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (row) => row.shortName,
      // Only what the viewer may open is a link (a lead: their own interventions).
      cell: (row) =>
        row.mayOpen === false ? (
          row.shortName
        ) : (
          <AppLink to={`/insatser/${row.key}?period=${encodeURIComponent(period)}`}>
            {row.shortName}
          </AppLink>
        ),
    },
    { id: 'kind', header: 'Typ', value: (row) => INTERVENTION_KIND_LABEL[row.kind] },
    { id: 'owner', header: 'Insatsägare', value: (row) => row.owner?.shortName ?? 'Förbundet' },
    {
      id: 'dates',
      header: 'Period',
      value: (row) => row.startDate,
      cell: (row) => `${formatDate(row.startDate)} – ${formatDate(row.endDate)}`,
    },
    {
      id: 'status',
      header: 'I fas med målen',
      value: (row) => (row.goalStatus?.colour ? COLOUR_ORDER[row.goalStatus.colour] : null),
      cell: (row) => <GoalStatusCell status={row.goalStatus} />,
    },
    {
      id: 'forecast',
      header: 'Prognos: målen nås',
      value: (row) => row.goalStatus?.forecastAnswer ?? null,
    },
    {
      id: 'report',
      header: 'Rapport',
      value: (row) => (row.goalStatus ? formatPeriod(row.goalStatus.period) : null),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={interventions}
      rowKey={(row) => row.id}
      emptyText="Inga insatser pågick under perioden."
    />
  );
}
