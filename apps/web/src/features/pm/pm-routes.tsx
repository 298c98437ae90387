import type { RouteObject } from 'react-router';

/** The PM pages; mounted by app/routes.tsx among the readers' routes (board, lead, office). */
export const pmRoutes: RouteObject[] = [
  {
    path: 'pm',
    lazy: async () => ({ Component: (await import('./components/pm-page.tsx')).PmPage }),
  },
  {
    path: 'pm/:period/version/:version',
    lazy: async () => ({
      Component: (await import('./components/pm-version-page.tsx')).PmVersionPage,
    }),
  },
];
