import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPreviousQuarterlyReport, type TPreviousQuarterlyReport } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { leadReportQueryKeys } from './lead-report-query-keys.ts';

/** GET /api/reports/:id/previous: the intervention's report before this one, or null. */
export function getPreviousReport(
  id: string,
  signal?: AbortSignal,
): Promise<TPreviousQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}/previous`, {
    schema: ZPreviousQuarterlyReport,
    signal,
  });
}

export const previousReportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: leadReportQueryKeys.previous(id),
    queryFn: ({ signal }) => getPreviousReport(id, signal),
  });

export function usePreviousReport(id: string) {
  return useQuery(previousReportQueryOptions(id));
}
