import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZQuarterlyReport, type TQuarterlyReport } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reviewQueryKeys } from './review-query-keys.ts';

/** GET /api/reports/:id: one kvartalsrapport with its questions and answers, as the office reviews it. */
export function getReport(id: string, signal?: AbortSignal): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}`, { schema: ZQuarterlyReport, signal });
}

export const reportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: reviewQueryKeys.report(id),
    queryFn: ({ signal }) => getReport(id, signal),
  });

export function useReport(id: string) {
  return useQuery(reportQueryOptions(id));
}
