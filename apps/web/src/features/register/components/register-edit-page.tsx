import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import { useState } from 'react';
import { QueryState } from '../../../components/query/query-state.tsx';
import { AppLink } from '../../../components/link/app-link.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useInterventionBudgets } from '../api/get-intervention-budgets.ts';
import { useInterventionDetail } from '../api/get-intervention-detail.ts';
import { useMembers } from '../api/get-members.ts';
import { useRegisterList } from '../api/get-register-list.ts';
import { useUpdateIntervention } from '../api/save-intervention.ts';
import { toFormValues } from './intervention-form-schema.ts';
import { InterventionForm } from './intervention-form.tsx';
import { BudgetOverviewTable } from './budget-overview-table.tsx';

/** Ändra insats (the office): the register's form with the stored facts, and its budgets. */
export function RegisterEditPage() {
  const { interventionId = '' } = useParams();
  const [params] = useSearchParams();
  const detail = useInterventionDetail(interventionId);
  const members = useMembers();
  const list = useRegisterList();
  const budgets = useInterventionBudgets(interventionId);
  const update = useUpdateIntervention();
  const [saved, setSaved] = useState(params.get('sparad') === '1');
  usePageTitle(detail.data ? `Ändra ${detail.data.shortName}` : 'Ändra insats');
  return (
    <QueryState query={detail} what="insatsen">
      {(intervention) => (
        <>
          <Heading level={1} data-size="lg">
            {intervention.shortName}
          </Heading>
          <Paragraph>
            <AppLink to="/register">Tillbaka till registret</AppLink>
            {' · '}
            <AppLink to={`/insatser/${intervention.id}`}>Insatsens uppföljning</AppLink>
          </Paragraph>
          {saved ? (
            <Alert data-color="success" role="status">
              <Paragraph>Insatsen är sparad.</Paragraph>
            </Alert>
          ) : null}
          <QueryState query={members} what="förbundets medlemmar">
            {(memberData) => (
              <QueryState query={list} what="insatserna">
                {(listData) => (
                  <InterventionForm
                    key={intervention.version}
                    // The stored source (often a long transcription note) is kept, not edited here.
                    defaultValues={{ ...toFormValues(intervention), source: '' }}
                    showSource={false}
                    members={memberData.members}
                    interventions={listData.interventions.filter((i) => i.id !== intervention.id)}
                    submitLabel="Spara ändringarna"
                    onSubmit={async (values) => {
                      setSaved(false);
                      const { key: _key, source: _source, ...facts } = values;
                      await update.mutateAsync({
                        id: intervention.id,
                        input: { ...facts, version: intervention.version },
                      });
                      setSaved(true);
                    }}
                  />
                )}
              </QueryState>
            )}
          </QueryState>
          <Heading level={2} data-size="md">
            Budget per år
          </Heading>
          <Paragraph>
            Antagen budget och justerad budget sida vid sida; varje justering (överföring,
            tilläggsbeslut, avvikelse) med datum och källa.
          </Paragraph>
          <QueryState query={budgets} what="budgetarna">
            {(data) => (
              <BudgetOverviewTable
                caption={`Budget för ${intervention.shortName}`}
                budgets={data.budgets}
              />
            )}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}
