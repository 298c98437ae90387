/** Query keys of the lead's avvikelser; the one place these keys are spelled. */
export const deviationQueryKeys = {
  all: ['deviations'] as const,
  ofIntervention: (interventionId: string) =>
    [...deviationQueryKeys.all, 'intervention', interventionId] as const,
};
