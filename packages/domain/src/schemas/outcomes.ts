import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import { ZId, ZNonNegativeAmountKronor, ZVersion } from './fields.ts';
import { ZPeriod } from './period.ts';

/** Utfall: the money an intervention used in a period, from requisitions (rekvisitioner). */
export const ZOutcome = z.object({
  id: z.string(),
  interventionId: z.string(),
  /** '2024H1', '2024Q3', '2024-05', '2024'. */
  period: z.string(),
  year: z.int(),
  startMonth: z.int(),
  endMonth: z.int(),
  amountKronor: z.int(),
  /** "Beräknad"/"uppskattad kostnad": to be corrected when the requisition arrives. */
  estimated: z.boolean(),
  note: z.nullable(z.string()),
  source: z.string(),
  version: z.int(),
});
export type TOutcome = z.infer<typeof ZOutcome>;

/** GET /api/interventions/:id/outcomes: oldest period first. */
export const ZOutcomeList = z.object({ interventionId: z.string(), outcomes: z.array(ZOutcome) });
export type TOutcomeList = z.infer<typeof ZOutcomeList>;

const ZNote = z
  .string()
  .check(z.trim(), z.maxLength(1000, { error: 'Anteckningen är för lång (högst 1 000 tecken).' }));
const ZEstimated = z.boolean({ error: 'Ange om beloppet är beräknat (ja eller nej).' });

/** POST /api/interventions/:id/outcomes (kansli). One outcome per intervention and period. */
export const ZOutcomeCreateInput = strictInput({
  period: ZPeriod,
  amountKronor: ZNonNegativeAmountKronor,
  estimated: z._default(ZEstimated, false),
  note: z.nullish(ZNote),
  source: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(300, { error: 'Källan är för lång (högst 300 tecken).' })),
  ),
});
export type TOutcomeCreateInput = z.infer<typeof ZOutcomeCreateInput>;

/** PATCH /api/outcomes/:id (kansli): any of the fields plus the version it was based on. */
export const ZOutcomeUpdateInput = strictInput({
  version: ZVersion,
  period: z.optional(ZPeriod),
  amountKronor: z.optional(ZNonNegativeAmountKronor),
  estimated: z.optional(ZEstimated),
  note: z.nullish(ZNote),
});
export type TOutcomeUpdateInput = z.infer<typeof ZOutcomeUpdateInput>;

export const ZOutcomeParams = z.object({ id: ZId });

/**
 * `?version=3` on DELETE requests (a DELETE carries no body): the version the deletion was based
 * on. Also used by other DELETE routes.
 */
export const ZVersionQuery = z.object({
  // An empty "?version=" must not coerce to 0 and match a never-edited row.
  version: z.pipe(
    z
      .string({ error: 'Ange versionen du utgick från (?version=…).' })
      .check(z.regex(/^\d{1,9}$/, { error: 'Ange versionen du utgick från (?version=…).' })),
    z.transform(Number),
  ),
});
export type TVersionQuery = z.infer<typeof ZVersionQuery>;
