import type { TDeviationStatus } from '../schemas/enums.ts';

/** What the office can do with an avvikelse. */
export type TDeviationAction = 'review' | 'approve' | 'reject';

export interface TDeviationTransition {
  action: TDeviationAction;
  from: readonly TDeviationStatus[];
  to: TDeviationStatus;
  /** A rejection must give its reason; an approval may. */
  reasonRequired: boolean;
  /** The approved effect is applied to budget, period or expected participants. */
  appliesEffect: boolean;
}

/**
 * The avvikelse state machine: inskickad → under granskning → beviljad / avslagen. The office may
 * decide straight from inskickad (taking it up for review first is optional). A decided deviation
 * is final: a new request is a new deviation.
 */
export const DEVIATION_TRANSITIONS: readonly TDeviationTransition[] = [
  {
    action: 'review',
    from: ['SUBMITTED'],
    to: 'UNDER_REVIEW',
    reasonRequired: false,
    appliesEffect: false,
  },
  {
    action: 'approve',
    from: ['SUBMITTED', 'UNDER_REVIEW'],
    to: 'APPROVED',
    reasonRequired: false,
    appliesEffect: true,
  },
  {
    action: 'reject',
    from: ['SUBMITTED', 'UNDER_REVIEW'],
    to: 'REJECTED',
    reasonRequired: true,
    appliesEffect: false,
  },
];

/** The states in which a deviation is still open for a decision. */
export const OPEN_DEVIATION_STATUSES: readonly TDeviationStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

export function deviationTransition(action: TDeviationAction): TDeviationTransition {
  return DEVIATION_TRANSITIONS.find((row) => row.action === action)!;
}

/** The state `action` moves a deviation in `status` to, or null when not allowed (409). */
export function nextDeviationStatus(
  status: TDeviationStatus,
  action: TDeviationAction,
): TDeviationStatus | null {
  const row = deviationTransition(action);
  return row.from.includes(status) ? row.to : null;
}
