import { useQueryClient } from '@tanstack/react-query';

/**
 * After a decision every view of reports, deviations, budgets and dashboards may show other
 * figures: everything cached is fetched again (the office's decisions are few).
 */
export function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}
