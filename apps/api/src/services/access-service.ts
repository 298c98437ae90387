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
  if (!intervention || intervention.federationId !== user.federationId) {
    throw new NotFoundError('Insatsen finns inte.');
  }
  if (!mayAccessIntervention(user, interventionId, access)) {
    throw new ForbiddenError('Du har inte behörighet till den här insatsen.');
  }
  return intervention;
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
