import type { TDbClient } from './transaction.ts';

/**
 * The interventions of a förbund whose period overlaps [from, to], with the year's budget (and its
 * adjustments) and every outcome of the year: one query for the whole outcome grid.
 */
export function listOutcomeGridInterventions(
  db: TDbClient,
  federationId: string,
  year: number,
  overlaps: { from: Date; to: Date },
) {
  return db.intervention.findMany({
    where: { federationId, startDate: { lte: overlaps.to }, endDate: { gte: overlaps.from } },
    select: {
      id: true,
      key: true,
      shortName: true,
      fullName: true,
      kind: true,
      startDate: true,
      endDate: true,
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
      budgets: {
        where: { year },
        select: {
          amountKronor: true,
          adjustments: { select: { amountKronor: true, date: true } },
        },
      },
      outcomes: {
        where: { year },
        select: {
          id: true,
          period: true,
          startMonth: true,
          endMonth: true,
          amountKronor: true,
          estimated: true,
          note: true,
          version: true,
        },
        orderBy: [{ startMonth: 'asc' }, { endMonth: 'asc' }],
      },
    },
    orderBy: [{ kind: 'asc' }, { shortName: 'asc' }, { key: 'asc' }],
  });
}
export type TOutcomeGridInterventionRow = Awaited<
  ReturnType<typeof listOutcomeGridInterventions>
>[number];
