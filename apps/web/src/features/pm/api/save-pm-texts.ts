import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPmView, type TPmTextsInput, type TPmView } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { pmQueryKeys } from './pm-query-keys.ts';

export interface TSavePmTextsVariables {
  period: string;
  input: TPmTextsInput;
}

/**
 * PUT /api/pm/:period/texts (kansli): edited paragraphs by block id at the texts version last
 * read; an empty text restores the prefilled one. Answers the office's view with the new
 * version; a stale version answers 409 with the view as saved in `ApiError.current`.
 */
export function savePmTexts({ period, input }: TSavePmTextsVariables): Promise<TPmView> {
  return apiRequest(`/pm/${encodeURIComponent(period)}/texts`, {
    method: 'PUT',
    body: input,
    schema: ZPmView,
  });
}

export function useSavePmTexts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePmTexts,
    onSuccess: (view, { period }) =>
      queryClient.setQueryData(pmQueryKeys.view(period), { kind: 'LIVE' as const, ...view }),
  });
}
