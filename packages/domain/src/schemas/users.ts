import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import { ZRole } from './enums.ts';
import { ZId, ZName, ZVersion } from './fields.ts';

/** A user account as the admin sees it. The password hash never leaves the API. */
export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  active: z.boolean(),
  /** Interventions an insatsansvarig (LEAD) is assigned to; empty for other roles. */
  interventionIds: z.array(z.string()),
  createdAt: z.string(),
  version: z.int(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = z.object({ users: z.array(ZUser) });
export type TUserList = z.infer<typeof ZUserList>;

/** Swedish messages of user rules the API checks beyond the field schemas. */
export const USER_MESSAGES = {
  interventionsOnlyForLead: 'Bara insatsansvariga kan knytas till insatser.',
  unknownIntervention: 'Insatsen finns inte i förbundet.',
  emailTaken: 'E-postadressen används redan av ett annat konto i förbundet.',
  notSelfDeactivate: 'Du kan inte inaktivera ditt eget konto.',
  notSelfRole: 'Du kan inte ändra din egen roll.',
} as const;

const ZEmail = z.pipe(
  z
    .string({ error: 'Ange en e-postadress.' })
    .check(
      z.trim(),
      z.toLowerCase(),
      z.minLength(1, { error: 'Ange en e-postadress.' }),
      z.maxLength(254, { error: 'E-postadressen är för lång.' }),
    ),
  z.email({ error: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.' }),
);

/** At least 12 characters: length matters more than character classes. */
export const ZNewPassword = z
  .string({ error: 'Ange ett lösenord med minst 12 tecken.' })
  .check(
    z.minLength(12, { error: 'Lösenordet måste ha minst 12 tecken.' }),
    z.maxLength(200, { error: 'Lösenordet är för långt (högst 200 tecken).' }),
  );

const roleField = z.enum(ZRole.options, {
  error: 'Välj roll: styrelse (BOARD), insatsansvarig (LEAD), kansli (OFFICE) eller admin (ADMIN).',
});

const ZInterventionIds = z
  .array(ZId, { error: 'Ange insatserna som en lista.' })
  .check(z.maxLength(200, { error: 'Högst 200 insatser.' }));

/** POST /api/users (admin). */
export const ZUserCreateInput = strictInput({
  email: ZEmail,
  name: ZName,
  role: roleField,
  password: ZNewPassword,
  interventionIds: z._default(ZInterventionIds, []),
}).check(
  z.superRefine((value, ctx) => {
    if (value.role !== 'LEAD' && value.interventionIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['interventionIds'],
        message: USER_MESSAGES.interventionsOnlyForLead,
      });
    }
  }),
);
export type TUserCreateInput = z.infer<typeof ZUserCreateInput>;

/**
 * PATCH /api/users/:id (admin): role, name, active, interventions, or a new password, with the
 * version it was based on. Deactivating ends the user's sessions.
 */
export const ZUserUpdateInput = strictInput({
  version: ZVersion,
  name: z.optional(ZName),
  role: z.optional(roleField),
  active: z.optional(z.boolean({ error: 'Ange om kontot är aktivt (ja eller nej).' })),
  interventionIds: z.optional(ZInterventionIds),
  password: z.optional(ZNewPassword),
});
export type TUserUpdateInput = z.infer<typeof ZUserUpdateInput>;

export const ZUserParams = z.object({ id: ZId });
