import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAnnualBudgetList, type TAnnualBudgetList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { registerQueryKeys } from './register-query-keys.ts';

/** GET /api/interventions/:id/budgets: every year's adopted and adjusted budget. */
export function getInterventionBudgets(
  id: string,
  signal?: AbortSignal,
): Promise<TAnnualBudgetList> {
  return apiRequest(`/interventions/${encodeURIComponent(id)}/budgets`, {
    schema: ZAnnualBudgetList,
    signal,
  });
}

export const interventionBudgetsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: registerQueryKeys.budgets(id),
    queryFn: ({ signal }) => getInterventionBudgets(id, signal),
  });

export function useInterventionBudgets(id: string) {
  return useQuery(interventionBudgetsQueryOptions(id));
}
