/** Query keys of the office's kvartalsrapport question sets (frågor per år). */
export const questionSetQueryKeys = {
  all: ['question-sets'] as const,
  list: () => [...questionSetQueryKeys.all, 'list'] as const,
  year: (year: number) => [...questionSetQueryKeys.all, 'year', year] as const,
};
