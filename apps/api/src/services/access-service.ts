import type { TPrismaClient } from '@finsam/db';
import type { TSessionUser } from '@finsam/domain';
import { ForbiddenError, NotFoundError } from '../http/errors.ts';
import { findInterventionScope } from '../repositories/intervention-access-repository.ts';

/**
 * What a user wants to do with one intervention (DOMAIN.md §6):
 * - 'summary': name, period, money and aggregate results — every role of the förbund;
 * - 'details': its reports, participant counts and deviations — board, office, and a lead only
 *   for an intervention they are assigned to;
 * - 'report': write its reports, participant counts and deviations — office, and its own lead;
 * - 'manage': create and edit the intervention, budgets and outcomes — office only.
 */
export type TInterventionAccess = 'summary' | 'details' | 'report' | 'manage';

/**
 * Loads the intervention's scope and checks the user may do `access` with it. Another förbund's
 * intervention answers 404 (its existence is not revealed); a forbidden action answers 403.
 */
export async function assertInterventionAccess(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  access: TInterventionAccess,
) {
  const intervention = await findInterventionScope(prisma, interventionId);
  assertMayAccessIntervention(user, intervention, access);
  return intervention;
}

/**
 * The same check on an intervention's scope already read (null: none found): 404 unless it is
 * the user's förbund's, 403 unless the role may do `access` with it.
 */
export function assertMayAccessIntervention<T extends { id: string; federationId: string }>(
  user: TSessionUser,
  intervention: T | null,
  access: TInterventionAccess,
): asserts intervention is T {
  if (!intervention || intervention.federationId !== user.federationId) {
    throw new NotFoundError('Insatsen finns inte.');
  }
  if (!mayAccessIntervention(user, intervention.id, access)) {
    throw new ForbiddenError('Du har inte behörighet till den här insatsen.');
  }
}

/** The role rules alone, for lists and menus. */
export function mayAccessIntervention(
  user: TSessionUser,
  interventionId: string,
  access: TInterventionAccess,
): boolean {
  const own = user.interventionIds.includes(interventionId);
  switch (user.role) {
    case 'OFFICE':
      return true;
    case 'BOARD':
      return access === 'summary' || access === 'details';
    case 'LEAD':
      return access === 'summary' || ((access === 'details' || access === 'report') && own);
    case 'ADMIN':
      return false;
  }
}

/**
 * Whether the user may see the intervention's DRAFT quarterly reports. A draft is the lead's work
 * in progress: only the office and the intervention's own (assigned) lead see it. Everyone else —
 * the board, another lead — is answered as if it did not exist (404 by id, left out of lists).
 */
export function maySeeDraftReports(user: TSessionUser, interventionId: string): boolean {
  return (
    user.role === 'OFFICE' ||
    (user.role === 'LEAD' && user.interventionIds.includes(interventionId))
  );
}

/**
 * Whether the user may see one intervention's details on the förbund-wide dashboards (its
 * participant row and its goal answers): board and office always, a lead only for an
 * intervention assigned to them. Others get the förbund totals and the goal colour only.
 */
export function maySeeDashboardDetails(user: TSessionUser, interventionId: string): boolean {
  return maySeeEveryDashboardDetail(user) || user.interventionIds.includes(interventionId);
}

/**
 * Whether maySeeDashboardDetails holds for every intervention of the förbund (the board, the
 * office): such users all get the same dashboard answer, so it may be cached (decision 019).
 */
export function maySeeEveryDashboardDetail(user: TSessionUser): boolean {
  return user.role !== 'LEAD';
}

/**
 * The half-year PM (DOMAIN.md §6): the office writes, edits and publishes it and reads the live
 * draft; the board and the leads read what is published only (a draft is the office's work).
 */
export function mayEditPm(user: TSessionUser): boolean {
  return user.role === 'OFFICE';
}

/** Who may read published PMs: every role of the förbund but the admin. */
export function mayReadPublishedPm(user: TSessionUser): boolean {
  return user.role === 'OFFICE' || user.role === 'BOARD' || user.role === 'LEAD';
}
