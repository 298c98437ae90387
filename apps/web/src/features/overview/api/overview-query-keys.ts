/** Query keys of the förbund's överblick; the one place these keys are spelled. */
export const overviewQueryKeys = {
  all: ['overview'] as const,
  dashboard: (period: string | null) =>
    [...overviewQueryKeys.all, 'dashboard', period ?? 'senaste'] as const,
};
