import { DEVIATION_STATUS_LABEL, REPORT_STATUS_LABEL } from '../../../lib/labels.ts';
import type { TDeviationStatus, TReportStatus } from '@finsam/domain';

/** Audit actions as the history and the audit log say them. */
export const ACTION_LABEL: Record<string, string> = {
  create: 'Skapad',
  update: 'Ändrad',
  delete: 'Borttagen',
  submit: 'Inskickad',
  approve: 'Godkänd',
  return: 'Skickad tillbaka',
  reopen: 'Öppnad igen',
  review: 'Tagen upp för granskning',
  decide: 'Beslutad',
};

/** Audited entities by their Swedish names. */
export const ENTITY_LABEL: Record<string, string> = {
  QuarterlyReport: 'Kvartalsrapport',
  Deviation: 'Avvikelse',
  Intervention: 'Insats',
  AnnualBudget: 'Årsbudget',
  BudgetAdjustment: 'Budgetändring',
  Outcome: 'Utfall',
  ExpectedParticipants: 'Förväntat antal deltagare',
  ParticipantReport: 'Deltagarrapport',
  EconomicPlan: 'Ekonomisk plan',
  User: 'Användarkonto',
};

/** A stored status in Swedish, whichever entity it belongs to. */
export function statusLabel(entity: string, status: string | null): string | null {
  if (status === null) return null;
  if (entity === 'QuarterlyReport' && status in REPORT_STATUS_LABEL)
    return REPORT_STATUS_LABEL[status as TReportStatus];
  if (entity === 'Deviation' && status in DEVIATION_STATUS_LABEL)
    return DEVIATION_STATUS_LABEL[status as TDeviationStatus];
  return status;
}
