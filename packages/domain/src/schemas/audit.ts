import { z } from 'zod/mini';
import { ZId, ZIsoDate } from './fields.ts';

/** One audit-trail entry: who changed what, when, with before and after. */
export const ZAuditEntry = z.object({
  id: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  userId: z.nullable(z.string()),
  userEmail: z.nullable(z.string()),
  /** 'create', 'update', 'delete', 'submit', 'approve', 'return', 'decide' … */
  action: z.string(),
  /** Model name: 'Intervention', 'AnnualBudget', 'Outcome' … */
  entity: z.string(),
  entityId: z.string(),
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

/** GET /api/audit: one page, newest first. */
export const ZAuditPage = z.object({
  entries: z.array(ZAuditEntry),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;

/** GET /api/audit query (kansli). `from` and `to` are dates, both inclusive. */
export const ZAuditQuery = z
  .object({
    entity: z.optional(
      z
        .string()
        .check(z.trim(), z.minLength(1, { error: 'Ange en typ av uppgift.' }), z.maxLength(64)),
    ),
    entityId: z.optional(ZId),
    userId: z.optional(ZId),
    /** Who: part of the e-mail address of the person who made the change. */
    who: z.optional(
      z
        .string()
        .check(z.trim(), z.maxLength(200, { error: 'Texten är för lång (högst 200 tecken).' })),
    ),
    /** Free text: found in the action, the entity, its id, or the before/after values. */
    q: z.optional(
      z
        .string()
        .check(z.trim(), z.maxLength(200, { error: 'Söktexten är för lång (högst 200 tecken).' })),
    ),
    from: z.optional(ZIsoDate),
    to: z.optional(ZIsoDate),
    page: z._default(
      z.coerce
        .number({ error: 'Ange sidnumret som ett heltal.' })
        .check(
          z.int({ error: 'Ange sidnumret som ett heltal.' }),
          z.gte(1, { error: 'Sidnumret börjar på 1.' }),
          z.lte(100_000, { error: 'Sidnumret är för stort.' }),
        ),
      1,
    ),
    pageSize: z._default(
      z.coerce
        .number({ error: 'Ange antal per sida som ett heltal.' })
        .check(
          z.int({ error: 'Ange antal per sida som ett heltal.' }),
          z.gte(1, { error: 'Ange 1–200 per sida.' }),
          z.lte(200, { error: 'Ange 1–200 per sida.' }),
        ),
      50,
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.from && value.to && value.to < value.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'Slutdatumet kan inte vara före startdatumet.',
        });
      }
    }),
  );
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
