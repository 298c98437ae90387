import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZQuarterlyReportList, type TQuarterlyReportList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reviewQueryKeys } from './review-query-keys.ts';

/** GET /api/interventions/:id/reports: the intervention's reports, for the history page. */
export function listInterventionReports(
  interventionId: string,
  signal?: AbortSignal,
): Promise<TQuarterlyReportList> {
  return apiRequest(`/interventions/${encodeURIComponent(interventionId)}/reports`, {
    schema: ZQuarterlyReportList,
    signal,
  });
}

export const interventionReportsQueryOptions = (interventionId: string) =>
  queryOptions({
    queryKey: reviewQueryKeys.reports(interventionId),
    queryFn: ({ signal }) => listInterventionReports(interventionId, signal),
  });

export function useInterventionReports(interventionId: string) {
  return useQuery(interventionReportsQueryOptions(interventionId));
}
