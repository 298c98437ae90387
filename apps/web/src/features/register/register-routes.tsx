import type { RouteObject } from 'react-router';

/** The office's register of interventions; mounted by app/routes.tsx inside the OFFICE routes. */
export const registerRoutes: RouteObject[] = [
  {
    path: 'register',
    lazy: async () => ({
      Component: (await import('./components/register-list-page.tsx')).RegisterListPage,
    }),
  },
  {
    path: 'register/ny',
    lazy: async () => ({
      Component: (await import('./components/register-create-page.tsx')).RegisterCreatePage,
    }),
  },
  {
    path: 'register/:interventionId',
    lazy: async () => ({
      Component: (await import('./components/register-edit-page.tsx')).RegisterEditPage,
    }),
  },
];
