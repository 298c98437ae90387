import type { TReportStatus } from '../schemas/enums.ts';

/** What can be done to a kvartalsrapport. */
export type TReportAction = 'submit' | 'approve' | 'return' | 'reopen';

/** Who may take a report action: the intervention's side (its lead, or the office for it) or only the office. */
export type TReportActor = 'REPORTER' | 'OFFICE';

export interface TReportTransition {
  action: TReportAction;
  from: readonly TReportStatus[];
  to: TReportStatus;
  by: TReportActor;
  /** The action needs a comment: a return says what to complete, a reopening why. */
  commentRequired: boolean;
}

/**
 * The kvartalsrapport state machine (rapportens status), one row per action:
 * - skicka in: utkast or återskickad → inskickad (the intervention's side);
 * - godkänn: inskickad → godkänd (kansliet); an approved report is locked;
 * - skicka tillbaka: inskickad → återskickad, with the office's comment;
 * - öppna igen: godkänd → återskickad, with the office's reason: the only way to change a locked
 *   report. It goes back to the intervention as a returned report and is submitted and approved again.
 */
export const REPORT_TRANSITIONS: readonly TReportTransition[] = [
  {
    action: 'submit',
    from: ['DRAFT', 'RETURNED'],
    to: 'SUBMITTED',
    by: 'REPORTER',
    commentRequired: false,
  },
  { action: 'approve', from: ['SUBMITTED'], to: 'APPROVED', by: 'OFFICE', commentRequired: false },
  { action: 'return', from: ['SUBMITTED'], to: 'RETURNED', by: 'OFFICE', commentRequired: true },
  { action: 'reopen', from: ['APPROVED'], to: 'RETURNED', by: 'OFFICE', commentRequired: true },
];

/** The states in which the report's answers may be edited (utkast, återskickad). */
export const EDITABLE_REPORT_STATUSES: readonly TReportStatus[] = ['DRAFT', 'RETURNED'];

/** The transition row of `action`. */
export function reportTransition(action: TReportAction): TReportTransition {
  return REPORT_TRANSITIONS.find((row) => row.action === action)!;
}

/**
 * The state a report in `status` moves to by `action`, or null when the action is not allowed
 * from that state (the API answers 409 then).
 */
export function nextReportStatus(
  status: TReportStatus,
  action: TReportAction,
): TReportStatus | null {
  const row = reportTransition(action);
  return row.from.includes(status) ? row.to : null;
}
