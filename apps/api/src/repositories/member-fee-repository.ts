import type { TDbClient, TTx } from './transaction.ts';

/** The förbund's members with their populations (newest first) on or before `onOrBefore`. */
export function listMembersWithPopulations(db: TDbClient, federationId: string, onOrBefore?: Date) {
  return db.member.findMany({
    where: { federationId },
    select: {
      id: true,
      key: true,
      name: true,
      shortName: true,
      kind: true,
      populations: {
        where: onOrBefore ? { date: { lte: onOrBefore } } : {},
        select: { date: true, population: true },
        orderBy: { date: 'desc' },
        take: 1,
      },
    },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
  });
}

export function findMemberFeeYear(db: TDbClient, federationId: string, year: number) {
  return db.memberFeeYear.findUnique({
    where: { federationId_year: { federationId, year } },
    select: {
      id: true,
      totalKronor: true,
      populationDate: true,
      source: true,
      fees: { select: { memberId: true, amountKronor: true } },
    },
  });
}

export async function createMemberFeeYear(
  tx: TTx,
  data: {
    federationId: string;
    year: number;
    totalKronor: number;
    populationDate: Date;
    source: string;
    fees: { memberId: string; amountKronor: number }[];
  },
) {
  const { fees, ...year } = data;
  const created = await tx.memberFeeYear.create({ data: year, select: { id: true } });
  await tx.memberFee.createMany({ data: fees.map((fee) => ({ ...fee, feeYearId: created.id })) });
  return created.id;
}

/** Stores a municipality's population on a date (the figure the split used), replacing that day's. */
export function upsertPopulation(
  tx: TTx,
  memberId: string,
  date: Date,
  population: number,
  source: string,
) {
  return tx.memberPopulation.upsert({
    where: { memberId_date: { memberId, date } },
    create: { memberId, date, population, source },
    update: { population, source },
    select: { id: true },
  });
}
