/** Query keys of the session (inloggning); the one place these keys are spelled. */
export const authQueryKeys = {
  all: ['auth'] as const,
  me: () => [...authQueryKeys.all, 'me'] as const,
  /** True after the API answered 401 to a signed-in user: the session ran out (utgången session). */
  ended: () => [...authQueryKeys.all, 'ended'] as const,
};
