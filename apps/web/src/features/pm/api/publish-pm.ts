import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPmPublication, type TPmPublication, type TPmPublishInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { pmQueryKeys } from './pm-query-keys.ts';

export interface TPublishPmVariables {
  period: string;
  input: TPmPublishInput;
}

/**
 * POST /api/pm/:period/publish (kansli): freezes the live document with the stored texts as a
 * new version; 409 when the texts changed since `textsVersion` was read.
 */
export function publishPm({ period, input }: TPublishPmVariables): Promise<TPmPublication> {
  return apiRequest(`/pm/${encodeURIComponent(period)}/publish`, {
    method: 'POST',
    body: input,
    schema: ZPmPublication,
  });
}

export function usePublishPm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPm,
    onSuccess: (publication) => {
      queryClient.setQueryData(
        pmQueryKeys.version(publication.period, publication.version),
        publication,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: pmQueryKeys.view(publication.period) }),
        queryClient.invalidateQueries({ queryKey: pmQueryKeys.list() }),
      ]);
    },
    // Stale texts: read the live document again, so the office sees what would be published.
    onError: (error, { period }) =>
      isApiError(error) && error.code === 'CONFLICT'
        ? queryClient.invalidateQueries({ queryKey: pmQueryKeys.view(period) })
        : undefined,
  });
}
