import { useMe } from '../../../lib/queries/auth/get-me.ts';
import { PmListPage } from './pm-list-page.tsx';
import { PmOfficePage } from './pm-office-page.tsx';

/** `/pm`: the office works on the live PM; the board and the leads read the published ones. */
export function PmPage() {
  const me = useMe();
  // The route sits inside RequireSession: the session is loaded by the time this renders.
  return me.data?.user.role === 'OFFICE' ? <PmOfficePage /> : <PmListPage />;
}
