import { afterAll, beforeAll } from 'vitest';
import { signInDemoRoles } from './sign-in-roles.ts';
import type { TRoleClients } from './sign-in-roles.ts';
import { createTestApp } from './test-app.ts';
import type { TTestApp } from './test-app.ts';

export interface TSignedInApp extends TRoleClients {
  t: TTestApp;
}

/**
 * The setup every API integration file repeated: the real app on a fresh seeded database and the
 * four demo roles signed in, in beforeAll; closed in afterAll. Call at the top of the file; the
 * returned object is filled before the file's own beforeAll hooks run (hooks run in order).
 *
 *   const app = useSignedInApp();
 *   it('…', async () => { await app.office.get('/api/…').expect(200); });
 */
export function useSignedInApp(): TSignedInApp {
  const context = {} as TSignedInApp;
  beforeAll(async () => {
    context.t = await createTestApp();
    Object.assign(context, await signInDemoRoles(context.t.app));
  });
  afterAll(async () => {
    await context.t?.close();
  });
  return context;
}
