import { z } from 'zod';
import { strictInput } from './strict-input.ts';
import { ZMemberKind } from './enums.ts';
import { ZIsoDate, ZNonNegativeAmountKronor, ZYear } from './fields.ts';

/** A member of the förbund with its latest known population (folkmängd; municipalities only). */
export const ZMemberFeeMember = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: ZMemberKind,
  population: z.number().int().nullable(),
  populationDate: z.string().nullable(),
});
export type TMemberFeeMember = z.infer<typeof ZMemberFeeMember>;

/** GET /api/member-fees/:year: the members and, when decided, the year's stored fees. */
export const ZMemberFeeYear = z.object({
  year: z.number().int(),
  members: z.array(ZMemberFeeMember),
  decided: z
    .object({
      totalKronor: z.number().int(),
      populationDate: z.string(),
      source: z.string(),
      fees: z.array(z.object({ memberId: z.string(), amountKronor: z.number().int() })),
    })
    .nullable(),
});
export type TMemberFeeYear = z.infer<typeof ZMemberFeeYear>;

export const ZMemberFeeParams = z.object({ year: ZYear });

const ZPopulation = z
  .number({ error: 'Ange folkmängden som ett heltal.' })
  .int({ error: 'Ange folkmängden som ett heltal.' })
  .min(0, { error: 'Folkmängden kan inte vara negativ.' })
  .max(100_000_000, { error: 'Folkmängden är orimligt stor.' });

/**
 * POST /api/member-fees/:year (kansli): decides the year's fees from the total and the
 * municipalities' populations on `populationDate`; the split is computed by the domain's
 * splitMemberFees, each member rounded on its own. A decided year is not overwritten (409).
 */
export const ZMemberFeeCreateInput = strictInput({
  totalKronor: ZNonNegativeAmountKronor.refine((value) => value > 0, {
    error: 'Ange årets totala medlemsavgift.',
  }),
  populationDate: ZIsoDate,
  populations: z
    .array(strictInput({ memberId: z.string().min(1).max(64), population: ZPopulation }), {
      error: 'Ange folkmängden per kommun.',
    })
    .min(1, { error: 'Ange folkmängden per kommun.' })
    .max(400),
});
export type TMemberFeeCreateInput = z.infer<typeof ZMemberFeeCreateInput>;
