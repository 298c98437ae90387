/** Query keys of the session (inloggning); the one place these keys are spelled. */
export const authQueryKeys = {
  all: ['auth'] as const,
  me: () => [...authQueryKeys.all, 'me'] as const,
};
