import type { TPrismaClient } from '@finsam/db';
import {
  computeAdjustedBudget,
  OPEN_DEVIATION_STATUSES,
  planDeviationEffect,
  previewDeviationEffect,
  ZDeviationEffect,
  ZDeviationEffectChange,
} from '@finsam/domain';
import type {
  TDeviationEffectPreview,
  TDeviationEffectView,
  TDeviationKind,
  TSessionUser,
} from '@finsam/domain';
import { z } from 'zod/mini';
import { ForbiddenError, NotFoundError } from '../http/errors.ts';
import { findEffectState } from '../repositories/deviation-effect-repository.ts';
import { findDeviation } from '../repositories/deviation-repository.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import { mayAccessIntervention } from './access-service.ts';
import { toIsoDate } from './db-dates.ts';

/**
 * What approving a deviation of `kind` with `requestedEffect` would change on the intervention
 * as it stands now (planDeviationEffect + previewDeviationEffect); nothing is written.
 */
export async function computeEffectPreview(
  db: TDbClient,
  interventionId: string,
  kind: TDeviationKind,
  requestedEffect: unknown,
): Promise<TDeviationEffectPreview> {
  const operations = planDeviationEffect(kind, ZDeviationEffect.parse(requestedEffect ?? {}));
  const state = await findEffectState(db, interventionId);
  const expectedKind = operations.find((op) => op.type === 'EXPECTED_PARTICIPANTS')?.kind;
  const sameKind = state.expectedParticipants.filter((row) => row.kind === expectedKind);
  const newest = sameKind[sameKind.length - 1] ?? state.expectedParticipants.at(-1);
  return previewDeviationEffect(operations, {
    startDate: toIsoDate(state.startDate),
    endDate: toIsoDate(state.endDate),
    budgets: state.budgets.map((budget) => ({
      year: budget.year,
      adjustedKronor: computeAdjustedBudget(budget.amountKronor, budget.adjustments),
    })),
    expected: newest ? { count: newest.count, kind: newest.kind } : null,
  });
}

/**
 * GET /deviations/:id/effect — the office (and whoever may read the deviation) sees, before a
 * decision, what approving would change (PREVIEW), and after an approval what it changed
 * (APPLIED, stored when decided). A rejected deviation changed nothing (NONE).
 */
export async function getDeviationEffect(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
): Promise<TDeviationEffectView> {
  const row = await findDeviation(prisma, id);
  if (!row || row.intervention.federationId !== user.federationId) {
    throw new NotFoundError('Avvikelsen finns inte.');
  }
  if (!mayAccessIntervention(user, row.interventionId, 'details')) {
    throw new ForbiddenError('Du har inte behörighet till den här insatsens avvikelser.');
  }
  const base = { deviationId: row.id, status: row.status };
  if (OPEN_DEVIATION_STATUSES.includes(row.status)) {
    const preview = await computeEffectPreview(
      prisma,
      row.interventionId,
      row.kind,
      row.requestedEffect,
    );
    return { ...base, mode: 'PREVIEW', ...preview };
  }
  if (row.status === 'APPROVED') {
    const changes = z.array(ZDeviationEffectChange).parse(row.appliedEffect ?? []);
    return { ...base, mode: 'APPLIED', changes, problems: [] };
  }
  return { ...base, mode: 'NONE', changes: [], problems: [] };
}
