import { beforeAll, describe, expect, it } from 'vitest';
import { ZInterventionDetail, ZUserList } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import type { TRoleClients } from '../test-support/sign-in-roles.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

/*
 * Write inputs refuse fields they do not know (strictInput) instead of silently dropping them:
 * a client that believes it set something it cannot set is told so, per field, in Swedish.
 */

const signedIn = useSignedInApp();

let t: TTestApp;
let as: TRoleClients;
let knivstaId: string;

const unknown = (...keys: string[]) =>
  `Okänt fält: ${keys.join(', ')}. Bara de fält formuläret har tas emot.`;

beforeAll(async () => {
  t = signedIn.t;
  as = signedIn;
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});

describe('unknown fields answer 400', () => {
  it('PATCH /api/users/:id with federationId: 400, nothing changed', async () => {
    const before = ZUserList.parse((await as.admin.get('/api/users').expect(200)).body).users;
    const user = before.find((u) => u.email === 'knivsta@demo.se')!;
    const response = await as.admin
      .patch(`/api/users/${user.id}`, { version: user.version, federationId: 'x' })
      .expect(400);
    expect(response.body.error.code).toBe('VALIDATION');
    expect(response.body.error.fields).toEqual([
      { path: 'body', message: unknown('federationId') },
    ]);
    const after = ZUserList.parse((await as.admin.get('/api/users').expect(200)).body).users;
    expect(after.find((u) => u.id === user.id)).toEqual(user);
  });

  it('POST /api/users with an unknown field: 400', async () => {
    const response = await as.admin
      .post('/api/users', {
        email: 'ny@demo.se',
        name: 'Ny Användare',
        role: 'BOARD',
        password: 'ett-långt-lösenord-2024',
        isAdmin: true,
      })
      .expect(400);
    expect(response.body.error.fields).toContainEqual({
      path: 'body',
      message: unknown('isAdmin'),
    });
  });

  it('PATCH /api/interventions/:id with an unknown field, top-level or in a goal: 400', async () => {
    const current = ZInterventionDetail.parse(
      (await as.office.get(`/api/interventions/${knivstaId}`).expect(200)).body,
    );
    const top = await as.office
      .patch(`/api/interventions/${knivstaId}`, {
        version: current.version,
        federationId: 'x',
      })
      .expect(400);
    expect(top.body.error.fields).toEqual([{ path: 'body', message: unknown('federationId') }]);

    const nested = await as.office
      .patch(`/api/interventions/${knivstaId}`, {
        version: current.version,
        goals: [{ level: 'OVERALL', text: 'Fler i arbete', id: 'g1' }],
      })
      .expect(400);
    expect(nested.body.error.fields).toContainEqual({
      path: 'body.goals.0',
      message: unknown('id'),
    });
    const after = ZInterventionDetail.parse(
      (await as.office.get(`/api/interventions/${knivstaId}`).expect(200)).body,
    );
    expect(after.version).toBe(current.version);
  });

  it('PUT /api/economic-plans/:year with an unknown field in an amount: 400', async () => {
    const response = await as.office
      .put('/api/economic-plans/2024', {
        version: 0,
        amounts: [{ lineId: 'l', columnKey: 'c', amountKronor: 1, note: 'x' }],
      })
      .expect(400);
    expect(response.body.error.fields).toContainEqual({
      path: 'body.amounts.0',
      message: unknown('note'),
    });
  });
});
