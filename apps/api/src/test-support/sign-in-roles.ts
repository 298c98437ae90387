import { signIn } from './test-app.ts';
import type { TSignedInClient, TTestApp } from './test-app.ts';

export interface TRoleClients {
  office: TSignedInClient;
  board: TSignedInClient;
  lead: TSignedInClient;
  admin: TSignedInClient;
}

/** Signs in the four demo users: kansli (OFFICE), styrelse (BOARD), knivsta (LEAD), admin (ADMIN). */
export async function signInDemoRoles(app: TTestApp['app']): Promise<TRoleClients> {
  return {
    office: await signIn(app, 'kansli@demo.se'),
    board: await signIn(app, 'styrelse@demo.se'),
    lead: await signIn(app, 'knivsta@demo.se'),
    admin: await signIn(app, 'admin@demo.se'),
  };
}
