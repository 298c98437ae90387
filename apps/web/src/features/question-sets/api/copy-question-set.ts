import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZReportQuestionSet, type TReportQuestionSet } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { questionSetQueryKeys } from './question-set-query-keys.ts';

/** POST /api/report-question-sets/:year/copy (kansli): `year`'s set starts as `fromYear`'s. */
export function copyQuestionSet(year: number, fromYear: number): Promise<TReportQuestionSet> {
  return apiRequest(`/report-question-sets/${year}/copy`, {
    method: 'POST',
    body: { fromYear },
    schema: ZReportQuestionSet,
  });
}

export function useCopyQuestionSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, fromYear }: { year: number; fromYear: number }) =>
      copyQuestionSet(year, fromYear),
    onSuccess: (set) => {
      queryClient.setQueryData(questionSetQueryKeys.year(set.year), set);
      return queryClient.invalidateQueries({ queryKey: questionSetQueryKeys.list() });
    },
  });
}
