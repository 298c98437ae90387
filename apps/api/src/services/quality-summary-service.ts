import type { TPrismaClient } from '@finsam/db';
import {
  periodEndDate,
  periodStartDate,
  pickGoalStatusReport,
  summarizeQualityAnswers,
  toPeriodRange,
} from '@finsam/domain';
import type { TAnswerRow, TQualitySummary, TSessionUser } from '@finsam/domain';
import { findQuestionSetFor } from '../repositories/quarterly-report-repository.ts';
import {
  listReportAnswersOfYear,
  listReportingInterventions,
} from '../repositories/review-repository.ts';
import { toIsoDate } from './db-dates.ts';

function readQualityQuestions(json: unknown): { key: string; label: string; options: string[] }[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const { key, section, label, options } = (item ?? {}) as Record<string, unknown>;
    if (section !== 'QUALITY' || typeof key !== 'string') return [];
    return [
      {
        key,
        label: typeof label === 'string' ? label : key,
        options: Array.isArray(options) ? options.filter((o) => typeof o === 'string') : [],
      },
    ];
  });
}

function toAnswerRow(answers: unknown): TAnswerRow {
  if (typeof answers !== 'object' || answers === null) return {};
  return Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).flatMap(([key, answer]) => {
      const value = (answer as { value?: unknown } | null)?.value;
      return typeof value === 'string' ? [[key, { value }]] : [];
    }),
  );
}

/**
 * GET /review/quality-summary?period= (office, board) — the Tabell 5 summary of a period ("i N av
 * M insatser …", summarizeQualityAnswers): every intervention expected to report in the period
 * (the reporting-rate rule) with the answers of its submitted report of the period's latest
 * quarter (the goal-status rule, pickGoalStatusReport: a DRAFT never counts), the quality
 * questions of the year's set (or the newest earlier one). No report: unanswered.
 */
export async function getQualitySummary(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
): Promise<TQualitySummary> {
  const range = toPeriodRange(period);
  const from = periodStartDate(range.period);
  const to = periodEndDate(range.period);
  const [interventions, reports, set] = await Promise.all([
    listReportingInterventions(prisma, user.federationId),
    listReportAnswersOfYear(prisma, user.federationId, range.year),
    findQuestionSetFor(prisma, user.federationId, range.year),
  ]);
  const active = interventions.filter(
    (i) => toIsoDate(i.startDate) <= to && toIsoDate(i.endDate) >= from,
  );
  const rows = active.map((intervention) => {
    const picked = pickGoalStatusReport(
      reports
        .filter((r) => r.interventionId === intervention.id)
        .map((r) => ({ ...r, phaseAnswer: null })),
      range,
    );
    return picked ? toAnswerRow(picked.answers) : null;
  });
  const questions = readQualityQuestions(set?.questions);
  const summaries = summarizeQualityAnswers(
    questions,
    rows.map((row) => row ?? {}),
  );
  return {
    period: range.period,
    questionSetYear: set?.year ?? null,
    interventionCount: active.length,
    reportedCount: rows.filter((row) => row !== null).length,
    questions: summaries.map((summary, index) => ({
      ...summary,
      label: questions[index]!.label,
    })),
  };
}
