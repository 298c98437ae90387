import type { TPrismaClient } from '@finsam/db';
import { ZDeviationKind } from '@finsam/domain';
import type { THistoryEvent, TInterventionHistory, TSessionUser } from '@finsam/domain';
import { z } from 'zod/mini';
import { findActors } from '../repositories/actor-repository.ts';
import { findHistorySubjects, listAuditEntriesOf } from '../repositories/review-repository.ts';
import { assertInterventionAccess } from './access-service.ts';

// Audit values are whatever the writer stored: read the few fields a history line needs, leniently.
const ZStoredState = z.catch(
  z.nullable(
    z.catchall(
      z.object({
        status: z.optional(z.string()),
        version: z.optional(z.number()),
        officeComment: z.optional(z.nullable(z.string())),
        decisionReason: z.optional(z.nullable(z.string())),
        description: z.optional(z.string()),
        kind: z.optional(z.string()),
      }),
      z.unknown(),
    ),
  ),
  null,
);

const read = (value: unknown) => ZStoredState.parse(value ?? null);

/** The comment a step carries: the office's on a return, reopening or approval; a decision's reason. */
function commentOf(
  entity: string,
  action: string,
  before: ReturnType<typeof read>,
  after: ReturnType<typeof read>,
) {
  if (entity === 'QuarterlyReport') {
    if (action === 'return' || action === 'reopen') return after?.officeComment ?? null;
    if (action === 'approve' && after?.officeComment !== before?.officeComment)
      return after?.officeComment ?? null;
    return null;
  }
  if (entity === 'Deviation') {
    if (action === 'create') return after?.description ?? null;
    return after?.decisionReason ?? null;
  }
  return null;
}

/**
 * GET /interventions/:id/history (kansliet) — every step of the intervention's reports (each
 * saved version, submission, approval, return, reopening), deviations (request, review,
 * decision) and changes to the intervention itself: who, when, the state before and after and the
 * comment that came with it. Newest first. Read from the audit log, which every write fills in the
 * same transaction, so nothing can be missing from it.
 */
export async function getInterventionHistory(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
): Promise<TInterventionHistory> {
  await assertInterventionAccess(prisma, user, interventionId, 'manage');
  const { name, reports, deviations } = await findHistorySubjects(prisma, interventionId);
  const entries = await listAuditEntriesOf(prisma, user.federationId, [
    { entity: 'QuarterlyReport', ids: reports.map((row) => row.id) },
    { entity: 'Deviation', ids: deviations.map((row) => row.id) },
    { entity: 'Intervention', ids: [interventionId] },
  ]);
  const quarterOf = new Map(reports.map((row) => [row.id, `${row.year}Q${row.quarter}`]));
  const kindOf = new Map(deviations.map((row) => [row.id, row.kind]));
  const actors = await findActors(
    prisma,
    entries.map((entry) => entry.userId),
  );
  const events: THistoryEvent[] = entries.map((entry) => {
    const before = read(entry.before);
    const after = read(entry.after);
    const kind = ZDeviationKind.safeParse(kindOf.get(entry.entityId));
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      by: (entry.userId && actors.get(entry.userId)) || null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      subject: quarterOf.get(entry.entityId) ?? null,
      deviationKind: kind.success ? kind.data : null,
      statusBefore: before?.status ?? null,
      statusAfter: after?.status ?? null,
      version: after?.version ?? null,
      comment: commentOf(entry.entity, entry.action, before, after),
    };
  });
  return { interventionId, interventionName: name, events };
}
