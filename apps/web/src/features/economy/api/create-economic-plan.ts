import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZEconomicPlan, type TEconomicPlan, type TEconomicPlanCreateInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

/** POST /api/economic-plans (kansli): a new dated plan from the newest one; the old one is kept. */
export function createEconomicPlan(input: TEconomicPlanCreateInput): Promise<TEconomicPlan> {
  return apiRequest('/economic-plans', { method: 'POST', body: input, schema: ZEconomicPlan });
}

export function useCreateEconomicPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEconomicPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(economyQueryKeys.planById(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: economyQueryKeys.plans() });
    },
  });
}
