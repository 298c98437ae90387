import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZUser, ZUserList } from '@finsam/domain';
import type { TUser } from '@finsam/domain';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
} from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import { signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let admin: TSignedInClient;
let office: TSignedInClient;
let other: TOtherFederation;
let jobbcentrumId: string;

beforeAll(async () => {
  ({ t, admin, office } = signedIn);
  other = await createOtherFederation(t.db);
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
});

const users = async (): Promise<TUser[]> =>
  ZUserList.parse((await admin.get('/api/users').expect(200)).body).users;
const byEmail = async (email: string) => (await users()).find((u) => u.email === email)!;

describe('GET /api/users', () => {
  it('lists the förbund’s accounts for the admin, never a password hash or another förbund’s user', async () => {
    const response = await admin.get('/api/users').expect(200);
    const list = ZUserList.parse(response.body).users;
    expect(list.map((u) => u.email)).toEqual([
      'admin@demo.se',
      'kansli@demo.se',
      'knivsta@demo.se',
      'lokus@demo.se',
      'styrelse@demo.se',
    ]);
    const lead = list.find((u) => u.email === 'knivsta@demo.se');
    expect(lead).toMatchObject({ role: 'LEAD', active: true, version: 0 });
    expect(lead?.interventionIds).toEqual([await interventionId(t.db, 'en-vag-in-steget-vidare')]);
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('answers 403 for the office and 401 without a session', async () => {
    await office.get('/api/users').expect(403);
    await request(t.app).get('/api/users').expect(401);
  });
});

describe('POST /api/users', () => {
  it('creates a lead for an intervention of the förbund, who can then sign in; audited without the password', async () => {
    const response = await admin
      .post('/api/users', {
        email: ' Ny.Ledare@Enkoping.se ',
        name: 'Nora Ledare',
        role: 'LEAD',
        password: 'ett långt lösenord',
        interventionIds: [jobbcentrumId],
      })
      .expect(201);
    const created = ZUser.parse(response.body);
    expect(created).toMatchObject({
      email: 'ny.ledare@enkoping.se',
      role: 'LEAD',
      active: true,
      interventionIds: [jobbcentrumId],
    });
    const login = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'ny.ledare@enkoping.se', password: 'ett långt lösenord' })
      .expect(200);
    expect(login.body.user.interventionIds).toEqual([jobbcentrumId]);
    const [entry] = await auditEntriesFor(t.db, 'User', created.id);
    expect(entry).toMatchObject({ action: 'create', userEmail: 'admin@demo.se' });
    expect(JSON.stringify(entry)).not.toMatch(/passwordHash|argon2|ett långt lösenord/);
  });

  it('answers 400 with Swedish messages: short password, bad e-mail, interventions for a non-lead or of another förbund', async () => {
    const short = await admin
      .post('/api/users', {
        email: 'inte-en-adress',
        name: 'Kort',
        role: 'BOARD',
        password: 'kort',
        interventionIds: [jobbcentrumId],
      })
      .expect(400);
    expect(short.body.error.fields).toEqual([
      { path: 'body.email', message: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.' },
      { path: 'body.password', message: 'Lösenordet måste ha minst 12 tecken.' },
      { path: 'body.interventionIds', message: 'Bara insatsansvariga kan knytas till insatser.' },
    ]);
    const nonLead = await admin
      .post('/api/users', {
        email: 'b@demo.se',
        name: 'B',
        role: 'BOARD',
        password: 'x'.repeat(12),
        interventionIds: [jobbcentrumId],
      })
      .expect(400);
    expect(nonLead.body.error.fields).toEqual([
      { path: 'body.interventionIds', message: 'Bara insatsansvariga kan knytas till insatser.' },
    ]);
    const foreign = await admin
      .post('/api/users', {
        email: 'c@demo.se',
        name: 'C',
        role: 'LEAD',
        password: 'x'.repeat(12),
        interventionIds: [other.interventionId],
      })
      .expect(400);
    expect(foreign.body.error.fields).toEqual([
      { path: 'body.interventionIds.0', message: 'Insatsen finns inte i förbundet.' },
    ]);
    const role = await admin
      .post('/api/users', { email: 'd@demo.se', name: 'D', role: 'CHEF', password: 'x'.repeat(12) })
      .expect(400);
    expect(role.body.error.fields).toEqual([
      {
        path: 'body.role',
        message:
          'Välj roll: styrelse (BOARD), insatsansvarig (LEAD), kansli (OFFICE) eller admin (ADMIN).',
      },
    ]);
  });

  it('answers 409 for an e-mail address that is taken, 403 for the office', async () => {
    const taken = await admin
      .post('/api/users', {
        email: 'kansli@demo.se',
        name: 'Dubblett',
        role: 'OFFICE',
        password: 'x'.repeat(12),
      })
      .expect(409);
    expect(taken.body.error.message).toBe(
      'E-postadressen används redan av ett annat konto i förbundet.',
    );
    await office
      .post('/api/users', {
        email: 'e@demo.se',
        name: 'E',
        role: 'OFFICE',
        password: 'x'.repeat(12),
      })
      .expect(403);
  });
});

describe('e-mail addresses are unique per förbund', () => {
  it('creates an account whose address exists in another förbund (nothing is revealed), and each signs in to its own', async () => {
    const created = await admin
      .post('/api/users', {
        email: 'kansli@annat.se',
        name: 'Samma adress, vårt förbund',
        role: 'BOARD',
        password: 'ett-långt-lösenord-2026',
      })
      .expect(201);
    const rows = await t.db.prisma.user.findMany({
      where: { email: 'kansli@annat.se' },
      select: { id: true, federationId: true },
    });
    expect(rows).toHaveLength(2);
    const ours = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'kansli@annat.se', password: 'ett-långt-lösenord-2026' })
      .expect(200);
    expect(ours.body.user).toMatchObject({
      id: created.body.id,
      federationName: 'Samordningsförbundet Uppsala län',
    });
  });
});

describe('PATCH /api/users/:id', () => {
  it('deactivating a user ends their sessions at once; audited with before and after', async () => {
    const knivsta = await signIn(t.app, 'knivsta@demo.se');
    await knivsta.get('/api/auth/me').expect(200);
    const user = await byEmail('knivsta@demo.se');
    const response = await admin
      .patch(`/api/users/${user.id}`, { version: user.version, active: false })
      .expect(200);
    expect(response.body).toMatchObject({ active: false, version: user.version + 1 });
    await knivsta.get('/api/auth/me').expect(401);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const [entry] = await auditEntriesFor(t.db, 'User', user.id);
    expect(entry).toMatchObject({
      action: 'update',
      before: { active: true },
      after: { active: false },
    });
  });

  it('changes role and interventions; a role other than lead keeps no interventions', async () => {
    const user = await byEmail('styrelse@demo.se');
    const lead = await admin
      .patch(`/api/users/${user.id}`, {
        version: user.version,
        role: 'LEAD',
        interventionIds: [jobbcentrumId],
      })
      .expect(200);
    expect(lead.body).toMatchObject({ role: 'LEAD', interventionIds: [jobbcentrumId] });
    const back = await admin
      .patch(`/api/users/${user.id}`, { version: lead.body.version, role: 'BOARD' })
      .expect(200);
    expect(back.body).toMatchObject({ role: 'BOARD', interventionIds: [] });
  });

  it('answers 409 for a stale version, 400 for deactivating oneself, 404 for another förbund’s user, 403, 401', async () => {
    const user = await byEmail('kansli@demo.se');
    await admin
      .patch(`/api/users/${user.id}`, { version: user.version + 5, name: 'Gammal' })
      .expect(409);
    expect((await byEmail('kansli@demo.se')).name).toBe('Kajsa Kansli');
    const me = await byEmail('admin@demo.se');
    const self = await admin
      .patch(`/api/users/${me.id}`, { version: me.version, active: false })
      .expect(400);
    expect(self.body.error.fields).toEqual([
      { path: 'body.active', message: 'Du kan inte inaktivera ditt eget konto.' },
    ]);
    const foreign = await admin
      .patch(`/api/users/${other.userId}`, { version: 0, active: false })
      .expect(404);
    expect(foreign.body.error.message).toBe('Användaren finns inte.');
    await office.patch(`/api/users/${user.id}`, { version: user.version, name: 'X' }).expect(403);
    await request(t.app).patch(`/api/users/${user.id}`).send({ version: 0 }).expect(401);
  });

  it('sets a new password, which ends the old sessions and works for the next login', async () => {
    const officeUser = await byEmail('kansli@demo.se');
    await admin
      .patch(`/api/users/${officeUser.id}`, {
        version: officeUser.version,
        password: 'ett nytt långt lösenord',
      })
      .expect(200);
    await office.get('/api/auth/me').expect(401);
    await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'kansli@demo.se', password: 'ett nytt långt lösenord' })
      .expect(200);
    const [entry] = await auditEntriesFor(t.db, 'User', officeUser.id);
    expect(entry?.after).toMatchObject({ passwordChanged: true });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|ett nytt långt lösenord/);
  });
});
