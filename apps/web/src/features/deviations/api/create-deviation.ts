import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZDeviation, type TCreateDeviationInput, type TDeviation } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { deviationQueryKeys } from './deviation-query-keys.ts';

/** POST /api/interventions/:id/deviations: the lead reports an avvikelse of one kind. */
export function createDeviation(variables: {
  interventionId: string;
  input: TCreateDeviationInput;
}): Promise<TDeviation> {
  return apiRequest(`/interventions/${encodeURIComponent(variables.interventionId)}/deviations`, {
    method: 'POST',
    body: variables.input,
    schema: ZDeviation,
  });
}

export function useCreateDeviation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDeviation,
    onSuccess: (deviation) =>
      queryClient.invalidateQueries({
        queryKey: deviationQueryKeys.ofIntervention(deviation.interventionId),
      }),
  });
}
