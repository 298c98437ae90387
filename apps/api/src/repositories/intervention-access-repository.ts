import type { TPrismaClient } from '@finsam/db';

/** The fields access checks need: which förbund the intervention belongs to. */
export function findInterventionScope(prisma: TPrismaClient, id: string) {
  return prisma.intervention.findUnique({
    where: { id },
    select: { id: true, federationId: true, kind: true },
  });
}
