import { useMutation } from '@tanstack/react-query';
import { ZDeviation, type TDeviation, type TDeviationDecisionInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { useInvalidateAll } from './use-invalidate-review.ts';

export interface TDecideDeviationVariables {
  id: string;
  input: TDeviationDecisionInput;
}

/** POST /api/deviations/:id/decision: beviljad (the effect is applied) or avslagen (with a reason). */
export function decideDeviation({ id, input }: TDecideDeviationVariables): Promise<TDeviation> {
  return apiRequest(`/deviations/${encodeURIComponent(id)}/decision`, {
    method: 'POST',
    body: input,
    schema: ZDeviation,
  });
}

export function useDecideDeviation() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: decideDeviation, onSuccess: () => void invalidate() });
}
