/** Query keys of the user accounts (användare); the one place these keys are spelled. */
export const userQueryKeys = {
  all: ['users'] as const,
  list: () => [...userQueryKeys.all, 'list'] as const,
  assignableInterventions: () => [...userQueryKeys.all, 'assignable-interventions'] as const,
};
