import type { TPrismaClient } from '@finsam/db';
import {
  deviationTransition,
  formatDate,
  formatKronor,
  nextDeviationStatus,
  OPEN_DEVIATION_STATUSES,
  planDeviationEffect,
  toSwedishDate,
  ZDeviationEffect,
} from '@finsam/domain';
import type {
  TCreateDeviationInput,
  TDeviation,
  TDeviationDecisionInput,
  TDeviationEffect,
  TDeviationList,
  TDeviationStatus,
  TDeviationSummary,
  TFieldError,
  TReviewDeviationInput,
  TSessionUser,
} from '@finsam/domain';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import { findActors } from '../repositories/actor-repository.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  addBudgetAdjustment,
  createExpectedParticipants,
  findInterventionPeriod,
  findOrCreateAnnualBudget,
  setAppliedEffect,
  updateInterventionPeriod,
} from '../repositories/deviation-effect-repository.ts';
import {
  addDeviationEvent,
  createDeviation as insertDeviation,
  findDeviation,
  listDeviations as selectDeviations,
  updateDeviationIf,
} from '../repositories/deviation-repository.ts';
import type { TDeviationRow } from '../repositories/deviation-repository.ts';
import { inTransaction } from '../repositories/transaction.ts';
import type { TDbClient, TTx } from '../repositories/transaction.ts';
import { assertInterventionAccess, mayAccessIntervention } from './access-service.ts';
import type { TInterventionAccess } from './access-service.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';
import { notifyDeviationChange } from './notification-service.ts';
import { computeEffectPreview } from './deviation-effect-service.ts';

type TActors = Map<string, { id: string; name: string }>;

/** States in which the office can still decide: inskickad, under granskning. */
const OPEN: TDeviationStatus[] = [...OPEN_DEVIATION_STATUSES];

const STATUS_TEXT: Record<TDeviationStatus, string> = {
  SUBMITTED: 'inskickad',
  UNDER_REVIEW: 'under granskning',
  APPROVED: 'beviljad',
  REJECTED: 'avslagen',
};

const actor = (actors: TActors, id: string | null) => (id && actors.get(id)) || null;

function readEffect(row: TDeviationRow): TDeviationEffect {
  return ZDeviationEffect.parse(row.requestedEffect ?? {});
}

export function toSummary(row: TDeviationRow, actors: TActors): TDeviationSummary {
  return {
    id: row.id,
    interventionId: row.interventionId,
    kind: row.kind,
    status: row.status,
    description: row.description,
    effect: readEffect(row),
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: actor(actors, row.submittedById),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: actor(actors, row.decidedById),
    decisionReason: row.decisionReason,
    version: row.version,
  };
}

async function toDetail(db: TDbClient, row: TDeviationRow): Promise<TDeviation> {
  const actors = await findActors(db, [
    row.submittedById,
    row.decidedById,
    ...row.events.map((e) => e.userId),
  ]);
  return {
    ...toSummary(row, actors),
    interventionName: row.intervention.shortName,
    events: row.events.map((event) => ({
      status: event.status,
      at: event.at.toISOString(),
      by: actor(actors, event.userId),
      comment: event.comment,
    })),
    adjustments: row.adjustments.map((adjustment) => ({
      year: adjustment.budget.year,
      amountKronor: adjustment.amountKronor,
      kind: adjustment.kind,
      date: toIsoDate(adjustment.date),
    })),
  };
}

/** Another förbund's deviation answers 404 (not revealed); a forbidden action 403. */
async function loadDeviation(
  db: TDbClient,
  user: TSessionUser,
  id: string,
  access: TInterventionAccess,
) {
  const row = await findDeviation(db, id);
  if (!row || row.intervention.federationId !== user.federationId) {
    throw new NotFoundError('Avvikelsen finns inte.');
  }
  if (!mayAccessIntervention(user, row.interventionId, access)) {
    throw new ForbiddenError('Du har inte behörighet till den här insatsens avvikelser.');
  }
  return row;
}

/** GET /interventions/:id/deviations — board, office, and the intervention's own lead. */
export async function listDeviations(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
): Promise<TDeviationList> {
  await assertInterventionAccess(prisma, user, interventionId, 'details');
  const rows = await selectDeviations(prisma, interventionId);
  const actors = await findActors(
    prisma,
    rows.flatMap((row) => [row.submittedById, row.decidedById]),
  );
  return { deviations: rows.map((row) => toSummary(row, actors)) };
}

/** GET /deviations/:id — with its history (who, when, state, comment). */
export async function getDeviation(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
): Promise<TDeviation> {
  return toDetail(prisma, await loadDeviation(prisma, user, id, 'details'));
}

const yearOf = (date: Date) => date.getUTCFullYear();

/**
 * Checks a requested effect against the intervention as it is now: a new end date must be later,
 * a postponed start later and before the end, money only in years the intervention runs.
 */
function checkEffectFits(
  input: TCreateDeviationInput,
  intervention: { startDate: Date; endDate: Date },
): TFieldError[] {
  const start = toIsoDate(intervention.startDate);
  const end = toIsoDate(intervention.endDate);
  const errors: TFieldError[] = [];
  const yearInPeriod = (year: number, field: string) => {
    if (year < yearOf(intervention.startDate) || year > yearOf(intervention.endDate)) {
      errors.push({
        path: `body.effect.${field}`,
        message: `Insatsen pågår inte ${year} (den pågår ${formatDate(start)}–${formatDate(end)}).`,
      });
    }
  };
  switch (input.kind) {
    case 'BUDGET_CARRY_OVER':
      yearInPeriod(input.effect.fromYear, 'fromYear');
      yearInPeriod(input.effect.toYear, 'toYear');
      break;
    case 'BUDGET_CHANGE':
      yearInPeriod(input.effect.year, 'year');
      if (input.effect.fromYear !== undefined) yearInPeriod(input.effect.fromYear, 'fromYear');
      break;
    case 'START_POSTPONED': {
      const newEnd = input.effect.newEndDate ?? end;
      if (input.effect.newStartDate <= start) {
        errors.push({
          path: 'body.effect.newStartDate',
          message: `Det nya startdatumet måste vara senare än nuvarande startdatum (${formatDate(start)}).`,
        });
      } else if (input.effect.newStartDate > newEnd) {
        errors.push({
          path: 'body.effect.newStartDate',
          message: `Det nya startdatumet måste ligga före slutdatumet (${formatDate(newEnd)}).`,
        });
      }
      break;
    }
    case 'PERIOD_EXTENDED':
      if (input.effect.newEndDate <= end) {
        errors.push({
          path: 'body.effect.newEndDate',
          message: `Det nya slutdatumet måste vara senare än nuvarande slutdatum (${formatDate(end)}).`,
        });
      }
      break;
    default:
      break;
  }
  return errors;
}

/** POST /interventions/:id/deviations — the intervention's lead or the office reports an avvikelse. */
export async function createDeviation(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  input: TCreateDeviationInput,
  now = new Date(),
): Promise<TDeviation> {
  await assertInterventionAccess(prisma, user, interventionId, 'report');
  return inTransaction(prisma, async (tx) => {
    const intervention = await findInterventionPeriod(tx, interventionId);
    const errors = checkEffectFits(input, intervention);
    if (errors.length > 0) throw new ValidationError(errors);
    const { id } = await insertDeviation(tx, {
      interventionId,
      kind: input.kind,
      description: input.description,
      requestedEffect: input.effect,
      submittedById: user.id,
      submittedAt: now,
    });
    await addDeviationEvent(tx, {
      deviationId: id,
      status: 'SUBMITTED',
      userId: user.id,
      at: now,
      comment: null,
    });
    await recordAudit(tx, {
      user,
      action: 'create',
      entity: 'Deviation',
      entityId: id,
      after: {
        interventionId,
        kind: input.kind,
        status: 'SUBMITTED',
        description: input.description,
        effect: input.effect,
      },
    });
    await notifyDeviationChange(tx, 'create', id, user, now); // tells the office (issue 15)
    return toDetail(tx, (await findDeviation(tx, id))!);
  });
}

function assertOpen(row: TDeviationRow, what: string) {
  if (!OPEN.includes(row.status)) {
    throw new ConflictError(`Avvikelsen är redan ${STATUS_TEXT[row.status]} och kan inte ${what}.`);
  }
}

/** POST /deviations/:id/review — the office starts its review: inskickad → under granskning. */
export async function reviewDeviation(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TReviewDeviationInput,
  now = new Date(),
): Promise<TDeviation> {
  await loadDeviation(prisma, user, id, 'manage');
  return inTransaction(prisma, async (tx) => {
    const before = await loadDeviation(tx, user, id, 'manage');
    if (before.version !== input.version) throw new ConflictError();
    if (nextDeviationStatus(before.status, 'review') === null) {
      throw new ConflictError(
        `Avvikelsen är ${STATUS_TEXT[before.status]}. Bara en inskickad avvikelse kan tas upp för granskning.`,
      );
    }
    if (
      (await updateDeviationIf(
        tx,
        { id, version: input.version, statuses: ['SUBMITTED'] },
        { status: 'UNDER_REVIEW' },
      )) === 0
    ) {
      throw new ConflictError();
    }
    await addDeviationEvent(tx, {
      deviationId: id,
      status: 'UNDER_REVIEW',
      userId: user.id,
      at: now,
      comment: input.comment || null,
    });
    await recordAudit(tx, {
      user,
      action: 'review',
      entity: 'Deviation',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: { status: 'UNDER_REVIEW', version: before.version + 1 },
    });
    return toDetail(tx, (await findDeviation(tx, id))!);
  });
}

/**
 * Applies an approved deviation's effect to the intervention, in the decision's transaction: the
 * writes planDeviationEffect (domain package) lists — budget adjustments (a carry-over leaves the
 * source year's adopted budget as it is, as the papers do), a new start or end date, a new
 * expected number of participants; a changed goal, target group or method changes nothing.
 */
async function applyEffect(tx: TTx, user: TSessionUser, row: TDeviationRow, decidedOn: string) {
  const source = `Avvikelse ${row.id}, beviljad ${decidedOn}`;
  const date = fromIsoDate(decidedOn);

  const adjust = async (
    year: number,
    amountKronor: number,
    kind: 'CARRY_OVER' | 'DEVIATION',
    note: string,
  ) => {
    const { budget, created } = await findOrCreateAnnualBudget(
      tx,
      row.interventionId,
      year,
      source,
    );
    if (created) {
      await recordAudit(tx, {
        user,
        action: 'create',
        entity: 'AnnualBudget',
        entityId: budget.id,
        after: budget,
      });
    }
    const adjustment = await addBudgetAdjustment(tx, {
      budgetId: budget.id,
      amountKronor,
      kind,
      date,
      note,
      source,
      deviationId: row.id,
    });
    await recordAudit(tx, {
      user,
      action: 'create',
      entity: 'BudgetAdjustment',
      entityId: adjustment.id,
      after: adjustment,
    });
  };

  const setPeriod = async (change: { startDate?: string; endDate?: string }) => {
    const before = await findInterventionPeriod(tx, row.interventionId);
    const after = await updateInterventionPeriod(tx, row.interventionId, {
      ...(change.startDate ? { startDate: fromIsoDate(change.startDate) } : {}),
      ...(change.endDate ? { endDate: fromIsoDate(change.endDate) } : {}),
    });
    await recordAudit(tx, {
      user,
      action: 'update',
      entity: 'Intervention',
      entityId: row.interventionId,
      before,
      after,
    });
  };

  for (const operation of planDeviationEffect(row.kind, readEffect(row))) {
    switch (operation.type) {
      case 'BUDGET': {
        const amount = formatKronor(Math.abs(operation.amountKronor), { unit: true });
        const note =
          operation.adjustmentKind === 'CARRY_OVER'
            ? `Outnyttjade medel ${amount} överförda från ${operation.counterpartYear}`
            : operation.counterpartYear === null
              ? 'Ändrad budget'
              : operation.amountKronor < 0
                ? `Flyttat till ${operation.counterpartYear}`
                : `Flyttat från ${operation.counterpartYear}`;
        await adjust(operation.year, operation.amountKronor, operation.adjustmentKind, note);
        break;
      }
      case 'PERIOD':
        await setPeriod(operation);
        break;
      case 'EXPECTED_PARTICIPANTS': {
        const expected = await createExpectedParticipants(tx, {
          interventionId: row.interventionId,
          count: operation.count,
          kind: operation.kind,
          note: `Ändrat genom avvikelse beviljad ${formatDate(decidedOn)}`,
          source,
        });
        await recordAudit(tx, {
          user,
          action: 'create',
          entity: 'ExpectedParticipants',
          entityId: expected.id,
          after: expected,
        });
        break;
      }
    }
  }
}

/**
 * POST /deviations/:id/decision — the office decides an open deviation: beviljad (its effect is
 * applied in the same transaction) or avslagen (with a reason; nothing else changes). Carry-over
 * of unused money is the förbundschef's decision; the förbundschef works in the kansli (OFFICE).
 */
export async function decideDeviation(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TDeviationDecisionInput,
  now = new Date(),
): Promise<TDeviation> {
  await loadDeviation(prisma, user, id, 'manage');
  return inTransaction(prisma, async (tx) => {
    const before = await loadDeviation(tx, user, id, 'manage');
    if (before.version !== input.version) throw new ConflictError();
    const action = input.decision === 'APPROVED' ? 'approve' : 'reject';
    if (nextDeviationStatus(before.status, action) === null) assertOpen(before, 'beslutas igen');
    const reason = input.reason || null;
    // What the approval changes, computed before anything is written: stored with the decision,
    // so the office sees afterwards exactly what it was shown before deciding.
    const effect = deviationTransition(action).appliesEffect
      ? await computeEffectPreview(tx, before.interventionId, before.kind, before.requestedEffect)
      : null;
    if (effect && effect.problems.length > 0) throw new ConflictError(effect.problems.join(' '));
    const count = await updateDeviationIf(
      tx,
      { id, version: input.version, statuses: OPEN },
      { status: input.decision, decisionReason: reason, decidedAt: now, decidedById: user.id },
    );
    if (count === 0) throw new ConflictError();
    await addDeviationEvent(tx, {
      deviationId: id,
      status: input.decision,
      userId: user.id,
      at: now,
      comment: reason,
    });
    if (effect) {
      await applyEffect(tx, user, before, toSwedishDate(now));
      await setAppliedEffect(tx, id, effect.changes);
    }
    await recordAudit(tx, {
      user,
      action: 'decide',
      entity: 'Deviation',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: {
        status: input.decision,
        decisionReason: reason,
        version: before.version + 1,
        ...(effect ? { appliedEffect: effect.changes } : {}),
      },
    });
    await notifyDeviationChange(tx, 'decide', id, user, now); // tells the lead(s) (issue 15)
    return toDetail(tx, (await findDeviation(tx, id))!);
  });
}
