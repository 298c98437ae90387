import { z } from 'zod/mini';
import {
  ZBudgetAdjustmentKind,
  ZDeviationKind,
  ZDeviationStatus,
  ZExpectedParticipantsKind,
} from './enums.ts';
import { ZAmountKronor, ZHeadcount, ZIsoDate, ZVersion, ZYear } from './fields.ts';
import { ZActor } from './reports.ts';
import { strictInput } from './strict-input.ts';

const DESCRIPTION_MESSAGE = 'Beskriv avvikelsen och varför den behövs.';

/** What the avvikelse is about, in the intervention's own words. */
export const ZDeviationDescription = z
  .string({ error: DESCRIPTION_MESSAGE })
  .check(
    z.trim(),
    z.minLength(1, { error: DESCRIPTION_MESSAGE }),
    z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' }),
  );

const ZPositiveAmount = ZAmountKronor.check(
  z.gte(1, { error: 'Beloppet ska vara större än 0 kr.' }),
);

/** Unused money of `fromYear` carried over to `toYear` (decided by the förbundschef). */
export const ZCarryOverEffect = strictInput({
  amountKronor: ZPositiveAmount,
  fromYear: ZYear,
  toYear: ZYear,
}).check(
  z.refine((effect) => effect.toYear > effect.fromYear, {
    error: 'Pengar kan bara föras över till ett senare år.',
    path: ['toYear'],
  }),
);

/**
 * A changed budget for `year` (positive or negative). With `fromYear`, the same amount is moved
 * from that year: a move within the granted frame.
 */
export const ZBudgetLineChange = strictInput({
  line: z
    .string({ error: 'Ange kostnadsposten.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Ange kostnadsposten.' }),
      z.maxLength(200, { error: 'Namnet är för långt (högst 200 tecken).' }),
    ),
  amountKronor: ZAmountKronor.check(
    z.refine((amount) => amount !== 0, {
      error: 'Ange hur mycket posten ändras (positivt eller negativt), inte 0 kr.',
    }),
  ),
});
export type TBudgetLineChange = z.infer<typeof ZBudgetLineChange>;

/**
 * A changed budget for `year` (positive or negative). With `fromYear`, the same amount is moved
 * from that year: a move within the granted frame. With `lines`, the change is spread over cost
 * lines (lönekostnader, lokaler …) and `amountKronor` is their sum: 0 kr is then allowed — money
 * moved between cost lines leaves the total unchanged.
 */
export const ZBudgetChangeEffect = strictInput({
  amountKronor: ZAmountKronor,
  year: ZYear,
  fromYear: z.optional(ZYear),
  lines: z.optional(
    z
      .array(ZBudgetLineChange)
      .check(
        z.minLength(2, { error: 'En omfördelning behöver minst två kostnadsposter.' }),
        z.maxLength(20, { error: 'Högst 20 kostnadsposter.' }),
      ),
  ),
}).check(
  z.refine((effect) => effect.fromYear === undefined || effect.fromYear !== effect.year, {
    error: 'Ett belopp kan inte flyttas inom samma år.',
    path: ['fromYear'],
  }),
  z.refine((effect) => effect.lines !== undefined || effect.amountKronor !== 0, {
    error: 'Ange hur mycket budgeten ändras (positivt eller negativt), inte 0 kr.',
    path: ['amountKronor'],
  }),
  z.refine(
    (effect) =>
      effect.lines === undefined ||
      effect.lines.reduce((sum, line) => sum + line.amountKronor, 0) === effect.amountKronor,
    {
      error: 'Totalen ska vara summan av kostnadsposternas ändringar.',
      path: ['amountKronor'],
    },
  ),
  z.refine((effect) => effect.lines === undefined || effect.fromYear === undefined, {
    error: 'En omfördelning mellan kostnadsposter gäller ett år.',
    path: ['fromYear'],
  }),
);

/** Start postponed: the new start date and, if the end moves with it, the new end date. */
export const ZStartPostponedEffect = strictInput({
  newStartDate: ZIsoDate,
  newEndDate: z.optional(ZIsoDate),
}).check(
  z.refine((effect) => effect.newEndDate === undefined || effect.newEndDate > effect.newStartDate, {
    error: 'Slutdatumet måste vara senare än startdatumet.',
    path: ['newEndDate'],
  }),
);

/** Period extended: the new end date ("till och med"). */
export const ZPeriodExtendedEffect = strictInput({ newEndDate: ZIsoDate });

/** Number of participants changed: the new expected number and how it is meant. */
export const ZParticipantNumberEffect = strictInput({
  expectedCount: ZHeadcount,
  expectedKind: z.enum(ZExpectedParticipantsKind.options, {
    error: 'Välj hur antalet gäller: hela perioden, per år eller löpande.',
  }),
});

/** Goal, target group or method changed: no figure moves; the description and decision say it all. */
export const ZNoEffect = strictInput({});

const deviationInput = <
  TKind extends z.infer<typeof ZDeviationKind>,
  TEffect extends z.ZodMiniType,
>(
  kind: TKind,
  effect: TEffect,
) => strictInput({ kind: z.literal(kind), description: ZDeviationDescription, effect });

/**
 * POST /api/interventions/:id/deviations. The `effect` must fit the `kind`: money for budget
 * kinds, dates for time kinds, a number for participant changes, nothing for goal/method.
 */
export const ZCreateDeviationInput = z.discriminatedUnion(
  'kind',
  [
    deviationInput('BUDGET_CARRY_OVER', ZCarryOverEffect),
    deviationInput('BUDGET_CHANGE', ZBudgetChangeEffect),
    deviationInput('START_POSTPONED', ZStartPostponedEffect),
    deviationInput('PERIOD_EXTENDED', ZPeriodExtendedEffect),
    deviationInput('PARTICIPANT_NUMBER_CHANGED', ZParticipantNumberEffect),
    deviationInput('GOAL_CHANGED', z._default(ZNoEffect, {})),
    deviationInput('TARGET_GROUP_OR_METHOD_CHANGED', z._default(ZNoEffect, {})),
  ],
  { error: 'Välj vilken sorts avvikelse det gäller.' },
);
export type TCreateDeviationInput = z.infer<typeof ZCreateDeviationInput>;

/** POST /api/deviations/:id/review: the office starts its review (inskickad → under granskning). */
export const ZReviewDeviationInput = strictInput({
  version: ZVersion,
  comment: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' })),
  ),
});
export type TReviewDeviationInput = z.infer<typeof ZReviewDeviationInput>;

/** POST /api/deviations/:id/decision: beviljad or avslagen; an avslag needs its reason. */
export const ZDeviationDecisionInput = strictInput({
  version: ZVersion,
  decision: z.enum(['APPROVED', 'REJECTED'], { error: 'Välj beviljad eller avslagen.' }),
  reason: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' })),
  ),
}).check(
  z.refine((input) => input.decision !== 'REJECTED' || (input.reason ?? '').length > 0, {
    error: 'Ange skälet till avslaget.',
    path: ['reason'],
  }),
);
export type TDeviationDecisionInput = z.infer<typeof ZDeviationDecisionInput>;

/** The requested effect as stored, whatever the kind (fields of the other kinds are absent). */
export const ZDeviationEffect = z.object({
  amountKronor: z.optional(z.int()),
  year: z.optional(z.int()),
  fromYear: z.optional(z.int()),
  toYear: z.optional(z.int()),
  newStartDate: z.optional(z.string()),
  newEndDate: z.optional(z.string()),
  expectedCount: z.optional(z.int()),
  expectedKind: z.optional(ZExpectedParticipantsKind),
  lines: z.optional(z.array(z.object({ line: z.string(), amountKronor: z.int() }))),
});
export type TDeviationEffect = z.infer<typeof ZDeviationEffect>;

/** One step of a deviation's history: who moved it to which state, when, with what comment. */
export const ZDeviationEvent = z.object({
  status: ZDeviationStatus,
  at: z.string(),
  by: z.nullable(ZActor),
  comment: z.nullable(z.string()),
});
export type TDeviationEvent = z.infer<typeof ZDeviationEvent>;

/** A budget change an approved deviation made. */
export const ZDeviationAdjustment = z.object({
  year: z.int(),
  amountKronor: z.int(),
  kind: ZBudgetAdjustmentKind,
  date: z.string(),
});
export type TDeviationAdjustment = z.infer<typeof ZDeviationAdjustment>;

/** An avvikelse in a list. */
export const ZDeviationSummary = z.object({
  id: z.string(),
  interventionId: z.string(),
  kind: ZDeviationKind,
  status: ZDeviationStatus,
  description: z.string(),
  effect: ZDeviationEffect,
  submittedAt: z.string(),
  submittedBy: z.nullable(ZActor),
  decidedAt: z.nullable(z.string()),
  decidedBy: z.nullable(ZActor),
  decisionReason: z.nullable(z.string()),
  version: z.int(),
});
export type TDeviationSummary = z.infer<typeof ZDeviationSummary>;

/** An avvikelse with its history and the budget changes its approval made. */
export const ZDeviation = z.extend(ZDeviationSummary, {
  interventionName: z.string(),
  events: z.array(ZDeviationEvent),
  adjustments: z.array(ZDeviationAdjustment),
});
export type TDeviation = z.infer<typeof ZDeviation>;

/** GET /api/interventions/:id/deviations: newest first. */
export const ZDeviationList = z.object({ deviations: z.array(ZDeviationSummary) });
export type TDeviationList = z.infer<typeof ZDeviationList>;
