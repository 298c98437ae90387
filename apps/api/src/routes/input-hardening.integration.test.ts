import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_TEXT_MESSAGES } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { signIn } from '../test-support/test-app.ts';
import type { TSignedInClient } from '../test-support/test-app.ts';
import { createTestApp } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

/*
 * Inputs that used to end in a 500 from the database (issue 11): each is a 400 with a Swedish
 * message on the field that holds it, and nothing is stored.
 */
let t: TTestApp;
let office: TSignedInClient;
let enVagInId: string;
beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  enVagInId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});
afterAll(async () => {
  await t.close();
});

const deviation = (description: string, amountKronor = 50_000) => ({
  kind: 'BUDGET_CHANGE',
  description,
  effect: { year: 2024, amountKronor },
});

describe('text the database cannot store', () => {
  it('GET /api/reports/a%00b: 400 on the path', async () => {
    const response = await office.get('/api/reports/a%00b').expect(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'path', message: UNSAFE_TEXT_MESSAGES.nul }],
    });
  });

  it('a NUL in a query parameter: 400 on query.<name>', async () => {
    const response = await office.get('/api/audit?entity=a%00b').expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'query.entity', message: UNSAFE_TEXT_MESSAGES.nul },
    ]);
  });

  it('a deviation description with NUL or a lone surrogate: 400 on body.description, nothing stored', async () => {
    const before = await t.db.prisma.deviation.count();
    const nul = await office
      .post(`/api/interventions/${enVagInId}/deviations`, deviation('Budget\u0000 höjs'))
      .expect(400);
    expect(nul.body.error.fields).toEqual([
      { path: 'body.description', message: UNSAFE_TEXT_MESSAGES.nul },
    ]);
    // JSON.stringify keeps a lone surrogate as the escape \ud800, as a hostile client sends it.
    const surrogate = await office
      .post(`/api/interventions/${enVagInId}/deviations`, deviation('Budget \ud800 höjs'))
      .expect(400);
    expect(surrogate.body.error.fields).toEqual([
      { path: 'body.description', message: UNSAFE_TEXT_MESSAGES.surrogate },
    ]);
    // A whole character outside the BMP (a surrogate pair) is text like any other.
    await office
      .post(`/api/interventions/${enVagInId}/deviations`, deviation('Budget höjs 📈'))
      .expect(201);
    expect(await t.db.prisma.deviation.count()).toBe(before + 1);
  });

  it('a NUL in an object key: 400 naming the object', async () => {
    const response = await office
      .post(`/api/interventions/${enVagInId}/deviations`, { ...deviation('x'), 'a\u0000': 1 })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body', message: UNSAFE_TEXT_MESSAGES.nul },
    ]);
  });
});

describe('numbers the int4 columns cannot hold', () => {
  it('a deviation of 2^31 kr: 400 on body.effect.amountKronor', async () => {
    const response = await office
      .post(`/api/interventions/${enVagInId}/deviations`, deviation('Stor', 2 ** 31))
      .expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'body.effect.amountKronor',
        message: 'Beloppet är orimligt stort (högst 1 000 000 000 kr).',
      },
    ]);
  });

  it('a budget of 1e10 kr, and a version above 2 147 483 647: 400 on the field', async () => {
    const amount = await office
      .put(`/api/interventions/${enVagInId}/budgets/2024`, { amountKronor: 1e10, version: 0 })
      .expect(400);
    expect(amount.body.error.fields).toEqual([
      {
        path: 'body.amountKronor',
        message: 'Beloppet är orimligt stort (högst 1 000 000 000 kr).',
      },
    ]);
    // The budget's own version schema has no upper bound: the floor in validate() catches it.
    const version = await office
      .put(`/api/interventions/${enVagInId}/budgets/2024`, { amountKronor: 1, version: 2 ** 31 })
      .expect(400);
    expect(version.body.error.fields).toEqual([
      { path: 'body.version', message: 'Talet är för stort (högst 2 147 483 647).' },
    ]);
  });
});

describe('bodies that are not JSON in UTF-8', () => {
  const login = () => request(t.app).post('/api/auth/login');
  const body = 'Innehållet måste skickas som JSON i UTF-8 (Content-Type: application/json).';

  it('Content-Type: application/json; charset=latin1 → 415 with field body', async () => {
    const response = await login()
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"email":"kansli@demo.se","password":"demo1234"}')
      .expect(415);
    expect(response.body.error).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: body,
      fields: [{ path: 'body', message: body }],
    });
  });

  it('a form post or text/plain → 415 with field body', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
      const response = await login().set('Content-Type', type).send('email=x').expect(415);
      expect(response.body.error.fields).toEqual([{ path: 'body', message: body }]);
    }
  });

  it('invalid JSON → 400 with field body', async () => {
    const response = await login()
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(response.body.error.fields).toEqual([{ path: 'body', message: 'Ogiltig JSON.' }]);
  });

  it('a wrong type gets a Swedish message, never zod’s English default', async () => {
    const response = await login()
      .send({ email: 5, password: ['x'] })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body.email', message: 'Ange din e-postadress.' },
      { path: 'body.password', message: 'Ange ditt lösenord.' },
    ]);
  });
});
