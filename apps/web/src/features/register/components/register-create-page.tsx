import { Heading } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useMembers } from '../api/get-members.ts';
import { useRegisterList } from '../api/get-register-list.ts';
import { useCreateIntervention } from '../api/save-intervention.ts';
import { EMPTY_INTERVENTION } from './intervention-form-schema.ts';
import { InterventionForm } from './intervention-form.tsx';

/** Ny insats (the office): the register's form, empty. */
export function RegisterCreatePage() {
  usePageTitle('Ny insats');
  const members = useMembers();
  const list = useRegisterList();
  const create = useCreateIntervention();
  const navigate = useNavigate();
  return (
    <>
      <Heading level={1} data-size="lg">
        Ny insats
      </Heading>
      <QueryState query={members} what="förbundets medlemmar">
        {(memberData) => (
          <QueryState query={list} what="insatserna">
            {(listData) => (
              <InterventionForm
                defaultValues={EMPTY_INTERVENTION}
                members={memberData.members}
                interventions={listData.interventions}
                submitLabel="Spara insatsen"
                onSubmit={async (values) => {
                  const created = await create.mutateAsync(values);
                  await navigate(`/register/${created.id}?sparad=1`);
                }}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
