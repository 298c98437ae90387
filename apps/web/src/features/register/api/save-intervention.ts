import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZInterventionDetail,
  type TInterventionCreateInput,
  type TInterventionDetail,
  type TInterventionUpdateInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { registerQueryKeys } from './register-query-keys.ts';

/** POST /api/interventions (kansli): a new intervention. */
export function createIntervention(input: TInterventionCreateInput): Promise<TInterventionDetail> {
  return apiRequest('/interventions', { method: 'POST', body: input, schema: ZInterventionDetail });
}

/** PATCH /api/interventions/:id (kansli), based on `input.version`; 409 when someone else saved. */
export function updateIntervention({
  id,
  input,
}: {
  id: string;
  input: TInterventionUpdateInput;
}): Promise<TInterventionDetail> {
  return apiRequest(`/interventions/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
    schema: ZInterventionDetail,
  });
}

function useAfterSave() {
  const queryClient = useQueryClient();
  return (detail: TInterventionDetail) => {
    queryClient.setQueryData(registerQueryKeys.detail(detail.id), detail);
    // The dashboards and lists name interventions too.
    return queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[1] !== 'detail',
    });
  };
}

export function useCreateIntervention() {
  const onSuccess = useAfterSave();
  return useMutation({ mutationFn: createIntervention, onSuccess });
}

export function useUpdateIntervention() {
  const onSuccess = useAfterSave();
  return useMutation({ mutationFn: updateIntervention, onSuccess });
}
