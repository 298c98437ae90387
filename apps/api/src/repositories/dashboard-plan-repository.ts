import type { TPrismaClient } from '@finsam/db';

/** The förbund's newest economic plan (by its "per" date) with columns, lines and amounts. */
export function findNewestEconomicPlan(prisma: TPrismaClient, federationId: string) {
  return prisma.economicPlan.findFirst({
    where: { federationId },
    orderBy: [{ asOfDate: 'desc' }, { key: 'desc' }],
    select: {
      id: true,
      key: true,
      title: true,
      asOfDate: true,
      openingSurplusKronor: true,
      openingSurplusNote: true,
      columns: {
        select: { id: true, key: true, year: true, kind: true, label: true },
        orderBy: { sortOrder: 'asc' },
      },
      lines: {
        select: {
          category: true,
          label: true,
          amounts: { select: { columnId: true, amountKronor: true } },
        },
        orderBy: { sortOrder: 'asc' },
      },
    },
  });
}
export type TDashboardPlanRow = NonNullable<Awaited<ReturnType<typeof findNewestEconomicPlan>>>;
