import { Prisma } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';
import type { TSessionUser } from '@finsam/domain';
import { newId } from './new-id.ts';

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

/** The columns `auditEntryValues` fills, for an INSERT … SELECT inside a larger statement. */
export const AUDIT_ENTRY_COLUMNS = Prisma.sql`"id", "federationId", "userId", "userEmail", "at", "action", "entity", "entityId", "before", "after"`;

/**
 * The values of the audit entry `recordAudit` would write, as SQL, for a statement that writes a
 * change and its entry together (the report save, decision 018). `at` is given as UTC.
 */
export function auditEntryValues(input: TAuditInput, at: Date): Prisma.Sql {
  const json = (value: unknown) => {
    const stored = toJson(value);
    return stored === undefined ? Prisma.sql`NULL` : Prisma.sql`${JSON.stringify(stored)}::jsonb`;
  };
  return Prisma.sql`${newId()}, ${input.user.federationId}, ${input.user.id}, ${input.user.email},
    ${at.toISOString()}::timestamp(3), ${input.action}, ${input.entity}, ${input.entityId},
    ${json(input.before)}, ${json(input.after)}`;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates become ISO strings; Prisma's Json type takes plain JSON only.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
