import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZQuarterlyReport, type TQuarterlyReport } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { leadReportQueryKeys } from './lead-report-query-keys.ts';

/** GET /api/reports/:id: a kvartalsrapport with its year's questions and the answers so far. */
export function getReport(id: string, signal?: AbortSignal): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}`, { schema: ZQuarterlyReport, signal });
}

export const reportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: leadReportQueryKeys.report(id),
    queryFn: ({ signal }) => getReport(id, signal),
    // The form owns the values once loaded: a background refetch must not reset it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useReport(id: string) {
  return useQuery(reportQueryOptions(id));
}
