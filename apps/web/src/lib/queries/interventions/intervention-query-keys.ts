/** Query keys of the insats pages; the one place these keys are spelled. */
export const interventionQueryKeys = {
  all: ['interventions'] as const,
  list: () => [...interventionQueryKeys.all, 'list'] as const,
  dashboard: (id: string, period: string | null) =>
    [...interventionQueryKeys.all, 'dashboard', id, period ?? 'senaste'] as const,
};
