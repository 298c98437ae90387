import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.tsx';

/** The office's page for the kvartalsrapport's questions; mounted in the OFFICE-only routes. */
export const questionSetRoutes: RouteObject[] = [
  {
    path: 'rapportfragor',
    ...lazyPage(async () => (await import('./components/question-sets-page.tsx')).QuestionSetsPage),
  },
];
