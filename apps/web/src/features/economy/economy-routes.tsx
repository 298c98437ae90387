import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.tsx';

/** The office's economy pages; mounted by app/routes.tsx inside the OFFICE-only routes. */
export const economyRoutes: RouteObject[] = [
  {
    path: 'ekonomi',
    ...lazyPage(async () => (await import('./components/economy-hub-page.tsx')).EconomyHubPage),
  },
  {
    path: 'ekonomi/utfall',
    ...lazyPage(async () => (await import('./components/outcome-grid-page.tsx')).OutcomeGridPage),
  },
  {
    path: 'ekonomi/plan',
    ...lazyPage(async () => (await import('./components/economic-plan-page.tsx')).EconomicPlanPage),
  },
  {
    path: 'ekonomi/medlemsavgifter',
    ...lazyPage(async () => (await import('./components/member-fees-page.tsx')).MemberFeesPage),
  },
];
