import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZReportingRateList, type TReportingRateList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';

/** Query keys of the reporting rate (rapporteringsgrad). */
export const reportingRateQueryKeys = {
  all: ['reporting-rate'] as const,
  year: (year: number) => [...reportingRateQueryKeys.all, year] as const,
};

/** GET /api/reporting-rate?year=: the four quarters of a year. */
export function getReportingRate(year: number, signal?: AbortSignal): Promise<TReportingRateList> {
  return apiRequest(`/reporting-rate?year=${year}`, { schema: ZReportingRateList, signal });
}

export const reportingRateQueryOptions = (year: number) =>
  queryOptions({
    queryKey: reportingRateQueryKeys.year(year),
    queryFn: ({ signal }) => getReportingRate(year, signal),
  });

export function useReportingRate(year: number) {
  return useQuery(reportingRateQueryOptions(year));
}
