import { formatDate, formatPeriod } from '@finsam/domain';
import { useParams } from 'react-router';
import { QueryState, useDeferredArrival } from '../../../components/query/query-state.tsx';
import { INTERVENTION_KIND_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { PeriodPicker } from '../../../components/period/period-picker.tsx';
import {
  usePeriodParam,
  useResolvedPeriodInUrl,
} from '../../../components/period/use-period-param.ts';
import { useInterventionDashboard } from '../api/get-intervention-dashboard.ts';
import { InterventionContent } from './intervention-content.tsx';
import { InvalidPeriodAlert } from '../../../components/period/invalid-period-alert.tsx';

/** Insats page (`/insatser/en-vag-in-steget-vidare?period=2024H1`): one intervention over time. */
export function InterventionPage() {
  const { interventionId = '' } = useParams();
  const { period, invalid, raw } = usePeriodParam();
  const query = useInterventionDashboard(interventionId, period);
  const data = useDeferredArrival(query.data);
  useResolvedPeriodInUrl(data?.period.period);
  usePageTitle(data ? `${data.facts.shortName} ${formatPeriod(data.period.period)}` : 'Insats');
  const search = period ? `?period=${encodeURIComponent(period)}` : '';
  const facts = data?.facts;

  return (
    <>
      <PageHeader
        title={facts?.fullName ?? 'Insats'}
        lead={
          facts
            ? `${INTERVENTION_KIND_LABEL[facts.kind]} · ${facts.owner?.name ?? 'Förbundets egen insats'} · ${formatDate(facts.startDate)} – ${formatDate(facts.endDate)}`
            : undefined
        }
        crumbs={[{ label: 'Insatser', to: `/insatser${search}` }]}
      >
        {data ? (
          <PeriodPicker value={data.period.period} availablePeriods={data.availablePeriods} />
        ) : null}
      </PageHeader>
      {invalid ? <InvalidPeriodAlert raw={raw} /> : null}
      <QueryState query={query} what="insatsens uppgifter" deferFirstRender>
        {(dashboard) => (
          <InterventionContent dashboard={dashboard} busy={query.isPlaceholderData} />
        )}
      </QueryState>
    </>
  );
}
