import type { RouteObject } from 'react-router';

/** The office's page for the kvartalsrapport's questions; mounted in the OFFICE-only routes. */
export const questionSetRoutes: RouteObject[] = [
  {
    path: 'rapportfragor',
    lazy: async () => ({
      Component: (await import('./components/question-sets-page.tsx')).QuestionSetsPage,
    }),
  },
];
