import { z } from 'zod/mini';
import { ZRole } from './enums.ts';

/** Login form and POST /api/auth/login body. */
export const ZLoginInput = z.object({
  email: z.pipe(
    z
      .string({ error: 'Ange din e-postadress.' })
      .check(
        z.trim(),
        z.toLowerCase(),
        z.minLength(1, { error: 'Ange din e-postadress.' }),
        z.maxLength(254, { error: 'E-postadressen är för lång.' }),
      ),
    z.email({ error: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.' }),
  ),
  password: z
    .string({ error: 'Ange ditt lösenord.' })
    .check(
      z.minLength(1, { error: 'Ange ditt lösenord.' }),
      z.maxLength(200, { error: 'Lösenordet är för långt.' }),
    ),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

/** The signed-in user as the web app sees it. */
export const ZSessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  federationId: z.string(),
  federationName: z.string(),
  /** Interventions a LEAD is assigned to (empty for other roles). */
  interventionIds: z.array(z.string()),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

/** GET /api/auth/me and POST /api/auth/login: the user and the CSRF token to send back. */
export const ZSessionResponse = z.object({ user: ZSessionUser, csrfToken: z.string() });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

/** Header that carries the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
