import type { TPrismaClient } from '@finsam/db';
import { splitMemberFees } from '@finsam/domain';
import type {
  TFieldError,
  TMemberFeeCreateInput,
  TMemberFeeYear,
  TSessionUser,
} from '@finsam/domain';
import { AppError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createMemberFeeYear,
  findMemberFeeYear,
  listMembersWithPopulations,
  upsertPopulation,
} from '../repositories/member-fee-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';

async function loadYear(
  db: TDbClient,
  federationId: string,
  year: number,
): Promise<TMemberFeeYear> {
  const decided = await findMemberFeeYear(db, federationId, year);
  // A decided year shows the populations it was split on; otherwise the latest known.
  const members = await listMembersWithPopulations(db, federationId, decided?.populationDate);
  return {
    year,
    members: members.map((m) => ({
      id: m.id,
      key: m.key,
      name: m.name,
      shortName: m.shortName,
      kind: m.kind,
      population: m.populations[0]?.population ?? null,
      populationDate: m.populations[0] ? toIsoDate(m.populations[0].date) : null,
    })),
    decided: decided
      ? {
          totalKronor: decided.totalKronor,
          populationDate: toIsoDate(decided.populationDate),
          source: decided.source,
          fees: decided.fees,
        }
      : null,
  };
}

/** GET /member-fees/:year: members, populations and the year's decided fees (if any). */
export function getMemberFeeYear(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
): Promise<TMemberFeeYear> {
  return loadYear(prisma, user.federationId, year);
}

const alreadyDecided = (year: number) =>
  new AppError(
    'CONFLICT',
    `Medlemsavgifterna för ${year} är redan beslutade och sparade. De ändras inte i efterhand.`,
  );

/**
 * POST /member-fees/:year (kansli): the split of the total by `splitMemberFees` (state 50 % via
 * FK, region 25 %, municipalities 25 % by population, each rounded on its own), stored with the
 * populations it used. Every municipality needs a population; a decided year answers 409.
 */
export async function createMemberFeeYearForUser(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  input: TMemberFeeCreateInput,
): Promise<TMemberFeeYear> {
  try {
    return await inTransaction(prisma, async (tx) => {
      const federationId = user.federationId;
      if (await findMemberFeeYear(tx, federationId, year)) throw alreadyDecided(year);
      const members = await listMembersWithPopulations(tx, federationId);
      const byId = new Map(members.map((m) => [m.id, m]));
      const fields: TFieldError[] = [];
      const given = new Map<string, number>();
      input.populations.forEach((p, index) => {
        const member = byId.get(p.memberId);
        if (!member || member.kind !== 'MUNICIPALITY')
          fields.push({
            path: `body.populations.${index}.memberId`,
            message: 'Kommunen finns inte i förbundet.',
          });
        else given.set(p.memberId, p.population);
      });
      const municipalities = members.filter((m) => m.kind === 'MUNICIPALITY');
      for (const m of municipalities) {
        if (!given.has(m.id))
          fields.push({ path: 'body.populations', message: `Folkmängd saknas för ${m.name}.` });
      }
      const state = members.filter((m) => m.kind === 'SOCIAL_INSURANCE');
      const stateKeys = [...state, ...members.filter((m) => m.kind === 'EMPLOYMENT_SERVICE')];
      const region = members.find((m) => m.kind === 'REGION');
      if (state.length === 0 || !region)
        fields.push({
          path: 'body',
          message: 'Förbundet saknar Försäkringskassan eller regionen som medlem.',
        });
      if ([...given.values()].every((p) => p === 0))
        fields.push({ path: 'body.populations', message: 'Kommunernas folkmängd saknas.' });
      if (fields.length > 0) throw new ValidationError(fields);

      const split = splitMemberFees({
        totalKronor: input.totalKronor,
        stateKeys: stateKeys.map((m) => m.id),
        regionKey: region!.id,
        municipalities: municipalities.map((m) => ({ key: m.id, population: given.get(m.id)! })),
      });
      const populationDate = fromIsoDate(input.populationDate);
      const source = `Beslutad av kansliet (${user.email}); folkmängd ${input.populationDate}`;
      for (const m of municipalities)
        await upsertPopulation(tx, m.id, populationDate, given.get(m.id)!, source);
      const id = await createMemberFeeYear(tx, {
        federationId,
        year,
        totalKronor: input.totalKronor,
        populationDate,
        source,
        fees: split.lines.map((line) => ({ memberId: line.key, amountKronor: line.amountKronor })),
      });
      const after = await loadYear(tx, federationId, year);
      await recordAudit(tx, {
        user,
        action: 'create',
        entity: 'MemberFeeYear',
        entityId: id,
        after: {
          ...after.decided,
          municipalRoundingDifferenceKronor: split.municipalRoundingDifferenceKronor,
        },
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyDecided(year);
    throw error;
  }
}
