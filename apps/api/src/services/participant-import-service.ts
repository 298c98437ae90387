import type { TPrismaClient } from '@finsam/db';
import {
  parsePeriod,
  parseParticipantImport,
  periodEndDate,
  periodStartDate,
  previousPeriod,
  formatDate,
} from '@finsam/domain';
import type {
  TGenderCounts,
  TParticipantImportInput,
  TParticipantImportMonthDto,
  TParticipantImportPreview,
  TParticipantImportResult,
  TSessionUser,
} from '@finsam/domain';
import { ValidationError } from '../http/errors.ts';
import { loadParticipantData } from '../repositories/participant-repository.ts';
import { inTransaction } from '../repositories/transaction.ts';
import { assertInterventionAccess } from './access-service.ts';
import { toIsoDate } from './db-dates.ts';
import {
  assemblePeriod,
  assertIndividual,
  checkCounts,
  saveParticipantPeriodIn,
} from './participant-service.ts';
import { readSpreadsheet } from './spreadsheet-table.ts';

async function loadTarget(prisma: TPrismaClient, user: TSessionUser, interventionId: string) {
  const intervention = await assertInterventionAccess(prisma, user, interventionId, 'report');
  assertIndividual(intervention.kind);
  const period = await prisma.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: { startDate: true, endDate: true },
  });
  return {
    ...intervention,
    id: interventionId,
    start: toIsoDate(period.startDate),
    end: toIsoDate(period.endDate),
  };
}

/**
 * Reads the file and checks every row and month without saving: row errors (parseParticipantImport),
 * months outside the intervention's period, and each month's consistency with the month before
 * (from the file, or as saved). Shared by the preview and the save, which re-checks the same file.
 */
async function buildPreview(
  prisma: TPrismaClient,
  target: Awaited<ReturnType<typeof loadTarget>>,
  input: TParticipantImportInput,
): Promise<TParticipantImportPreview> {
  const table = await readSpreadsheet(input.fileName, input.contentBase64);
  const parsed = parseParticipantImport(table);
  const errors = [...parsed.errors];
  const data = await loadParticipantData(prisma, target.id);
  const months: TParticipantImportMonthDto[] = [];
  let previousOngoing: { month: string; counts: TGenderCounts | undefined } | null = null;
  for (const month of parsed.months) {
    const range = parsePeriod(month.month);
    if (periodEndDate(month.month) < target.start || periodStartDate(month.month) > target.end) {
      for (const row of month.rows) {
        errors.push({
          row,
          message: `Insatsen pågår inte ${month.month} (den pågår ${formatDate(target.start)}–${formatDate(target.end)}).`,
        });
      }
    }
    const previous = previousPeriod(range);
    const ongoingBefore =
      previousOngoing && previousOngoing.month === previous.period
        ? previousOngoing.counts
        : assemblePeriod(data, previous).measures.ONGOING;
    const problems = checkCounts(month.measures, month.endReasons, ongoingBefore).map(
      (problem) => ({
        path: problem.path,
        message: problem.message,
        severity: problem.severity,
      }),
    );
    const saved = assemblePeriod(data, range);
    months.push({
      ...month,
      problems,
      version: saved.report?.version ?? 0,
      replaces: saved.source === 'STORED',
    });
    previousOngoing = { month: month.month, counts: month.measures.ONGOING };
  }
  errors.sort((a, b) => a.row - b.row);
  const valid =
    errors.length === 0 && months.every((m) => m.problems.every((p) => p.severity !== 'ERROR'));
  return { fileName: input.fileName, valid, months, errors };
}

/** POST /interventions/:id/participants/import/preview — what the file holds, per row and month. */
export async function previewParticipantImport(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  input: TParticipantImportInput,
): Promise<TParticipantImportPreview> {
  const target = await loadTarget(prisma, user, interventionId);
  return buildPreview(prisma, target, input);
}

/**
 * POST /interventions/:id/participants/import — saves every month of a valid file in one
 * transaction (all or nothing), each at the version the preview showed (`versions`; a month
 * missing there must be new): a month saved by someone else in between answers 409.
 */
export async function saveParticipantImport(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  input: TParticipantImportInput,
): Promise<TParticipantImportResult> {
  const target = await loadTarget(prisma, user, interventionId);
  const preview = await buildPreview(prisma, target, input);
  if (!preview.valid) {
    throw new ValidationError(
      [
        ...preview.errors.map((error) => ({ path: `rows.${error.row}`, message: error.message })),
        ...preview.months.flatMap((month) =>
          month.problems
            .filter((problem) => problem.severity === 'ERROR')
            .map((problem) => ({ path: `months.${month.month}`, message: problem.message })),
        ),
      ],
      'Filen har fel och sparades inte. Rätta raderna och ladda upp den igen.',
    );
  }
  await inTransaction(prisma, async (tx) => {
    for (const month of preview.months) {
      await saveParticipantPeriodIn(
        tx,
        user,
        target,
        parsePeriod(month.month),
        {
          version: input.versions?.[month.month] ?? 0,
          measures: month.measures,
          endReasons: month.endReasons,
        },
        `months.${month.month}.`,
      );
    }
  });
  return { savedMonths: preview.months.map((month) => month.month) };
}
