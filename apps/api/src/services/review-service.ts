import type { TPrismaClient } from '@finsam/db';
import { nextReportStatus, reportTransition } from '@finsam/domain';
import type {
  TBulkApproveReportsInput,
  TBulkApproveResult,
  TQuarterlyReport,
  TReopenReportInput,
  TReportAction,
  TReportTransitionInput,
  TReturnQuarterlyReportInput,
  TSessionUser,
} from '@finsam/domain';
import { AppError, ConflictError, STATUS_BY_CODE } from '../http/errors.ts';
import type {
  TQuarterlyReportChange,
  TQuarterlyReportRow,
} from '../repositories/quarterly-report-repository.ts';
import { changeReport, STATUS_TEXT } from './quarterly-report-service.ts';

const ALLOWED_FROM: Record<Exclude<TReportAction, 'submit'>, string> = {
  approve: 'Bara en inskickad rapport kan godkännas.',
  return: 'Bara en inskickad rapport kan skickas tillbaka.',
  reopen: 'Bara en godkänd rapport kan öppnas igen.',
};

/**
 * One office transition of a report (godkänn, skicka tillbaka, öppna igen), checked against the
 * state machine in the domain package (REPORT_TRANSITIONS) at the version the office saw.
 */
function officeTransition(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  version: number,
  action: Exclude<TReportAction, 'submit'>,
  now: Date,
  change: (row: TQuarterlyReportRow) => TQuarterlyReportChange,
): Promise<TQuarterlyReport> {
  return changeReport(prisma, user, id, version, 'manage', action, now, async (row) => {
    if (row.version !== version) throw new ConflictError();
    const to = nextReportStatus(row.status, action);
    if (to === null) {
      throw new ConflictError(
        `Kvartalsrapporten är ${STATUS_TEXT[row.status]}. ${ALLOWED_FROM[action]}`,
      );
    }
    return {
      from: [...reportTransition(action).from],
      change: { status: to, reviewedAt: now, reviewedById: user.id, ...change(row) },
    };
  });
}

/** POST /reports/:id/approve — inskickad → godkänd; the approved report is locked. */
export function approveReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TReportTransitionInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  return officeTransition(prisma, user, id, input.version, 'approve', now, (row) => ({
    // An approval may carry a note; without one the earlier comment (a return's) stays.
    officeComment: input.comment ? input.comment : row.officeComment,
  }));
}

/** POST /reports/:id/return — inskickad → återskickad, with what the intervention must complete. */
export function returnReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TReturnQuarterlyReportInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  return officeTransition(prisma, user, id, input.version, 'return', now, () => ({
    officeComment: input.comment,
  }));
}

/**
 * POST /reports/:id/reopen — a godkänd report is locked; the office reopens it with a reason: it
 * goes back to the intervention as återskickad (the reason is the office's comment), and the
 * audit entry 'reopen' keeps the approved version it left.
 */
export function reopenReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TReopenReportInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  return officeTransition(prisma, user, id, input.version, 'reopen', now, () => ({
    officeComment: input.reason,
  }));
}

/**
 * POST /reports/approve — approves each listed report on its own, in the order given, each at the
 * version the office saw. Per-item result, not all-or-nothing: a report someone changed or
 * returned meanwhile answers 409 in its own line and the others are still approved, so one stale
 * line never makes the office redo the whole selection. Another förbund's or an unknown report
 * answers 404 in its line.
 */
export async function approveReports(
  prisma: TPrismaClient,
  user: TSessionUser,
  input: TBulkApproveReportsInput,
  now = new Date(),
): Promise<TBulkApproveResult> {
  const results: TBulkApproveResult['results'] = [];
  const seen = new Set<string>();
  for (const item of input.reports) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    try {
      const report = await approveReport(
        prisma,
        user,
        item.id,
        { version: item.version, ...(input.comment ? { comment: input.comment } : {}) },
        now,
      );
      const {
        id,
        interventionId,
        year,
        quarter,
        status,
        dueDate,
        overdue,
        submittedAt,
        reviewedAt,
        version,
        updatedAt,
      } = report;
      results.push({
        id: item.id,
        status: 200,
        message: null,
        report: {
          id,
          interventionId,
          year,
          quarter,
          status,
          dueDate,
          overdue,
          submittedAt,
          reviewedAt,
          version,
          updatedAt,
        },
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        id: item.id,
        status: STATUS_BY_CODE[error.code],
        message: error.message,
        report: null,
      });
    }
  }
  const approved = results.filter((result) => result.status === 200).length;
  return { approved, failed: results.length - approved, results };
}
