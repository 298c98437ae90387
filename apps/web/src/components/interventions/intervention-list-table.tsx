import { formatDate, type TInterventionSummary } from '@finsam/domain';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { INTERVENTION_KIND_LABEL, INTERVENTION_STATUS_LABEL } from '../../lib/labels.ts';
import { AppLink } from '../link/app-link.tsx';

/** Insatser as a sortable table: name (link), kind, owner, period and status. */
export function InterventionListTable({
  interventions,
  caption,
  search,
}: {
  interventions: TInterventionSummary[];
  caption: string;
  /** Query string carried into each link (the chosen period). */
  search: string;
}) {
  const columns: TDataColumn<TInterventionSummary>[] = [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (row) => row.shortName,
      cell: (row) => (
        <>
          <AppLink to={`/insatser/${row.key}${search}`}>{row.shortName}</AppLink>
          {row.fullName !== row.shortName ? (
            <span className="table-subtext">{row.fullName}</span>
          ) : null}
        </>
      ),
    },
    { id: 'kind', header: 'Typ', value: (row) => INTERVENTION_KIND_LABEL[row.kind] },
    { id: 'owner', header: 'Insatsägare', value: (row) => row.owner?.shortName ?? 'Förbundet' },
    {
      id: 'start',
      header: 'Start',
      value: (row) => row.startDate,
      cell: (row) => formatDate(row.startDate),
    },
    {
      id: 'end',
      header: 'Till och med',
      value: (row) => row.endDate,
      cell: (row) => formatDate(row.endDate),
    },
    { id: 'status', header: 'Status', value: (row) => INTERVENTION_STATUS_LABEL[row.status] },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={interventions}
      rowKey={(row) => row.id}
      emptyText="Inga insatser matchar urvalet."
    />
  );
}
