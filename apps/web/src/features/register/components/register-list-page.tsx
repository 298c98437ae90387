import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { formatDate, type TInterventionSummary } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { INTERVENTION_KIND_LABEL, INTERVENTION_STATUS_LABEL } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useRegisterList } from '../api/get-register-list.ts';

const COLUMNS: TDataColumn<TInterventionSummary>[] = [
  {
    id: 'name',
    header: 'Insats',
    rowHeader: true,
    value: (row) => row.shortName,
    cell: (row) => <AppLink to={`/register/${row.id}`}>{row.shortName}</AppLink>,
  },
  { id: 'kind', header: 'Typ', value: (row) => INTERVENTION_KIND_LABEL[row.kind] },
  { id: 'owner', header: 'Insatsägare', value: (row) => row.owner?.shortName ?? '–' },
  {
    id: 'start',
    header: 'Start',
    value: (row) => row.startDate,
    cell: (row) => formatDate(row.startDate),
  },
  {
    id: 'end',
    header: 'Slut',
    value: (row) => row.endDate,
    cell: (row) => formatDate(row.endDate),
  },
  { id: 'status', header: 'Status', value: (row) => INTERVENTION_STATUS_LABEL[row.status] },
];

/** Insatsregistret (the office): every intervention, with links to edit and to add one. */
export function RegisterListPage() {
  usePageTitle('Insatsregister');
  const query = useRegisterList();
  return (
    <>
      <Heading level={1} data-size="lg">
        Insatsregister
      </Heading>
      <Paragraph>
        Förbundets insatser med namn, ägare, period, mål och förväntat antal deltagare. Välj en
        insats för att ändra den.
      </Paragraph>
      <div className="economy-actions">
        <Button asChild>
          <Link to="/register/ny">Ny insats</Link>
        </Button>
      </div>
      <QueryState query={query} what="insatserna">
        {(data) => (
          <DataTable
            caption="Insatser i registret"
            columns={COLUMNS}
            rows={data.interventions}
            rowKey={(row) => row.id}
            emptyText="Registret är tomt. Lägg till förbundets första insats."
          />
        )}
      </QueryState>
    </>
  );
}
