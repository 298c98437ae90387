import type { TPrismaClient, Prisma } from '@finsam/db';
import { findDestructiveQuestionChanges, ZStoredReportQuestion } from '@finsam/domain';
import type {
  TCopyReportQuestionSetInput,
  TReportQuestionSet,
  TReportQuestionSetList,
  TSaveReportQuestionSetInput,
  TSessionUser,
} from '@finsam/domain';
import { z } from 'zod/mini';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createQuestionSet,
  findQuestionSet,
  hasSubmittedReportsOfYear,
  listQuestionSets,
  updateQuestionSetIf,
} from '../repositories/question-set-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';

const ZStored = z.array(ZStoredReportQuestion);

type TSetRow = NonNullable<Awaited<ReturnType<typeof findQuestionSet>>>;

function toDto(row: TSetRow, inUse: boolean): TReportQuestionSet {
  return {
    year: row.year,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    inUse,
    questions: ZStored.parse(row.questions),
  };
}

function assertOffice(user: TSessionUser) {
  if (user.role !== 'OFFICE') {
    throw new ForbiddenError('Bara kansliet kan ändra kvartalsrapportens frågor.');
  }
}

/** GET /report-question-sets — every role that reads reports sees which years have a set. */
export async function listReportQuestionSets(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TReportQuestionSetList> {
  const rows = await listQuestionSets(prisma, user.federationId);
  return {
    sets: rows.map((row) => ({
      year: row.year,
      questionCount: Array.isArray(row.questions) ? row.questions.length : 0,
    })),
  };
}

/** GET /report-question-sets/:year — exactly that year's set (404 when the year has none). */
export async function getReportQuestionSet(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
): Promise<TReportQuestionSet> {
  const row = await findQuestionSet(prisma, user.federationId, year);
  if (!row) throw new NotFoundError(`Det finns inga egna frågor för ${year}.`);
  return toDto(row, await hasSubmittedReportsOfYear(prisma, user.federationId, year));
}

/**
 * Every answer option named in `textRequiredFor` must be one of the question's options, or the
 * rule could never apply (a typo the office would not notice until a report is submitted).
 */
function checkQuestions(input: TSaveReportQuestionSetInput) {
  const errors: { path: string; message: string }[] = [];
  input.questions.forEach((question, index) => {
    for (const answer of question.textRequiredFor ?? []) {
      if (!(question.options ?? []).includes(answer)) {
        errors.push({
          path: `body.questions.${index}.textRequiredFor`,
          message: `"${answer}" är inte ett av frågans svarsalternativ.`,
        });
      }
    }
  });
  return errors;
}

/**
 * PUT /report-question-sets/:year — the office replaces a year's questions (version 0 creates the
 * set). A year whose reports have been submitted (inUse) takes only changes that keep what the
 * submitted answers mean — wording, order, answer options added last — and refuses the rest per
 * field (findDestructiveQuestionChanges, 400); a year in use with no set of its own gets none
 * (409): its reports were answered with an earlier year's questions.
 */
export async function saveReportQuestionSet(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  input: TSaveReportQuestionSetInput,
): Promise<TReportQuestionSet> {
  assertOffice(user);
  const errors = checkQuestions(input);
  if (errors.length > 0) throw new ValidationError(errors);
  const questions = input.questions as unknown as Prisma.InputJsonValue;
  try {
    return await inTransaction(prisma, async (tx) => {
      const inUse = await hasSubmittedReportsOfYear(tx, user.federationId, year);
      const before = await findQuestionSet(tx, user.federationId, year);
      if (inUse && !before) {
        throw new ConflictError(
          `Kvartalsrapporter för ${year} har redan skickats in med ett tidigare års frågor. Lägg till frågor för nästa år i stället.`,
        );
      }
      if (inUse && before) {
        const destructive = findDestructiveQuestionChanges(
          ZStored.parse(before.questions),
          input.questions,
        );
        if (destructive.length > 0) {
          throw new ValidationError(
            destructive.map((error) => ({ ...error, path: `body.${error.path}` })),
            `Kvartalsrapporter för ${year} har redan skickats in med de här frågorna. Formuleringar och ordning kan ändras och svarsalternativ läggas till sist; annat ändras i nästa års frågor.`,
          );
        }
      }
      if (!before) {
        if (input.version !== 0) throw new ConflictError();
        const created = await createQuestionSet(tx, {
          federationId: user.federationId,
          year,
          questions,
          source: 'Kansliet',
          updatedById: user.id,
        });
        await recordAudit(tx, {
          user,
          action: 'create',
          entity: 'ReportQuestionSet',
          entityId: created.id,
          after: { year, questions: input.questions },
        });
        return toDto(created, false);
      }
      const count = await updateQuestionSetIf(
        tx,
        { federationId: user.federationId, year, version: input.version },
        { questions, updatedById: user.id },
      );
      if (count === 0) throw new ConflictError(undefined, toDto(before, inUse));
      const after = (await findQuestionSet(tx, user.federationId, year))!;
      await recordAudit(tx, {
        user,
        action: 'update',
        entity: 'ReportQuestionSet',
        entityId: after.id,
        before: { year, questions: before.questions, version: before.version },
        after: { year, questions: after.questions, version: after.version },
      });
      return toDto(after, inUse);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError();
    throw error;
  }
}

/**
 * POST /report-question-sets/:year/copy — the office starts `year`'s set from `fromYear`'s
 * (usually this year's, for next year). 409 when `year` already has a set.
 */
export async function copyReportQuestionSet(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  input: TCopyReportQuestionSetInput,
): Promise<TReportQuestionSet> {
  assertOffice(user);
  const from = await findQuestionSet(prisma, user.federationId, input.fromYear);
  if (!from) {
    throw new ValidationError([
      {
        path: 'body.fromYear',
        message: `Det finns inga frågor för ${input.fromYear} att utgå från.`,
      },
    ]);
  }
  if (await findQuestionSet(prisma, user.federationId, year)) {
    throw new ConflictError(`Det finns redan frågor för ${year}. Ändra dem i stället.`);
  }
  return saveReportQuestionSet(prisma, user, year, {
    version: 0,
    questions: ZStored.parse(from.questions),
  });
}
