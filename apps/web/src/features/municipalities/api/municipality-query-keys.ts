/** Query keys of the kommun pages; the one place these keys are spelled. */
export const municipalityQueryKeys = {
  all: ['municipalities'] as const,
  list: () => [...municipalityQueryKeys.all, 'list'] as const,
  dashboard: (id: string, period: string | null) =>
    [...municipalityQueryKeys.all, 'dashboard', id, period ?? 'senaste'] as const,
};
