import type { RouteObject } from 'react-router';

/** The office's economy pages; mounted by app/routes.tsx inside the OFFICE-only routes. */
export const economyRoutes: RouteObject[] = [
  {
    path: 'ekonomi',
    lazy: async () => ({
      Component: (await import('./components/economy-hub-page.tsx')).EconomyHubPage,
    }),
  },
  {
    path: 'ekonomi/utfall',
    lazy: async () => ({
      Component: (await import('./components/outcome-grid-page.tsx')).OutcomeGridPage,
    }),
  },
  {
    path: 'ekonomi/plan',
    lazy: async () => ({
      Component: (await import('./components/economic-plan-page.tsx')).EconomicPlanPage,
    }),
  },
  {
    path: 'ekonomi/medlemsavgifter',
    lazy: async () => ({
      Component: (await import('./components/member-fees-page.tsx')).MemberFeesPage,
    }),
  },
];
