import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { QueryState } from '../../../components/query/query-state.tsx';
import { useMe } from '../../../lib/queries/auth/get-me.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { usePeriodParam } from '../../../components/period/use-period-param.ts';
import { useInterventions } from '../../../lib/queries/interventions/get-interventions.ts';
import { InterventionListTable } from '../../../components/interventions/intervention-list-table.tsx';
import { AppLink } from '../../../components/link/app-link.tsx';
import { TodoSection } from './todo-section.tsx';

/** Mina insatser: the interventions a lead (insatsansvarig) is assigned to. */
export function MyInterventionsPage() {
  usePageTitle('Mina insatser');
  const me = useMe();
  const query = useInterventions();
  const { period } = usePeriodParam();
  const search = period ? `?period=${encodeURIComponent(period)}` : '';
  const mine = new Set(me.data?.user.interventionIds ?? []);

  return (
    <>
      <PageHeader
        title="Mina insatser"
        lead="Insatser som du är insatsansvarig för. Här ser du mål, pengar, deltagare och rapporter."
      />
      <QueryState query={query} what="dina insatser">
        {(data) => {
          const own = data.interventions.filter((row) => mine.has(row.id));
          return own.length === 0 ? (
            <Alert data-color="info">
              <Paragraph>
                Du är inte insatsansvarig för någon insats ännu. Kontakta kansliet om det är fel.
              </Paragraph>
            </Alert>
          ) : (
            <>
              <TodoSection interventions={own} />
              <InterventionListTable interventions={own} caption="Mina insatser" search={search} />
              <ul className="link-list" aria-label="Avvikelser">
                {own.map((row) => (
                  <li key={row.id}>
                    <AppLink to={`/mina-insatser/${encodeURIComponent(row.id)}/avvikelser`}>
                      Avvikelser för {row.shortName}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
