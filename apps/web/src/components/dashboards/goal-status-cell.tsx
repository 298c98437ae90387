import type { TDashboardGoalStatus } from '@finsam/domain';
import { StatusTag } from '../status/status-tag.tsx';

/**
 * Goal status of a quarterly report (Tabell 2): the answer as given ("I stort sett") in the PM's
 * colour, or "Ingen rapport" when the quarter has none.
 */
export function GoalStatusCell({ status }: { status: TDashboardGoalStatus | null }) {
  if (!status || !status.colour) return <span className="muted">Ingen rapport</span>;
  return <StatusTag status={status.colour} label={status.phaseAnswer ?? undefined} />;
}
