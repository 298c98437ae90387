import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZReportQuestionSet, type TReportQuestionSet } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { questionSetQueryKeys } from './question-set-query-keys.ts';

/** GET /api/report-question-sets/:year: one year's questions as stored. */
export function getQuestionSet(year: number, signal?: AbortSignal): Promise<TReportQuestionSet> {
  return apiRequest(`/report-question-sets/${year}`, { schema: ZReportQuestionSet, signal });
}

export const questionSetQueryOptions = (year: number) =>
  queryOptions({
    queryKey: questionSetQueryKeys.year(year),
    queryFn: ({ signal }) => getQuestionSet(year, signal),
  });

export function useQuestionSet(year: number | null) {
  return useQuery({ ...questionSetQueryOptions(year ?? 0), enabled: year !== null });
}
