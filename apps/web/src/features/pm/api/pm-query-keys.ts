/** Query keys of the half-year PM; the one place these keys are spelled. */
export const pmQueryKeys = {
  all: ['pm'] as const,
  list: () => [...pmQueryKeys.all, 'list'] as const,
  view: (period: string) => [...pmQueryKeys.all, 'view', period] as const,
  version: (period: string, version: number) =>
    [...pmQueryKeys.all, 'version', period, version] as const,
};
