import {
  ZDeviation,
  ZDeviationEffectView,
  ZQuarterlyReport,
  ZReviewQueue,
  type TQuarterlyReport,
} from '@finsam/domain';
import { interventionList } from '../fixtures/index.ts';

/**
 * The office's review queue as GET /api/review-queue answers it after the browser test's lead
 * steps: En väg in – steget vidare has submitted 2024 Q3 and Q4 and asked to carry 50 000 kr of
 * 2023 over to 2024; the office has submitted Lokussamordnare Uppsala's Q3 for it. Ids are the
 * seeded interventions'; report and deviation ids are made up.
 */
const enVagIn = interventionList.interventions.find(
  (row) => row.key === 'en-vag-in-steget-vidare',
)!;
const lokus = interventionList.interventions.find((row) => row.key === 'lokussamordnare-uppsala')!;
const bryggan = interventionList.interventions.find((row) => row.key === 'bryggan')!;
const of = (row: typeof enVagIn) => ({ id: row.id, key: row.key, shortName: row.shortName });

const summary = (id: string, interventionId: string, quarter: number, version: number) => ({
  id,
  interventionId,
  year: 2024,
  quarter,
  status: 'SUBMITTED' as const,
  dueDate: quarter === 4 ? '2025-01-31' : '2024-10-31',
  overdue: quarter !== 4,
  submittedAt: '2024-11-04T09:12:00.000Z',
  reviewedAt: null,
  version,
  updatedAt: '2024-11-04T09:12:00.000Z',
});

export const reviewQueue = ZReviewQueue.parse({
  today: '2025-02-10',
  submitted: [
    { report: summary('report-knivsta-q3', enVagIn.id, 3, 2), intervention: of(enVagIn) },
    { report: summary('report-lokus-q3', lokus.id, 3, 2), intervention: of(lokus) },
    { report: summary('report-knivsta-q4', enVagIn.id, 4, 2), intervention: of(enVagIn) },
  ],
  overdue: [
    {
      intervention: of(bryggan),
      year: 2024,
      quarter: 4,
      dueDate: '2025-01-31',
      reportId: null,
      status: null,
    },
  ],
  deviations: [
    {
      intervention: of(enVagIn),
      deviation: {
        id: 'deviation-carry-over',
        interventionId: enVagIn.id,
        kind: 'BUDGET_CARRY_OVER',
        status: 'SUBMITTED',
        description: 'Outnyttjade medel från 2023 på grund av vakans förs över till 2024.',
        effect: { amountKronor: 50_000, fromYear: 2023, toYear: 2024 },
        submittedAt: '2024-11-04T09:20:00.000Z',
        submittedBy: { id: 'user-lead', name: 'Karin Knivsta' },
        decidedAt: null,
        decidedBy: null,
        decisionReason: null,
        version: 0,
      },
    },
  ],
});

const budgetChange = [
  { type: 'BUDGET', year: 2024, beforeKronor: 1_695_000, afterKronor: 1_745_000 },
] as const;

export const carryOverPreview = ZDeviationEffectView.parse({
  deviationId: 'deviation-carry-over',
  status: 'SUBMITTED',
  mode: 'PREVIEW',
  changes: budgetChange,
  problems: [],
});

export const carryOverApplied = ZDeviationEffectView.parse({
  ...carryOverPreview,
  status: 'APPROVED',
  mode: 'APPLIED',
});

export const carryOverDecided = ZDeviation.parse({
  ...reviewQueue.deviations[0]!.deviation,
  status: 'APPROVED',
  decidedAt: '2025-02-10T10:00:00.000Z',
  decidedBy: { id: 'user-office', name: 'Kajsa Kansli' },
  decisionReason: 'Vakansen är styrkt i kvartalsrapporten.',
  version: 1,
  interventionName: enVagIn.shortName,
  events: [],
  adjustments: [{ year: 2024, amountKronor: 50_000, kind: 'CARRY_OVER', date: '2025-02-10' }],
});

/** En väg in's Q4 report as GET /api/reports/:id answers (two of the 2024 questions shown). */
export const knivstaQ4: TQuarterlyReport = ZQuarterlyReport.parse({
  ...summary('report-knivsta-q4', enVagIn.id, 4, 2),
  interventionName: enVagIn.shortName,
  questionSetYear: 2024,
  questions: [
    {
      key: 'goalPhase',
      section: 'GOALS',
      label: 'Insatsen ligger i fas gällande uppsatta mål',
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
      textRequiredFor: [],
    },
    {
      key: 'vacanciesFunded',
      section: 'CONDITIONS',
      label: 'Vakanser SOF-medel',
      options: ['Ja', 'Nej'],
      textRequiredFor: ['Ja'],
    },
  ],
  answers: {
    goalPhase: { value: 'Ja' },
    vacanciesFunded: {
      value: 'Ja',
      text: 'En väg in – steget vidare i Knivsta har haft en vakans from april månad år 2024.',
    },
  },
  comment: null,
  officeComment: null,
  isFinal: false,
  finalResults: null,
  lessonsLearned: null,
  submittedBy: { id: 'user-lead', name: 'Karin Knivsta' },
  reviewedBy: null,
  createdAt: '2024-11-01T08:00:00.000Z',
});
