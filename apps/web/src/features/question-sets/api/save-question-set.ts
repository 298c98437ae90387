import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZReportQuestionSet,
  type TReportQuestionSet,
  type TSaveReportQuestionSetInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { questionSetQueryKeys } from './question-set-query-keys.ts';

/** PUT /api/report-question-sets/:year (kansli): the whole set at the version it was read at. */
export function saveQuestionSet(
  year: number,
  input: TSaveReportQuestionSetInput,
): Promise<TReportQuestionSet> {
  return apiRequest(`/report-question-sets/${year}`, {
    method: 'PUT',
    body: input,
    schema: ZReportQuestionSet,
  });
}

export function useSaveQuestionSet(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TSaveReportQuestionSetInput) => saveQuestionSet(year, input),
    onSuccess: (set) => {
      queryClient.setQueryData(questionSetQueryKeys.year(year), set);
      return queryClient.invalidateQueries({ queryKey: questionSetQueryKeys.list() });
    },
  });
}
