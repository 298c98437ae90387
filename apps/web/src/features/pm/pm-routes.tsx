import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.tsx';

/** The PM pages; mounted by app/routes.tsx among the readers' routes (board, lead, office). */
export const pmRoutes: RouteObject[] = [
  {
    path: 'pm',
    ...lazyPage(async () => (await import('./components/pm-page.tsx')).PmPage),
  },
  {
    path: 'pm/:period/version/:version',
    ...lazyPage(async () => (await import('./components/pm-version-page.tsx')).PmVersionPage),
  },
];
