import { formatPeriod } from '@finsam/domain';
import { QueryState, useDeferredArrival } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { PeriodPicker } from '../../../components/period/period-picker.tsx';
import {
  usePeriodParam,
  useResolvedPeriodInUrl,
} from '../../../components/period/use-period-param.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { useOverviewDashboard } from '../api/get-overview-dashboard.ts';
import { OverviewContent } from './overview-content.tsx';
import { InvalidPeriodAlert } from '../../../components/period/invalid-period-alert.tsx';

/**
 * Överblick (förbund level) for the period in the URL: key figures first, then targets, money,
 * interventions, participants, beslutsutrymme and the development over time.
 */
export function OverviewPage() {
  const { period, invalid, raw } = usePeriodParam();
  const query = useOverviewDashboard(period);
  const data = useDeferredArrival(query.data);
  useResolvedPeriodInUrl(data?.period.period);
  usePageTitle(data ? `Överblick ${formatPeriod(data.period.period)}` : 'Överblick');

  return (
    <>
      <PageHeader
        title="Överblick"
        lead={
          data
            ? `${data.federation.name} · ${formatPeriod(data.period.period)}`
            : 'Förbundets insatser, pengar och resultat.'
        }
      >
        {data ? (
          <PeriodPicker value={data.period.period} availablePeriods={data.availablePeriods} />
        ) : null}
      </PageHeader>
      {invalid ? <InvalidPeriodAlert raw={raw} /> : null}
      <QueryState query={query} what="överblicken" deferFirstRender>
        {(dashboard) => <OverviewContent dashboard={dashboard} busy={query.isPlaceholderData} />}
      </QueryState>
    </>
  );
}
