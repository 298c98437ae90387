import { queryOptions, useQuery, keepPreviousData } from '@tanstack/react-query';
import { ZDashboardOverview, type TDashboardOverview } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { overviewQueryKeys } from './overview-query-keys.ts';

/** GET /api/dashboard?period=…: the förbund's överblick; no period = the newest with data. */
export function getOverviewDashboard(
  period: string | null,
  signal?: AbortSignal,
): Promise<TDashboardOverview> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return apiRequest(`/dashboard${query}`, { schema: ZDashboardOverview, signal });
}

export const overviewDashboardQueryOptions = (period: string | null) =>
  queryOptions({
    queryKey: overviewQueryKeys.dashboard(period),
    queryFn: ({ signal }) => getOverviewDashboard(period, signal),
    // Keep the previous period on screen while the next one loads: no flashing to a skeleton.
    placeholderData: keepPreviousData,
  });

export function useOverviewDashboard(period: string | null) {
  return useQuery(overviewDashboardQueryOptions(period));
}
