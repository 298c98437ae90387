import { z } from 'zod/mini';
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
  population: z.nullable(z.int()),
  populationDate: z.nullable(z.string()),
});
export type TMemberFeeMember = z.infer<typeof ZMemberFeeMember>;

/** GET /api/member-fees/:year: the members and, when decided, the year's stored fees. */
export const ZMemberFeeYear = z.object({
  year: z.int(),
  members: z.array(ZMemberFeeMember),
  decided: z.nullable(
    z.object({
      totalKronor: z.int(),
      populationDate: z.string(),
      source: z.string(),
      fees: z.array(z.object({ memberId: z.string(), amountKronor: z.int() })),
    }),
  ),
});
export type TMemberFeeYear = z.infer<typeof ZMemberFeeYear>;

export const ZMemberFeeParams = z.object({ year: ZYear });

const ZPopulation = z
  .number({ error: 'Ange folkmängden som ett heltal.' })
  .check(
    z.int({ error: 'Ange folkmängden som ett heltal.' }),
    z.gte(0, { error: 'Folkmängden kan inte vara negativ.' }),
    z.lte(100_000_000, { error: 'Folkmängden är orimligt stor.' }),
  );

/**
 * POST /api/member-fees/:year (kansli): decides the year's fees from the total and the
 * municipalities' populations on `populationDate`; the split is computed by the domain's
 * splitMemberFees, each member rounded on its own. A decided year is not overwritten (409).
 */
export const ZMemberFeeCreateInput = strictInput({
  totalKronor: ZNonNegativeAmountKronor.check(
    z.refine((value) => value > 0, {
      error: 'Ange årets totala medlemsavgift.',
    }),
  ),
  populationDate: ZIsoDate,
  populations: z
    .array(
      strictInput({
        memberId: z.string().check(z.minLength(1), z.maxLength(64)),
        population: ZPopulation,
      }),
      {
        error: 'Ange folkmängden per kommun.',
      },
    )
    .check(z.minLength(1, { error: 'Ange folkmängden per kommun.' }), z.maxLength(400)),
});
export type TMemberFeeCreateInput = z.infer<typeof ZMemberFeeCreateInput>;
