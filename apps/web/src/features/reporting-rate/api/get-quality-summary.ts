import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZQualitySummary, type TQualitySummary } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reportingRateQueryKeys } from './get-reporting-rate.ts';

/** GET /api/review/quality-summary?period=: Tabell 5, "i N av M insatser", for a period. */
export function getQualitySummary(period: string, signal?: AbortSignal): Promise<TQualitySummary> {
  return apiRequest(`/review/quality-summary?period=${encodeURIComponent(period)}`, {
    schema: ZQualitySummary,
    signal,
  });
}

export const qualitySummaryQueryOptions = (period: string) =>
  queryOptions({
    queryKey: [...reportingRateQueryKeys.all, 'quality-summary', period] as const,
    queryFn: ({ signal }) => getQualitySummary(period, signal),
  });

export function useQualitySummary(period: string) {
  return useQuery(qualitySummaryQueryOptions(period));
}
