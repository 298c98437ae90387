import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate, Outlet } from 'react-router';
import { RequireRole, RequireSession } from '../features/auth/components/require-session.tsx';
import { SignedInFrame } from './signed-in-frame.tsx';
import { MenuPrefetch } from './menu-prefetch.tsx';
import { InterventionListPage } from '../features/interventions/components/intervention-list-page.tsx';
import { MunicipalityListPage } from '../features/municipalities/components/municipality-list-page.tsx';
import { homePathFor } from '../lib/home-path.ts';
import { RouteErrorBoundary } from '../features/layout/components/route-error-page.tsx';
import { NotFoundPage } from '../features/layout/components/not-found-page.tsx';
import { LoadingState } from '../components/query/query-state.tsx';
import { economyRoutes } from '../features/economy/economy-routes.tsx';
import { questionSetRoutes } from '../features/question-sets/question-set-routes.tsx';
import { registerRoutes } from '../features/register/register-routes.tsx';
import { pmRoutes } from '../features/pm/pm-routes.tsx';
import type { TRole, TSessionUser } from '@finsam/domain';
import { lazyPage, type TPageHandle } from '../lib/lazy-page.tsx';

const READERS: TRole[] = ['BOARD', 'LEAD', 'OFFICE'];

const loginPage = lazyPage(
  async () => (await import('../features/auth/components/login-page.tsx')).LoginPage,
);

/** The pages inside the signed-in frame, each guarded by its roles. */
const signedInPages: RouteObject[] = [
  { index: true, element: <RoleHome /> },
  {
    ...forRoles(READERS),
    children: [
      // The dashboards carry the charts (recharts): loaded on first visit, not with the login page.
      {
        path: 'oversikt',
        ...lazyPage(
          async () =>
            (await import('../features/overview/components/overview-page.tsx')).OverviewPage,
        ),
      },
      {
        path: 'kommuner',
        element: <MunicipalityListPage />,
      },
      {
        path: 'kommuner/:municipalityId',
        ...lazyPage(
          async () =>
            (await import('../features/municipalities/components/municipality-page.tsx'))
              .MunicipalityPage,
        ),
      },
      {
        path: 'insatser',
        element: <InterventionListPage />,
      },
      {
        path: 'insatser/:interventionId',
        ...lazyPage(
          async () =>
            (await import('../features/interventions/components/intervention-page.tsx'))
              .InterventionPage,
        ),
      },
      // The PM: the office edits and publishes, the board and the leads read what is published.
      ...pmRoutes,
    ],
  },
  {
    ...forRoles(['LEAD']),
    children: [
      {
        path: 'mina-insatser',
        ...lazyPage(
          async () =>
            (await import('../features/lead-reports/components/my-interventions-page.tsx'))
              .MyInterventionsPage,
        ),
      },
      {
        path: 'mina-insatser/rapporter/:reportId',
        ...lazyPage(
          async () =>
            (await import('../features/lead-reports/components/report-page.tsx')).ReportPage,
        ),
      },
      {
        path: 'mina-insatser/:interventionId/avvikelser',
        ...lazyPage(
          async () =>
            (await import('../features/deviations/components/deviations-page.tsx')).DeviationsPage,
        ),
      },
    ],
  },
  {
    ...forRoles(['OFFICE']),
    children: [
      {
        path: 'granska-rapporter',
        ...lazyPage(
          async () =>
            (await import('../features/reports/components/review-reports-page.tsx'))
              .ReviewReportsPage,
        ),
      },
      {
        path: 'granskning',
        ...lazyPage(
          async () =>
            (await import('../features/review/components/review-queue-page.tsx')).ReviewQueuePage,
        ),
      },
      {
        path: 'granskning/historik/:interventionId',
        ...lazyPage(
          async () =>
            (await import('../features/review/components/intervention-history-page.tsx'))
              .InterventionHistoryPage,
        ),
      },
      {
        path: 'rapporteringsgrad',
        ...lazyPage(
          async () =>
            (await import('../features/reporting-rate/components/reporting-rate-page.tsx'))
              .ReportingRatePage,
        ),
      },
      {
        path: 'andringslogg',
        ...lazyPage(
          async () => (await import('../features/audit/components/audit-page.tsx')).AuditPage,
        ),
      },
      ...economyRoutes,
      ...registerRoutes,
      ...questionSetRoutes,
    ],
  },
  {
    ...forRoles(['ADMIN']),
    children: [
      {
        path: 'administration',
        ...lazyPage(
          async () => (await import('../features/users/components/users-page.tsx')).UsersPage,
        ),
      },
    ],
  },
  // Notiser for every signed-in user; Utskick (the e-mail outbox) for the office.
  {
    path: 'notiser',
    ...lazyPage(async () => {
      const { NotificationsPage } =
        await import('../features/notifications/components/notifications-page.tsx');
      return function Notifications() {
        return (
          <RequireSession>
            {(user) => <NotificationsPage isOffice={user.role === 'OFFICE'} />}
          </RequireSession>
        );
      };
    }),
  },
  {
    ...forRoles(['OFFICE']),
    children: [
      {
        path: 'utskick',
        ...lazyPage(
          async () =>
            (await import('../features/notifications/components/outbox-page.tsx')).OutboxPage,
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

/**
 * Every page and its address (adress). Every page is its own chunk (`lazyPage`), loaded on first
 * visit (decision 011); the two lists in the main menu come with the frame, so a click there
 * never waits for a chunk. Dashboards carry the period in the query string
 * (`/oversikt?period=2024H1`) so each view can be linked and reloaded as it is.
 */
export const routes: RouteObject[] = [
  // The login page inside the app (after a logout or an expired session) is a chunk of its own:
  // it brings the form library, which Överblick does not need (issue 16). The first visit
  // gets the boot entry's plain-DOM form instead; the menu prefetch loads this one.
  {
    path: '/logga-in',
    handle: loginPage.handle,
    element: (
      <RouteErrorBoundary>
        <Suspense
          fallback={
            <main id="main" className="app-main">
              <LoadingState what="sidan" />
            </main>
          }
        >
          {loginPage.element}
        </Suspense>
      </RouteErrorBoundary>
    ),
  },
  {
    path: '/',
    element: (
      <RouteErrorBoundary>
        <RequireSession>{(user) => <SignedInFrame user={user} />}</RequireSession>
      </RouteErrorBoundary>
    ),
    children: [
      {
        // The signed-in pages, inside the frame's <main>: a page's chunk shows "Hämtar sidan"
        // on the first load only (navigations are transitions, so the old page stays until the
        // new one is ready); the menu's pages load once the first page is drawn.
        element: (
          <Suspense fallback={<LoadingState what="sidan" />}>
            <Outlet />
            <MenuPrefetch />
          </Suspense>
        ),
        children: signedInPages,
      },
    ],
  },
];

function RoleHome() {
  return (
    <RequireSession>
      {(user: TSessionUser) => <Navigate to={homePathFor(user.role)} replace />}
    </RequireSession>
  );
}

/** A branch open to `roles`: guarded, and marked so the menu prefetch skips it for others. */
function forRoles(roles: TRole[]): Pick<RouteObject, 'element' | 'handle'> {
  const handle: TPageHandle = { roles };
  return { element: <ForRoles roles={roles} />, handle };
}

function ForRoles({ roles }: { roles: TRole[] }) {
  return (
    <RequireSession>
      {(user) => (
        <RequireRole user={user} roles={roles}>
          <Outlet />
        </RequireRole>
      )}
    </RequireSession>
  );
}
