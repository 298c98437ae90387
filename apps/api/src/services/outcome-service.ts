import type { TPrismaClient } from '@finsam/db';
import { parsePeriod, periodEndDate, periodStartDate } from '@finsam/domain';
import type {
  TOutcome,
  TOutcomeCreateInput,
  TOutcomeList,
  TOutcomeUpdateInput,
  TPeriodRange,
  TSessionUser,
} from '@finsam/domain';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createOutcome,
  deleteOutcomeIfVersion,
  findInterventionPeriod,
  findOutcome,
  findOutcomeForPeriod,
  findOutcomeScope,
  listOutcomes,
  updateOutcomeIfVersion,
} from '../repositories/outcome-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import { assertInterventionAccess } from './access-service.ts';
import { toIsoDate } from './db-dates.ts';

const duplicatePeriod = (period: string) => {
  const message = `Det finns redan ett utfall för ${period}. Ändra det i stället för att lägga till ett nytt.`;
  return new AppError('CONFLICT', message, [{ path: 'body.period', message }]);
};

/** An outcome must lie (at least partly) inside the intervention's period. */
async function checkPeriodInsideIntervention(
  db: TDbClient,
  interventionId: string,
  range: TPeriodRange,
) {
  const intervention = await findInterventionPeriod(db, interventionId);
  if (!intervention) throw new NotFoundError('Insatsen finns inte.');
  const start = toIsoDate(intervention.startDate);
  const end = toIsoDate(intervention.endDate);
  if (periodEndDate(range) < start || periodStartDate(range) > end) {
    throw new ValidationError([
      {
        path: 'body.period',
        message: `Perioden ${range.period} ligger utanför insatsens period ${start}–${end}.`,
      },
    ]);
  }
}

function periodColumns(range: TPeriodRange) {
  return {
    period: range.period,
    year: range.year,
    startMonth: range.startMonth,
    endMonth: range.endMonth,
  };
}

async function loadOutcome(db: TDbClient, id: string): Promise<TOutcome> {
  const outcome = await findOutcome(db, id);
  if (!outcome) throw new NotFoundError('Utfallet finns inte.');
  return outcome;
}

/** GET /interventions/:id/outcomes: utfall per period (money: every reader of the förbund). */
export async function listInterventionOutcomes(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
): Promise<TOutcomeList> {
  await assertInterventionAccess(prisma, user, interventionId, 'summary');
  return { interventionId, outcomes: await listOutcomes(prisma, interventionId) };
}

/** POST /interventions/:id/outcomes (kansli): one outcome per period; a duplicate answers 409. */
export async function createInterventionOutcome(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  input: TOutcomeCreateInput,
): Promise<TOutcome> {
  await assertInterventionAccess(prisma, user, interventionId, 'manage');
  const range = parsePeriod(input.period);
  try {
    return await inTransaction(prisma, async (tx) => {
      await checkPeriodInsideIntervention(tx, interventionId, range);
      if (await findOutcomeForPeriod(tx, interventionId, range.period))
        throw duplicatePeriod(range.period);
      const { id } = await createOutcome(tx, {
        interventionId,
        ...periodColumns(range),
        amountKronor: input.amountKronor,
        estimated: input.estimated,
        note: input.note ?? null,
        source: input.source ?? '',
      });
      const after = await loadOutcome(tx, id);
      await recordAudit(tx, { user, action: 'create', entity: 'Outcome', entityId: id, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePeriod(range.period);
    throw error;
  }
}

/** Another förbund's outcome is "not found"; then the role rules of its intervention apply. */
async function assertOutcomeAccess(prisma: TPrismaClient, user: TSessionUser, id: string) {
  const scope = await findOutcomeScope(prisma, id);
  if (!scope || scope.intervention.federationId !== user.federationId)
    throw new NotFoundError('Utfallet finns inte.');
  await assertInterventionAccess(prisma, user, scope.interventionId, 'manage');
  return scope;
}

/** PATCH /outcomes/:id (kansli), if the version still matches. */
export async function updateOutcome(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TOutcomeUpdateInput,
): Promise<TOutcome> {
  const scope = await assertOutcomeAccess(prisma, user, id);
  const range = input.period !== undefined ? parsePeriod(input.period) : undefined;
  try {
    return await inTransaction(prisma, async (tx) => {
      const before = await loadOutcome(tx, id);
      if (range && range.period !== before.period) {
        await checkPeriodInsideIntervention(tx, scope.interventionId, range);
        if (await findOutcomeForPeriod(tx, scope.interventionId, range.period))
          throw duplicatePeriod(range.period);
      }
      const changed = await updateOutcomeIfVersion(tx, id, input.version, {
        ...(range ? periodColumns(range) : {}),
        ...(input.amountKronor !== undefined ? { amountKronor: input.amountKronor } : {}),
        ...(input.estimated !== undefined ? { estimated: input.estimated } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
      });
      if (changed === 0) throw new ConflictError();
      const after = await loadOutcome(tx, id);
      await recordAudit(tx, {
        user,
        action: 'update',
        entity: 'Outcome',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error) && range) throw duplicatePeriod(range.period);
    throw error;
  }
}

/** DELETE /outcomes/:id?version=n (kansli), if the version still matches. */
export async function deleteOutcome(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  version: number,
) {
  await assertOutcomeAccess(prisma, user, id);
  await inTransaction(prisma, async (tx) => {
    const before = await loadOutcome(tx, id);
    if ((await deleteOutcomeIfVersion(tx, id, version)) === 0) throw new ConflictError();
    await recordAudit(tx, { user, action: 'delete', entity: 'Outcome', entityId: id, before });
  });
}
