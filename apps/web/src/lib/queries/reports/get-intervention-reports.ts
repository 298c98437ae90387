import { queryOptions, useQueries } from '@tanstack/react-query';
import { ZQuarterlyReportList, type TQuarterlyReportList } from '@finsam/domain';
import { apiRequest } from '../../api-client.ts';
import { reportQueryKeys } from './report-query-keys.ts';

/** GET /api/interventions/:id/reports: an intervention's quarterly reports with status and due date. */
export function getInterventionReports(
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
    queryKey: reportQueryKeys.ofIntervention(interventionId),
    queryFn: ({ signal }) => getInterventionReports(interventionId, signal),
  });

/** The reports of several interventions at once (one request each, in parallel). */
export function useReportsOfInterventions(interventionIds: string[]) {
  return useQueries({
    queries: interventionIds.map((id) => interventionReportsQueryOptions(id)),
    combine: (results) => ({
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      reports: results.flatMap((result) => result.data?.reports ?? []),
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  });
}
