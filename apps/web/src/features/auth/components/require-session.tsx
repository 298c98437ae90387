import type { ReactNode } from 'react';
import type { TRole, TSessionUser } from '@finsam/domain';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../../../lib/api-error.ts';
import { loginPathFor } from '../login-texts.ts';
import { useMe } from '../../../lib/queries/auth/get-me.ts';
import { ErrorState, LoadingState } from '../../../components/query/query-state.tsx';

/**
 * Renders its children only with a session (inloggad); otherwise sends the visitor to the login
 * page with the address they wanted, so they land there after logging in.
 */
export function RequireSession({ children }: { children: (user: TSessionUser) => ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <main id="main" className="app-main">
        <LoadingState what="din inloggning" />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="app-main">
        <ErrorState error={me.error} what="din inloggning" onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  return <>{children(me.data.user)}</>;
}

/** A page only some roles may open; others are told so (the API says 403 as well). */
export function RequireRole({
  user,
  roles,
  children,
}: {
  user: TSessionUser;
  roles: TRole[];
  children: ReactNode;
}) {
  if (roles.includes(user.role)) return <>{children}</>;
  return (
    <ErrorState
      what="sidan"
      error={new ApiError(403, 'FORBIDDEN', 'Din roll har inte tillgång till den här sidan.')}
    />
  );
}
