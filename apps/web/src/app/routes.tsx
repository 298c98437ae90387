import type { RouteObject } from 'react-router';
import { Navigate, Outlet } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { RequireRole, RequireSession } from '../features/auth/components/require-session.tsx';
import { SignedInFrame } from './signed-in-frame.tsx';
import { homePathFor } from '../lib/home-path.ts';
import { RouteErrorPage } from '../features/layout/components/route-error-page.tsx';
import { NotFoundPage } from '../features/layout/components/not-found-page.tsx';
import { InterventionListPage } from '../features/interventions/components/intervention-list-page.tsx';
import { MyInterventionsPage } from '../features/lead-reports/components/my-interventions-page.tsx';
import { MunicipalityListPage } from '../features/municipalities/components/municipality-list-page.tsx';
import { LoadingState } from '../components/query/query-state.tsx';
import { ReviewReportsPage } from '../features/reports/components/review-reports-page.tsx';
import { UsersPage } from '../features/users/components/users-page.tsx';
import { NotificationsPage } from '../features/notifications/components/notifications-page.tsx';
import { OutboxPage } from '../features/notifications/components/outbox-page.tsx';
import { ReviewQueuePage } from '../features/review/components/review-queue-page.tsx';
import { InterventionHistoryPage } from '../features/review/components/intervention-history-page.tsx';
import { ReportingRatePage } from '../features/reporting-rate/components/reporting-rate-page.tsx';
import { AuditPage } from '../features/audit/components/audit-page.tsx';
import { economyRoutes } from '../features/economy/economy-routes.tsx';
import { questionSetRoutes } from '../features/question-sets/question-set-routes.tsx';
import { registerRoutes } from '../features/register/register-routes.tsx';
import { pmRoutes } from '../features/pm/pm-routes.tsx';
import type { TRole, TSessionUser } from '@finsam/domain';

const READERS: TRole[] = ['BOARD', 'LEAD', 'OFFICE'];

/**
 * Every page and its address (adress). Dashboards carry the period in the query string
 * (`/oversikt?period=2024H1`) so each view can be linked and reloaded as it is.
 */
export const routes: RouteObject[] = [
  { path: '/logga-in', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: (
      <main id="main" className="app-main">
        <LoadingState what="sidan" />
      </main>
    ),
    element: <RequireSession>{(user) => <SignedInFrame user={user} />}</RequireSession>,
    children: [
      { index: true, element: <RoleHome /> },
      {
        element: <ForRoles roles={READERS} />,
        children: [
          // The dashboards carry the charts (recharts): loaded on first visit, not with the login page.
          {
            path: 'oversikt',
            lazy: async () => ({
              Component: (await import('../features/overview/components/overview-page.tsx'))
                .OverviewPage,
            }),
          },
          { path: 'kommuner', element: <MunicipalityListPage /> },
          {
            path: 'kommuner/:municipalityId',
            lazy: async () => ({
              Component: (
                await import('../features/municipalities/components/municipality-page.tsx')
              ).MunicipalityPage,
            }),
          },
          { path: 'insatser', element: <InterventionListPage /> },
          {
            path: 'insatser/:interventionId',
            lazy: async () => ({
              Component: (
                await import('../features/interventions/components/intervention-page.tsx')
              ).InterventionPage,
            }),
          },
          // The PM: the office edits and publishes, the board and the leads read what is published.
          ...pmRoutes,
        ],
      },
      {
        element: <ForRoles roles={['LEAD']} />,
        children: [
          { path: 'mina-insatser', element: <MyInterventionsPage /> },
          {
            path: 'mina-insatser/rapporter/:reportId',
            lazy: async () => ({
              Component: (await import('../features/lead-reports/components/report-page.tsx'))
                .ReportPage,
            }),
          },
          {
            path: 'mina-insatser/:interventionId/avvikelser',
            lazy: async () => ({
              Component: (await import('../features/deviations/components/deviations-page.tsx'))
                .DeviationsPage,
            }),
          },
        ],
      },
      {
        element: <ForRoles roles={['OFFICE']} />,
        children: [
          { path: 'granska-rapporter', element: <ReviewReportsPage /> },
          { path: 'granskning', element: <ReviewQueuePage /> },
          { path: 'granskning/historik/:interventionId', element: <InterventionHistoryPage /> },
          { path: 'rapporteringsgrad', element: <ReportingRatePage /> },
          { path: 'andringslogg', element: <AuditPage /> },
          ...economyRoutes,
          ...registerRoutes,
          ...questionSetRoutes,
        ],
      },
      {
        element: <ForRoles roles={['ADMIN']} />,
        children: [{ path: 'administration', element: <UsersPage /> }],
      },
      // Notiser for every signed-in user; Utskick (the e-mail outbox) for the office.
      {
        path: 'notiser',
        element: (
          <RequireSession>
            {(user) => <NotificationsPage isOffice={user.role === 'OFFICE'} />}
          </RequireSession>
        ),
      },
      {
        element: <ForRoles roles={['OFFICE']} />,
        children: [{ path: 'utskick', element: <OutboxPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
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
