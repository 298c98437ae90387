import { z } from 'zod';
import { ZId, ZIsoDate } from './fields.ts';

/** One audit-trail entry: who changed what, when, with before and after. */
export const ZAuditEntry = z.object({
  id: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  userId: z.string().nullable(),
  userEmail: z.string().nullable(),
  /** 'create', 'update', 'delete', 'submit', 'approve', 'return', 'decide' … */
  action: z.string(),
  /** Model name: 'Intervention', 'AnnualBudget', 'Outcome' … */
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

/** GET /api/audit: one page, newest first. */
export const ZAuditPage = z.object({
  entries: z.array(ZAuditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;

/** GET /api/audit query (kansli). `from` and `to` are dates, both inclusive. */
export const ZAuditQuery = z
  .object({
    entity: z.string().trim().min(1, { error: 'Ange en typ av uppgift.' }).max(64).optional(),
    entityId: ZId.optional(),
    userId: ZId.optional(),
    /** Who: part of the e-mail address of the person who made the change. */
    who: z.string().trim().max(200, { error: 'Texten är för lång (högst 200 tecken).' }).optional(),
    /** Free text: found in the action, the entity, its id, or the before/after values. */
    q: z
      .string()
      .trim()
      .max(200, { error: 'Söktexten är för lång (högst 200 tecken).' })
      .optional(),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
    page: z.coerce
      .number({ error: 'Ange sidnumret som ett heltal.' })
      .int({ error: 'Ange sidnumret som ett heltal.' })
      .min(1, { error: 'Sidnumret börjar på 1.' })
      .max(100_000, { error: 'Sidnumret är för stort.' })
      .default(1),
    pageSize: z.coerce
      .number({ error: 'Ange antal per sida som ett heltal.' })
      .int({ error: 'Ange antal per sida som ett heltal.' })
      .min(1, { error: 'Ange 1–200 per sida.' })
      .max(200, { error: 'Ange 1–200 per sida.' })
      .default(50),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Slutdatumet kan inte vara före startdatumet.',
      });
    }
  });
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
