import type { Prisma, TPrismaClient } from '@finsam/db';
import type { TSessionUser } from '@finsam/domain';

type TClient = TPrismaClient | Prisma.TransactionClient;

export interface TAuditInput {
  user: Pick<TSessionUser, 'id' | 'email' | 'federationId'>;
  /** A verb: 'create', 'update', 'delete', 'submit', 'approve', 'return', 'decide', 'login' … */
  action: string;
  /** The model name: 'Intervention', 'AnnualBudget', 'QuarterlyReport' … */
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records who changed what, when, with before and after. Call it with the same transaction client
 * as the change itself, so a change is never stored without its audit entry (or vice versa).
 */
export function recordAudit(client: TClient, input: TAuditInput) {
  return client.auditEntry.create({
    data: {
      federationId: input.user.federationId,
      userId: input.user.id,
      userEmail: input.user.email,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
    select: { id: true },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates become ISO strings; Prisma's Json type takes plain JSON only.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
