/** Query keys of the office's economy tools (utfall, ekonomisk plan, medlemsavgifter). */
export const economyQueryKeys = {
  all: ['economy'] as const,
  outcomeGrid: (period: string) => [...economyQueryKeys.all, 'outcome-grid', period] as const,
  plans: () => [...economyQueryKeys.all, 'plans'] as const,
  planForYear: (year: number) => [...economyQueryKeys.all, 'plan-year', year] as const,
  planById: (id: string) => [...economyQueryKeys.all, 'plan-id', id] as const,
  memberFees: (year: number) => [...economyQueryKeys.all, 'member-fees', year] as const,
};
