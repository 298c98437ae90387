/** Query keys of the office's review (granskning); the one place these keys are spelled. */
export const reviewQueryKeys = {
  all: ['review'] as const,
  queue: () => [...reviewQueryKeys.all, 'queue'] as const,
  report: (id: string) => [...reviewQueryKeys.all, 'report', id] as const,
  effect: (deviationId: string) => [...reviewQueryKeys.all, 'effect', deviationId] as const,
  history: (interventionId: string) => [...reviewQueryKeys.all, 'history', interventionId] as const,
  reports: (interventionId: string) => [...reviewQueryKeys.all, 'reports', interventionId] as const,
};
