import type { TSessionUser } from '@finsam/domain';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api/logout.ts';
import { AppLayout } from '../features/layout/components/app-layout.tsx';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';

/**
 * The layout wired to the session: "Logga ut" ends the session and opens the login page, which
 * says so. Lives in app/ so the layout and auth features need not import each other.
 */
export function SignedInFrame({ user }: { user: TSessionUser }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => navigate('/logga-in', { replace: true, state: { loggedOut: true } }),
    });
  return (
    <AppLayout
      user={user}
      onSignOut={signOut}
      signingOut={logout.isPending}
      headerActions={<NotificationBell />}
    />
  );
}
