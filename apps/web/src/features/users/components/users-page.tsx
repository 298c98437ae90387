import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TUser } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { QueryState } from '../../../components/query/query-state.tsx';
import { ROLE_LABEL } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useAssignableInterventions } from '../api/get-assignable-interventions.ts';
import { useUsers } from '../api/get-users.ts';
import { UserCreateForm } from './user-create-form.tsx';
import { UserEditForm } from './user-edit-form.tsx';

/**
 * Administration (the admin's page): the förbund's user accounts in a table, a form to create an
 * account and one to change an account. Every save is announced in a live region.
 */
export function UsersPage() {
  usePageTitle('Administration');
  const users = useUsers();
  // For the names in the Insatser column; until they are here (or if they fail) a count is shown.
  const interventions = useAssignableInterventions();
  const interventionNames = new Map(
    (interventions.data?.interventions ?? []).map((row) => [row.id, row.shortName]),
  );
  const interventionsOf = (user: TUser): string =>
    user.interventionIds.length === 0
      ? 'Inga'
      : user.interventionIds.every((id) => interventionNames.has(id))
        ? user.interventionIds
            .map((id) => interventionNames.get(id)!)
            .sort((a, b) => a.localeCompare(b, 'sv'))
            .join(', ')
        : String(user.interventionIds.length);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A new key after each created account gives an empty form for the next one.
  const [createKey, setCreateKey] = useState(0);

  const columns: TDataColumn<TUser>[] = [
    { id: 'name', header: 'Namn', rowHeader: true, value: (user) => user.name },
    { id: 'email', header: 'E-post', value: (user) => user.email },
    { id: 'role', header: 'Roll', value: (user) => ROLE_LABEL[user.role] },
    { id: 'active', header: 'Aktiv', value: (user) => (user.active ? 'Ja' : 'Nej') },
    {
      id: 'interventions',
      header: 'Insatser',
      value: (user) => (user.role === 'LEAD' ? interventionsOf(user) : null),
      cell: (user) => (user.role === 'LEAD' ? interventionsOf(user) : '–'),
    },
    {
      id: 'edit',
      header: 'Ändra',
      sortable: false,
      value: () => null,
      cell: (user) => (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            setAnnouncement('');
            setEditingId(user.id);
          }}
        >
          Ändra <span className="visually-hidden">{user.name}</span>
        </Button>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Heading level={1} data-size="lg">
          Administration
        </Heading>
        <Paragraph className="page-header__lead">
          Förbundets användarkonton och roller. Uppföljningens siffror visas för styrelse, kansli
          och insatsansvariga.
        </Paragraph>
      </div>
      <p role="status" aria-live="polite" className="users-page__status">
        {announcement}
      </p>
      <QueryState query={users} what="användarna">
        {(data) => {
          const editing = data.users.find((user) => user.id === editingId);
          return (
            <>
              <section aria-labelledby="users-heading" className="users-page__section">
                <Heading level={2} data-size="sm" id="users-heading">
                  Användare
                </Heading>
                <DataTable
                  caption="Användarkonton"
                  captionHidden
                  columns={columns}
                  rows={data.users}
                  rowKey={(user) => user.id}
                  emptyText="Det finns inga användarkonton ännu. Skapa ett nedan."
                  downloads={false}
                />
              </section>
              {editing ? (
                <UserEditForm
                  key={editing.id}
                  user={editing}
                  onSaved={(user) => {
                    setEditingId(null);
                    setAnnouncement(`Ändringarna för ${user.name} sparades.`);
                  }}
                  onCancel={() => setEditingId(null)}
                  onReload={async () => {
                    const result = await users.refetch();
                    return result.data?.users.find((user) => user.id === editing.id);
                  }}
                />
              ) : null}
              <UserCreateForm
                key={createKey}
                onCreated={(user) => {
                  setCreateKey((key) => key + 1);
                  setAnnouncement(
                    `Kontot för ${user.name} (${ROLE_LABEL[user.role].toLowerCase()}) skapades.`,
                  );
                }}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
