import type { ReactNode } from 'react';
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';

/** A link inside the app: Designsystemet's link style, react-router's navigation (no reload). */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}
