import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.tsx';

/** The office's register of interventions; mounted by app/routes.tsx inside the OFFICE routes. */
export const registerRoutes: RouteObject[] = [
  {
    path: 'register',
    ...lazyPage(async () => (await import('./components/register-list-page.tsx')).RegisterListPage),
  },
  {
    path: 'register/ny',
    ...lazyPage(
      async () => (await import('./components/register-create-page.tsx')).RegisterCreatePage,
    ),
  },
  {
    path: 'register/:interventionId',
    ...lazyPage(async () => (await import('./components/register-edit-page.tsx')).RegisterEditPage),
  },
];
