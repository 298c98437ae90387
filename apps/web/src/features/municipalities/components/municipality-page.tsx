import { formatPeriod } from '@finsam/domain';
import { useParams } from 'react-router';
import { QueryState, useDeferredArrival } from '../../../components/query/query-state.tsx';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { PeriodPicker } from '../../../components/period/period-picker.tsx';
import {
  usePeriodParam,
  useResolvedPeriodInUrl,
} from '../../../components/period/use-period-param.ts';
import { useMunicipalityDashboard } from '../api/get-municipality-dashboard.ts';
import { MunicipalityContent } from './municipality-content.tsx';
import { InvalidPeriodAlert } from '../../../components/period/invalid-period-alert.tsx';

/** Kommun page (`/kommuner/knivsta?period=2024H1`): one member's interventions for a period. */
export function MunicipalityPage() {
  const { municipalityId = '' } = useParams();
  const { period, invalid, raw } = usePeriodParam();
  const query = useMunicipalityDashboard(municipalityId, period);
  const data = useDeferredArrival(query.data);
  useResolvedPeriodInUrl(data?.period.period);
  usePageTitle(data ? `${data.member.name} ${formatPeriod(data.period.period)}` : 'Kommun');
  const search = period ? `?period=${encodeURIComponent(period)}` : '';

  return (
    <>
      <PageHeader
        title={data?.member.name ?? 'Kommun'}
        lead={
          data
            ? `Insatser där ${data.member.shortName} är huvudinsatsägare · ${formatPeriod(data.period.period)}`
            : undefined
        }
        crumbs={[{ label: 'Kommuner', to: `/kommuner${search}` }]}
      >
        {data ? (
          <PeriodPicker value={data.period.period} availablePeriods={data.availablePeriods} />
        ) : null}
      </PageHeader>
      {invalid ? <InvalidPeriodAlert raw={raw} /> : null}
      <QueryState query={query} what="kommunens uppgifter" deferFirstRender>
        {(dashboard) => (
          <MunicipalityContent dashboard={dashboard} busy={query.isPlaceholderData} />
        )}
      </QueryState>
    </>
  );
}
