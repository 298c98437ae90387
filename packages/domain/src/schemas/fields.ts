import { z } from 'zod/mini';
import { unsafeTextMessage } from './safe-text.ts';

/**
 * The largest whole number the database's integer columns hold (PostgreSQL int4, Prisma `Int`).
 * A larger version or count would be accepted here and then fail in the database.
 */
export const INT4_MAX = 2_147_483_647;

/**
 * The largest amount in kronor a single field accepts: 1 000 000 000 kr (1 000 MSEK). Amounts are
 * stored in int4 columns (max 2 147 483 647); bounding one amount to less than half of that keeps
 * the sum of a budget and an approved change of at most this size inside the column too. A whole
 * förbund turns over some 25 MSEK a year, so no real amount comes near — bigint is not needed.
 */
export const MAX_AMOUNT_KRONOR = 1_000_000_000;

/** A string refinement every text field shares: no NUL, no lone surrogate (see safe-text.ts). */
export function safeText<T extends z.ZodMiniString>(schema: T): T {
  return schema.check(
    z.superRefine((value, ctx) => {
      const message = unsafeTextMessage(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  ) as T;
}

/**
 * An amount of money in whole Swedish kronor (SEK). Never öre, never TSEK: TSEK is only a display
 * format (see `formatTsek`). Negative amounts are allowed (e.g. "prognostiserade ej nyttjade medel").
 */
export const ZAmountKronor = z
  .number({ error: 'Ange ett belopp i hela kronor.' })
  .check(
    z.int({ error: 'Beloppet ska anges i hela kronor, utan decimaler.' }),
    z.gte(-MAX_AMOUNT_KRONOR, { error: 'Beloppet är orimligt stort (högst 1 000 000 000 kr).' }),
    z.lte(MAX_AMOUNT_KRONOR, { error: 'Beloppet är orimligt stort (högst 1 000 000 000 kr).' }),
  );
export type TAmountKronor = z.infer<typeof ZAmountKronor>;

/** A non-negative amount in whole kronor (budgets, granted amounts, requisitioned outcome). */
export const ZNonNegativeAmountKronor = ZAmountKronor.check(
  z.gte(0, {
    error: 'Beloppet får inte vara negativt.',
  }),
);

/** A count of people (participants); whole and never negative. Only aggregates, never a person. */
export const ZHeadcount = z
  .number({ error: 'Ange ett antal.' })
  .check(
    z.int({ error: 'Antalet ska vara ett heltal.' }),
    z.gte(0, { error: 'Antalet kan inte vara negativt.' }),
    z.lte(1_000_000, { error: 'Antalet är orimligt stort.' }),
  );
export type THeadcount = z.infer<typeof ZHeadcount>;

/** A calendar year the system handles (the förbund model exists since 2004). */
export const ZYear = z.coerce
  .number({ error: 'Ange ett årtal.' })
  .check(
    z.int({ error: 'Ange ett årtal, t.ex. 2024.' }),
    z.gte(2000, { error: 'Årtalet måste vara 2000 eller senare.' }),
    z.lte(2100, { error: 'Årtalet måste vara 2100 eller tidigare.' }),
  );
export type TYear = z.infer<typeof ZYear>;

/** Quarter of a year, 1–4. */
export const ZQuarter = z.coerce
  .number({ error: 'Ange ett kvartal.' })
  .check(
    z.int({ error: 'Kvartalet ska vara 1–4.' }),
    z.gte(1, { error: 'Kvartalet ska vara 1–4.' }),
    z.lte(4, { error: 'Kvartalet ska vara 1–4.' }),
  );
export type TQuarter = z.infer<typeof ZQuarter>;

/** A calendar date as `YYYY-MM-DD` (no time, no time zone). */
export const ZIsoDate = z.string({ error: 'Ange ett datum.' }).check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: 'Ange datumet som ÅÅÅÅ-MM-DD.',
  }),
  z.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && isRealDate(value), {
    error: 'Datumet finns inte i kalendern.',
  }),
);
export type TIsoDate = z.infer<typeof ZIsoDate>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A share as a fraction, 0–1 inclusive (e.g. a target of 35 % is 0.35). */
export const ZFraction = z
  .number({ error: 'Ange en andel.' })
  .check(
    z.gte(0, { error: 'Andelen kan inte vara negativ.' }),
    z.lte(1, { error: 'Andelen kan inte vara över 100 %.' }),
  );

/** A percentage as entered by a person, 0–100. Stored and computed as a fraction. */
export const ZPercentInput = z
  .number({ error: 'Ange en procentsats.' })
  .check(
    z.gte(0, { error: 'Procentsatsen kan inte vara negativ.' }),
    z.lte(100, { error: 'Procentsatsen kan inte vara över 100.' }),
  );

/** A database identifier (cuid-like strings). */
export const ZId = safeText(
  z
    .string({ error: 'Ange ett id.' })
    .check(
      z.minLength(1, { error: 'Id saknas.' }),
      z.maxLength(64, { error: 'Id:t är för långt (högst 64 tecken).' }),
    ),
);

/** Optimistic concurrency: every update carries the version it was based on. */
export const ZVersion = z
  .number({ error: 'Version saknas.' })
  .check(
    z.int({ error: 'Versionen ska vara ett heltal.' }),
    z.gte(0, { error: 'Versionen kan inte vara negativ.' }),
    z.lte(INT4_MAX, { error: 'Versionen finns inte (för stort tal).' }),
  );

/** Free text written by a person (answers, comments). */
export const ZFreeText = safeText(
  z
    .string({ error: 'Ange en text.' })
    .check(z.trim(), z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' })),
);

/** A short name or label. */
export const ZName = safeText(
  z
    .string({ error: 'Ange ett namn.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Ange ett namn.' }),
      z.maxLength(300, { error: 'Namnet är för långt (högst 300 tecken).' }),
    ),
);
