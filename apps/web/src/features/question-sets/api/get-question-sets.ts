import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZReportQuestionSetList, type TReportQuestionSetList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { questionSetQueryKeys } from './question-set-query-keys.ts';

/** GET /api/report-question-sets: the years that have a set of their own, oldest first. */
export function getQuestionSets(signal?: AbortSignal): Promise<TReportQuestionSetList> {
  return apiRequest('/report-question-sets', { schema: ZReportQuestionSetList, signal });
}

export const questionSetsQueryOptions = () =>
  queryOptions({
    queryKey: questionSetQueryKeys.list(),
    queryFn: ({ signal }) => getQuestionSets(signal),
  });

export function useQuestionSets() {
  return useQuery(questionSetsQueryOptions());
}
