import type { TStoredReportQuestion } from '../calculations/resolve-report-questions.ts';
import type {
  TDashboardInterventionSummary,
  TDashboardMoneyRow,
  TDashboardParticipants,
} from '../schemas/dashboard.ts';

/** One intervention's kvartalsrapport of the half-year's last quarter (the PM's answers). */
export interface TPmReport {
  interventionId: string;
  /** { [questionKey]: { value, text? } } as stored. */
  answers: Readonly<Record<string, { value: string; text?: string } | undefined>>;
  comment: string | null;
}

/** The slutrapport of an intervention that ended in the half-year ("Avslutade insatser"). */
export interface TPmFinalReport {
  interventionId: string;
  finalResults: string | null;
  lessonsLearned: string | null;
}

/**
 * Everything the PM is built from, as the domain already computes it for Överblick: the
 * interventions with their goal status, Tabell 4's money rows and Tabell 6's participants for
 * the same period (for the year-end PM, the participants of January–December). Nothing here is
 * formatted; the builders format every cell.
 */
export interface TPmInputs {
  federationName: string;
  year: number;
  half: 1 | 2;
  /** Data reach the half-year's last quarter; else how far ('2024Q1'). */
  complete: boolean;
  dataThroughPeriod: string | null;
  generatedAt: string;
  /** Every intervention of the förbund with its goal status for the half-year. */
  interventions: readonly TDashboardInterventionSummary[];
  /** Money rows of the half-year (H2: year to date in `ratio`, Jul–Dec in `periodOutcomeKronor`). */
  moneyRows: readonly TDashboardMoneyRow[];
  /** Participants of the half-year (H1) or of the whole year (H2: the year-end rule). */
  participants: TDashboardParticipants;
  /** Year-end PM only: the participants of the half-year itself (Jul–Dec); else null. */
  halfParticipants?: TDashboardParticipants | null;
  /** The year's question set (Tabell 2, 3 and 5 headers). */
  questions: readonly TStoredReportQuestion[];
  /** The reports behind the goal status (same report ids), one per intervention at most. */
  reports: readonly TPmReport[];
  finalReports: readonly TPmFinalReport[];
}

/** The samverkansinsatser kinds the PM groups, in the papers' order. */
export const PM_KIND_GROUPS = [
  { kind: 'INDIVIDUAL', label: 'Individinsatser' },
  { kind: 'STRUCTURAL', label: 'Strukturinsatser' },
  { kind: 'PRE_STUDY', label: 'Förstudie' },
] as const;
