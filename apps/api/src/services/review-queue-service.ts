import type { TPrismaClient } from '@finsam/db';
import { computeReportDueDate, computeReportingRate, toSwedishDate } from '@finsam/domain';
import type {
  TReportingRateList,
  TReportingRateReport,
  TReviewQueue,
  TSessionUser,
} from '@finsam/domain';
import { findActors } from '../repositories/actor-repository.ts';
import {
  listOpenDeviations,
  listReportingInterventions,
  listReportStates,
  listSubmittedReports,
} from '../repositories/review-repository.ts';
import { toIsoDate } from './db-dates.ts';
import { toSummary as toDeviationSummary } from './deviation-service.ts';
import { toSummary as toReportSummary } from './quarterly-report-service.ts';

type TIntervention = Awaited<ReturnType<typeof listReportingInterventions>>[number];

const queueIntervention = (row: TIntervention) => ({
  id: row.id,
  key: row.key,
  shortName: row.shortName,
});

/**
 * The report as computeReportingRate reads it. A seeded report that left DRAFT without a recorded
 * submission time counts as received by its due date (as the report list does).
 */
function rateReport(
  row: Awaited<ReturnType<typeof listReportStates>>[number],
): TReportingRateReport {
  return {
    interventionId: row.interventionId,
    year: row.year,
    quarter: row.quarter,
    status: row.status,
    submittedOn: row.submittedAt
      ? toSwedishDate(row.submittedAt)
      : row.status === 'DRAFT'
        ? null
        : computeReportDueDate(row.year, row.quarter),
  };
}

function rateInterventions(rows: TIntervention[]) {
  return rows.map((row) => ({
    id: row.id,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
  }));
}

/**
 * GET /reporting-rate?year= (kansliet) — rapporteringsgrad of each quarter of `year`: expected,
 * in, on time, late, missing, not yet due (computeReportingRate), judged on today in Sweden.
 */
export async function getReportingRate(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  now = new Date(),
): Promise<TReportingRateList> {
  const today = toSwedishDate(now);
  const [interventions, reports] = await Promise.all([
    listReportingInterventions(prisma, user.federationId),
    listReportStates(prisma, user.federationId, { gte: year, lte: year }),
  ]);
  const byId = new Map(interventions.map((row) => [row.id, row]));
  const inputs = rateInterventions(interventions);
  const rateReports = reports.map(rateReport);
  return {
    year,
    today,
    quarters: [1, 2, 3, 4].map((quarter) => {
      const { missingInterventionIds, ...rate } = computeReportingRate(
        year,
        quarter,
        inputs,
        rateReports,
        today,
      );
      return {
        ...rate,
        missingInterventions: missingInterventionIds.map((id) => queueIntervention(byId.get(id)!)),
      };
    }),
  };
}

/**
 * GET /review-queue (kansliet) — what waits for the office: submitted reports, expected reports
 * past their due date that are not in (from `fromYear`, default last year: the office chases the
 * current reporting, not 2019's), and open deviations. Oldest first.
 */
export async function getReviewQueue(
  prisma: TPrismaClient,
  user: TSessionUser,
  fromYear?: number,
  now = new Date(),
): Promise<TReviewQueue> {
  const today = toSwedishDate(now);
  const thisYear = Number(today.slice(0, 4));
  const from = fromYear ?? thisYear - 1;
  const [interventions, submitted, deviations, states] = await Promise.all([
    listReportingInterventions(prisma, user.federationId),
    listSubmittedReports(prisma, user.federationId),
    listOpenDeviations(prisma, user.federationId),
    listReportStates(prisma, user.federationId, { gte: from, lte: thisYear }),
  ]);
  const byId = new Map(interventions.map((row) => [row.id, row]));
  const inputs = rateInterventions(interventions);
  const rateReports = states.map(rateReport);
  const stateOf = new Map(
    states.map((row) => [`${row.interventionId}:${row.year}Q${row.quarter}`, row]),
  );

  const overdue: TReviewQueue['overdue'] = [];
  for (let year = from; year <= thisYear; year += 1) {
    for (const quarter of [1, 2, 3, 4]) {
      const rate = computeReportingRate(year, quarter, inputs, rateReports, today);
      for (const id of rate.missingInterventionIds) {
        const report = stateOf.get(`${id}:${year}Q${quarter}`);
        overdue.push({
          intervention: queueIntervention(byId.get(id)!),
          year,
          quarter,
          dueDate: rate.dueDate,
          reportId: report?.id ?? null,
          status: report?.status ?? null,
        });
      }
    }
  }

  const actors = await findActors(
    prisma,
    deviations.flatMap((row) => [row.submittedById, row.decidedById]),
  );
  const named = (id: string) => {
    const row = byId.get(id);
    return row ? queueIntervention(row) : null;
  };
  return {
    today,
    submitted: submitted.flatMap((row) => {
      const intervention = named(row.interventionId);
      return intervention ? [{ report: toReportSummary(row, now), intervention }] : [];
    }),
    overdue,
    deviations: deviations.flatMap((row) => {
      const intervention = named(row.interventionId);
      return intervention ? [{ deviation: toDeviationSummary(row, actors), intervention }] : [];
    }),
  };
}
