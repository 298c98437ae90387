import type { TPrismaClient } from '@finsam/db';

/**
 * The förbund's economic plans, newest first (by "per" date), with columns, lines and amounts: a
 * dashboard picks the one that stood for its period (a förbund has one or two a year).
 */
export function listEconomicPlans(prisma: TPrismaClient, federationId: string) {
  return prisma.economicPlan.findMany({
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
export type TDashboardPlanRow = Awaited<ReturnType<typeof listEconomicPlans>>[number];
