import type { TPrismaClient } from '@finsam/db';
import type { TPmDocument, TSessionUser, TStoredReportQuestion } from '@finsam/domain';
import { applyPmTexts, buildPmDocument } from '@finsam/domain';
import {
  findPmQuestionSet,
  listPmFinalReports,
  listPmReports,
} from '../../repositories/pm-repository.ts';
import { getOverviewDashboard } from '../dashboard-service.ts';

/** '2024H1' → year and half. The route's schema has already checked the shape. */
export function parsePmPeriod(period: string): { year: number; half: 1 | 2 } {
  return { year: Number(period.slice(0, 4)), half: period.endsWith('H1') ? 1 : 2 };
}

type TAnswers = Record<string, { value: string; text?: string } | undefined>;

/**
 * The live PM of a half-year, from the same service functions as Överblick (so its figures are
 * Överblick's for that period: `getOverviewDashboard` with the office's full view), the year's
 * question set, the reports behind the goal status and the slutrapporter, with the office's
 * stored texts over the pre-filled paragraphs. The year-end PM takes its participants from the
 * whole year (DOMAIN.md §4).
 */
export async function buildLivePmDocument(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  texts: Record<string, string>,
  now: Date = new Date(),
): Promise<TPmDocument> {
  const { year, half } = parsePmPeriod(period);
  const overview = await getOverviewDashboard(prisma, user, period);
  const participants =
    half === 1
      ? overview.participants
      : (await getOverviewDashboard(prisma, user, String(year))).participants;
  const reportIds = overview.interventions
    .map((i) => i.goalStatus?.reportId)
    .filter((id): id is string => typeof id === 'string');
  const [questionSet, reports, finalReports] = await Promise.all([
    findPmQuestionSet(prisma, user.federationId, year),
    listPmReports(prisma, user.federationId, reportIds),
    listPmFinalReports(
      prisma,
      user.federationId,
      overview.interventions.map((i) => i.id),
    ),
  ]);
  const document = buildPmDocument({
    federationName: overview.federation.name,
    year,
    half,
    complete: overview.period.complete,
    dataThroughPeriod: overview.period.dataThroughPeriod,
    generatedAt: now.toISOString(),
    interventions: overview.interventions,
    moneyRows: overview.money.rows,
    participants,
    halfParticipants: half === 2 ? overview.participants : null,
    questions: (questionSet?.questions ?? []) as unknown as TStoredReportQuestion[],
    reports: reports.map((r) => ({
      interventionId: r.interventionId,
      answers: (r.answers ?? {}) as TAnswers,
      comment: r.comment,
    })),
    finalReports,
  });
  return applyPmTexts(document, texts);
}
