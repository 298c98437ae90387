import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import {
  ZExpectedParticipantsKind,
  ZGoalLevel,
  ZInterventionAim,
  ZInterventionKind,
  ZInterventionStatus,
  ZMemberKind,
} from './enums.ts';
import { ZHeadcount, ZId, ZIsoDate, ZName, ZVersion, ZYear } from './fields.ts';

// The shared enums carry no messages; these copies give each field a Swedish one.
const kindField = z.enum(ZInterventionKind.options, {
  error: 'Välj insatstyp: individinsats, strukturinsats, förstudie eller övrig samverkansinsats.',
});
const statusField = z.enum(ZInterventionStatus.options, {
  error: 'Välj status: ansökan, beviljad, pågående, avslutad eller avslagen.',
});
const aimField = z.enum(ZInterventionAim.options, {
  error: 'Välj inriktning: arbete/studier eller förrehabiliterande.',
});

/** A stable slug that identifies an intervention within its förbund ("en-vag-in-steget-vidare"). */
export const ZInterventionKey = z.string({ error: 'Ange en nyckel.' }).check(
  z.trim(),
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error:
      'Nyckeln får bara innehålla små bokstäver a–z, siffror och bindestreck, t.ex. "en-vag-in".',
  }),
  z.maxLength(100, { error: 'Nyckeln är för lång (högst 100 tecken).' }),
);

/** A member (medlem) as other DTOs refer to it: owner (insatsägare) or partner (samverkanspart). */
export const ZMemberRef = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: ZMemberKind,
});
export type TMemberRef = z.infer<typeof ZMemberRef>;

/** Another intervention named from this one: predecessor or successor. */
export const ZInterventionRef = z.object({
  id: z.string(),
  key: z.string(),
  shortName: z.string(),
});
export type TInterventionRef = z.infer<typeof ZInterventionRef>;

/**
 * Insats as listed: what every role of the förbund may see (GET /api/interventions).
 * Dates are `YYYY-MM-DD`; `endDate` is "till och med".
 */
export const ZInterventionSummary = z.object({
  id: z.string(),
  key: z.string(),
  fullName: z.string(),
  shortName: z.string(),
  /** Every other spelling, for matching rows of imported tables. */
  aliases: z.array(z.string()),
  /** Huvudinsatsägare; null for the förbund's own övriga samverkansinsatser. */
  owner: z.nullable(ZMemberRef),
  kind: ZInterventionKind,
  aim: z.nullable(ZInterventionAim),
  status: ZInterventionStatus,
  startDate: z.string(),
  endDate: z.string(),
  /** Women-only (or men-only) target group: left out of the förbund's gender split. */
  singleGenderTargetGroup: z.boolean(),
});
export type TInterventionSummary = z.infer<typeof ZInterventionSummary>;

export const ZInterventionList = z.object({ interventions: z.array(ZInterventionSummary) });
export type TInterventionList = z.infer<typeof ZInterventionList>;

/** Mål: övergripande mål, effektmål or insatsmål/resultatmål, with its measurable target. */
export const ZGoal = z.object({
  id: z.string(),
  level: ZGoalLevel,
  text: z.string(),
  target: z.nullable(z.string()),
  sortOrder: z.int(),
});
export type TGoal = z.infer<typeof ZGoal>;

/** Expected number of participants, with how it is meant (whole period, per year, concurrent). */
export const ZExpectedParticipants = z.object({
  id: z.string(),
  count: z.int(),
  kind: ZExpectedParticipantsKind,
  note: z.nullable(z.string()),
  source: z.string(),
});
export type TExpectedParticipants = z.infer<typeof ZExpectedParticipants>;

/** Beviljat belopp for a year (a maximum; payment is for actual costs). */
export const ZGrant = z.object({
  year: z.int(),
  amountKronor: z.int(),
  source: z.string(),
});
export type TGrant = z.infer<typeof ZGrant>;

/** GET /api/interventions/:id: the intervention's facts. */
export const ZInterventionDetail = z.extend(ZInterventionSummary, {
  partners: z.array(ZMemberRef),
  lastIntakeDate: z.nullable(z.string()),
  goals: z.array(ZGoal),
  expectedParticipants: z.array(ZExpectedParticipants),
  grants: z.array(ZGrant),
  predecessor: z.nullable(ZInterventionRef),
  successors: z.array(ZInterventionRef),
  source: z.string(),
  /** Send back with every change (optimistic concurrency). */
  version: z.int(),
  updatedAt: z.string(),
});
export type TInterventionDetail = z.infer<typeof ZInterventionDetail>;

/** GET /api/interventions query: every filter optional. */
export const ZInterventionListQuery = z.object({
  /** Interventions whose period overlaps this year. */
  year: z.optional(ZYear),
  /** The owner (huvudinsatsägare): a member id or key such as "knivsta". */
  municipality: z.optional(
    z.string().check(z.trim(), z.minLength(1, { error: 'Ange en kommun.' }), z.maxLength(64)),
  ),
  kind: z.optional(kindField),
  status: z.optional(statusField),
});
export type TInterventionListQuery = z.infer<typeof ZInterventionListQuery>;

export const ZInterventionParams = z.object({ id: ZId });

const ZGoalInput = strictInput({
  level: z.enum(ZGoalLevel.options, {
    error: 'Välj målnivå: övergripande mål, effektmål eller resultatmål.',
  }),
  text: z
    .string({ error: 'Beskriv målet.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Beskriv målet.' }),
      z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' }),
    ),
  target: z.nullish(
    z
      .string()
      .check(z.trim(), z.maxLength(300, { error: 'Målvärdet är för långt (högst 300 tecken).' })),
  ),
});

const ZExpectedParticipantsInput = strictInput({
  count: ZHeadcount,
  kind: z.enum(ZExpectedParticipantsKind.options, {
    error: 'Välj hur antalet gäller: hela perioden, per år eller samtidigt (löpande).',
  }),
  note: z.nullish(
    z
      .string()
      .check(z.trim(), z.maxLength(300, { error: 'Anteckningen är för lång (högst 300 tecken).' })),
  ),
  /** Where the number comes from ("ansökan 2023"); kept when a row is sent back unchanged. */
  source: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(300, { error: 'Källan är för lång (högst 300 tecken).' })),
  ),
});

const ZAliases = z
  .array(ZName, { error: 'Ange alternativa namn som en lista.' })
  .check(z.maxLength(50, { error: 'Högst 50 alternativa namn.' }));

/** A member's id (kommun, region, AF or FK of the same förbund). */
const ZMemberId = z
  .string({ error: 'Välj en medlem.' })
  .check(z.minLength(1, { error: 'Välj en medlem.' }), z.maxLength(64, { error: 'Ogiltigt id.' }));

const ZMemberIds = z
  .array(ZMemberId, { error: 'Ange samverkansparter som en lista.' })
  .check(z.maxLength(20, { error: 'Högst 20 samverkansparter.' }));

/** The fields an office user edits; shared by create and update. */
const interventionFields = {
  fullName: ZName,
  shortName: ZName,
  aliases: ZAliases,
  /** Member id of the huvudinsatsägare; null for the förbund's own övriga samverkansinsatser. */
  ownerId: z.nullable(ZMemberId),
  partnerIds: ZMemberIds,
  kind: kindField,
  aim: z.nullable(aimField),
  status: statusField,
  startDate: ZIsoDate,
  endDate: ZIsoDate,
  lastIntakeDate: z.nullable(ZIsoDate),
  singleGenderTargetGroup: z.boolean({ error: 'Ange ja eller nej.' }),
  predecessorId: z.nullable(
    z
      .string({ error: 'Välj en insats.' })
      .check(z.minLength(1, { error: 'Välj en insats.' }), z.maxLength(64)),
  ),
  goals: z.array(ZGoalInput).check(z.maxLength(50, { error: 'Högst 50 mål.' })),
  expectedParticipants: z
    .array(ZExpectedParticipantsInput)
    .check(z.maxLength(20, { error: 'Högst 20 rader.' })),
  source: z
    .string()
    .check(z.trim(), z.maxLength(300, { error: 'Källan är för lång (högst 300 tecken).' })),
};

/** Period checks that need two fields; the service repeats them on the merged values of a PATCH. */
function checkFacts(
  value: {
    startDate?: string;
    endDate?: string;
    lastIntakeDate?: string | null;
    kind?: string;
    aim?: string | null;
    ownerId?: string | null;
  },
  ctx: z.core.$RefinementCtx,
) {
  if (value.kind && value.kind !== 'INDIVIDUAL' && value.aim) {
    ctx.addIssue({
      code: 'custom',
      path: ['aim'],
      message: INTERVENTION_MESSAGES.aimOnlyIndividual,
    });
  }
  if (value.kind && value.kind !== 'OTHER_COOPERATION' && value.ownerId === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['ownerId'],
      message: INTERVENTION_MESSAGES.ownerRequired,
    });
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: INTERVENTION_MESSAGES.endBeforeStart,
    });
  }
  if (value.lastIntakeDate && value.startDate && value.lastIntakeDate < value.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastIntakeDate'],
      message: INTERVENTION_MESSAGES.intakeOutsidePeriod,
    });
  }
  if (value.lastIntakeDate && value.endDate && value.lastIntakeDate > value.endDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastIntakeDate'],
      message: INTERVENTION_MESSAGES.intakeOutsidePeriod,
    });
  }
}

/** Swedish messages of rules checked on more than one field, also used by the API's service. */
export const INTERVENTION_MESSAGES = {
  endBeforeStart: 'Slutdatumet kan inte vara före startdatumet.',
  intakeOutsidePeriod: 'Sista intagsdatum måste ligga inom insatsperioden.',
  aimOnlyIndividual: 'Inriktning anges bara för individinsatser.',
  ownerRequired: 'Välj insatsägare (bara övriga samverkansinsatser saknar ägare).',
  unknownMember: 'Medlemmen finns inte i förbundet.',
  unknownPredecessor: 'Den tidigare insatsen finns inte i förbundet.',
  ownPredecessor: 'En insats kan inte fortsätta sig själv.',
} as const;

/** POST /api/interventions (kansli): a new intervention with its facts. */
export const ZInterventionCreateInput = strictInput({
  /** Generated from the short name when left out. */
  key: z.optional(ZInterventionKey),
  fullName: interventionFields.fullName,
  shortName: interventionFields.shortName,
  aliases: z._default(interventionFields.aliases, []),
  ownerId: z._default(interventionFields.ownerId, null),
  partnerIds: z._default(interventionFields.partnerIds, []),
  kind: interventionFields.kind,
  aim: z._default(interventionFields.aim, null),
  status: z._default(interventionFields.status, 'GRANTED'),
  startDate: interventionFields.startDate,
  endDate: interventionFields.endDate,
  lastIntakeDate: z._default(interventionFields.lastIntakeDate, null),
  singleGenderTargetGroup: z._default(interventionFields.singleGenderTargetGroup, false),
  predecessorId: z._default(interventionFields.predecessorId, null),
  goals: z._default(interventionFields.goals, []),
  expectedParticipants: z._default(interventionFields.expectedParticipants, []),
  source: z._default(interventionFields.source, ''),
}).check(z.superRefine(checkFacts));
export type TInterventionCreateInput = z.infer<typeof ZInterventionCreateInput>;

/**
 * PATCH /api/interventions/:id (kansli): any subset of the facts plus the version it was based on.
 * Lists (aliases, partners, goals, expected participants) replace the stored list when given.
 */
export const ZInterventionUpdateInput = strictInput({
  version: ZVersion,
  fullName: z.optional(interventionFields.fullName),
  shortName: z.optional(interventionFields.shortName),
  aliases: z.optional(interventionFields.aliases),
  ownerId: z.optional(interventionFields.ownerId),
  partnerIds: z.optional(interventionFields.partnerIds),
  kind: z.optional(interventionFields.kind),
  aim: z.optional(interventionFields.aim),
  status: z.optional(interventionFields.status),
  startDate: z.optional(interventionFields.startDate),
  endDate: z.optional(interventionFields.endDate),
  lastIntakeDate: z.optional(interventionFields.lastIntakeDate),
  singleGenderTargetGroup: z.optional(interventionFields.singleGenderTargetGroup),
  predecessorId: z.optional(interventionFields.predecessorId),
  goals: z.optional(interventionFields.goals),
  expectedParticipants: z.optional(interventionFields.expectedParticipants),
  source: z.optional(interventionFields.source),
}).check(z.superRefine(checkFacts));
export type TInterventionUpdateInput = z.infer<typeof ZInterventionUpdateInput>;
