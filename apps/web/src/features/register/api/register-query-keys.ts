/** Query keys of the register (insatsregistret); the one place these keys are spelled. */
export const registerQueryKeys = {
  all: ['register'] as const,
  list: () => [...registerQueryKeys.all, 'list'] as const,
  detail: (id: string) => [...registerQueryKeys.all, 'detail', id] as const,
  budgets: (id: string) => [...registerQueryKeys.all, 'budgets', id] as const,
  members: () => [...registerQueryKeys.all, 'members'] as const,
};
