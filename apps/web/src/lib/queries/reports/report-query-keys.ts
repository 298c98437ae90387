/** Query keys of the quarterly reports (kvartalsrapporter); the one place these keys are spelled. */
export const reportQueryKeys = {
  all: ['reports'] as const,
  ofIntervention: (interventionId: string) =>
    [...reportQueryKeys.all, 'intervention', interventionId] as const,
};
