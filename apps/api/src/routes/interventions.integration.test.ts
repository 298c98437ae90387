import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZInterventionDetail, ZInterventionList } from '@finsam/domain';
import type { TInterventionDetail, TInterventionSummary } from '@finsam/domain';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
} from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;
let admin: TSignedInClient;
let other: TOtherFederation;
let knivstaId: string;
let afId: string;
let enVagInId: string;
let jobbcentrumId: string;

beforeAll(async () => {
  ({ t, office, board, lead, admin } = signedIn);
  other = await createOtherFederation(t.db);
  const member = (key: string) =>
    t.db.prisma.member.findFirstOrThrow({
      where: { key, federation: { key: 'uppsala-lan' } },
      select: { id: true },
    });
  knivstaId = (await member('knivsta')).id;
  afId = (await member('arbetsformedlingen')).id;
  enVagInId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
});

const keysOf = (body: { interventions: TInterventionSummary[] }) =>
  body.interventions.map((i) => i.key);

describe('GET /api/interventions', () => {
  it('answers 401 without a session', async () => {
    await request(t.app).get('/api/interventions').expect(401);
  });

  it('lists the förbund’s interventions as summaries for the board, never another förbund’s', async () => {
    const response = await board.get('/api/interventions').expect(200);
    const body = ZInterventionList.parse(response.body);
    const enVagIn = body.interventions.find((i) => i.key === 'en-vag-in-steget-vidare');
    expect(enVagIn).toMatchObject({
      fullName: 'En väg in – steget vidare',
      shortName: 'En väg in - steget vidare',
      owner: { key: 'knivsta', shortName: 'Knivsta', kind: 'MUNICIPALITY' },
      kind: 'INDIVIDUAL',
      aim: 'PRE_REHABILITATION',
      startDate: '2022-01-01',
      endDate: '2024-12-31',
      singleGenderTargetGroup: false,
    });
    expect(enVagIn?.aliases).toContain('En väg in-steget vidare Knivsta');
    expect(
      body.interventions.find((i) => i.key === 'kvinna-halsa-arbete')?.singleGenderTargetGroup,
    ).toBe(true);
    expect(keysOf(body)).not.toContain('annan-insats');
  });

  it('filters by municipality (key or member id), kind, status and year', async () => {
    const byKey = (await lead.get('/api/interventions?municipality=knivsta').expect(200)).body;
    expect(keysOf(byKey)).toContain('en-vag-in-steget-vidare');
    expect(byKey.interventions.every((i: TInterventionSummary) => i.owner?.key === 'knivsta')).toBe(
      true,
    );
    const byId = (await lead.get(`/api/interventions?municipality=${knivstaId}`).expect(200)).body;
    expect(keysOf(byId)).toEqual(keysOf(byKey));

    const structural = (await office.get('/api/interventions?kind=STRUCTURAL').expect(200)).body;
    expect(keysOf(structural)).toContain('regexpro');
    expect(keysOf(structural)).not.toContain('jobbcentrum');

    // RegExPro runs 2020-10-01 – 2027-12-31: in 2024, not in 2019.
    expect(keysOf((await board.get('/api/interventions?year=2024').expect(200)).body)).toContain(
      'regexpro',
    );
    expect(
      keysOf((await board.get('/api/interventions?year=2019').expect(200)).body),
    ).not.toContain('regexpro');

    const ongoing = (
      await board.get('/api/interventions?status=ONGOING&kind=INDIVIDUAL').expect(200)
    ).body;
    expect(
      ongoing.interventions.every(
        (i: TInterventionSummary) => i.status === 'ONGOING' && i.kind === 'INDIVIDUAL',
      ),
    ).toBe(true);
  });

  it('answers 400 with a Swedish message per invalid filter', async () => {
    const response = await board.get('/api/interventions?kind=OKAND&year=1999').expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'query.year', message: 'Årtalet måste vara 2000 eller senare.' },
      {
        path: 'query.kind',
        message:
          'Välj insatstyp: individinsats, strukturinsats, förstudie eller övrig samverkansinsats.',
      },
    ]);
    const unknown = await board.get('/api/interventions?municipality=annan-kommun').expect(400);
    expect(unknown.body.error.fields).toEqual([
      {
        path: 'query.municipality',
        message: 'Kommunen eller medlemmen "annan-kommun" finns inte i förbundet.',
      },
    ]);
  });

  it('lets the admin list the interventions (to assign leads) but nothing more', async () => {
    const list = await admin.get('/api/interventions').expect(200);
    expect(list.body.interventions.map((i: { key: string }) => i.key)).toContain(
      'en-vag-in-steget-vidare',
    );
  });
});

describe('GET /api/interventions/:id', () => {
  it('shows the facts: owner, partners, period, goals, predecessor, version', async () => {
    const response = await board.get(`/api/interventions/${enVagInId}`).expect(200);
    const body = ZInterventionDetail.parse(response.body);
    expect(body.owner?.key).toBe('knivsta');
    expect(body.partners.map((p) => p.key).sort()).toEqual([
      'arbetsformedlingen',
      'forsakringskassan',
      'region-uppsala',
    ]);
    expect(body.predecessor?.key).toBe('en-vag-in-flera-vagar-ut');
    expect(body.version).toBe(0);
  });

  it('lets a lead read the facts of an intervention they do not lead (summary level)', async () => {
    const response = await lead.get(`/api/interventions/${jobbcentrumId}`).expect(200);
    expect(response.body.owner.key).toBe('enkoping');
  });

  it('answers 404 for another förbund’s intervention and an unknown id, 403 for the admin, 401 without session', async () => {
    const response = await office.get(`/api/interventions/${other.interventionId}`).expect(404);
    expect(response.body.error).toEqual({ code: 'NOT_FOUND', message: 'Insatsen finns inte.' });
    await office.get('/api/interventions/finns-inte').expect(404);
    await admin.get(`/api/interventions/${enVagInId}`).expect(403);
    await request(t.app).get(`/api/interventions/${enVagInId}`).expect(401);
  });
});

const newIntervention = () => ({
  fullName: 'Steget efter – arbetsträning i Knivsta',
  shortName: 'Steget efter',
  aliases: ['Steget efter Knivsta'],
  ownerId: knivstaId,
  partnerIds: [afId],
  kind: 'INDIVIDUAL',
  aim: 'WORK_OR_STUDIES',
  status: 'GRANTED',
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  goals: [{ level: 'RESULT', text: 'Minst 40 % till arbete eller studier', target: 'minst 40 %' }],
  expectedParticipants: [{ count: 30, kind: 'PER_YEAR' }],
});

describe('POST /api/interventions', () => {
  it('creates an intervention for the office, with a key from its name, and records it in the audit trail', async () => {
    const response = await office.post('/api/interventions', newIntervention()).expect(201);
    const body: TInterventionDetail = ZInterventionDetail.parse(response.body);
    expect(body).toMatchObject({
      key: 'steget-efter',
      shortName: 'Steget efter',
      aliases: ['Steget efter Knivsta'],
      owner: { key: 'knivsta' },
      partners: [{ key: 'arbetsformedlingen' }],
      goals: [
        {
          level: 'RESULT',
          text: 'Minst 40 % till arbete eller studier',
          target: 'minst 40 %',
          sortOrder: 0,
        },
      ],
      expectedParticipants: [{ count: 30, kind: 'PER_YEAR', note: null }],
      version: 0,
    });
    const [entry] = await auditEntriesFor(t.db, 'Intervention', body.id);
    expect(entry).toMatchObject({ action: 'create', userEmail: 'kansli@demo.se', before: null });
    expect(entry?.after).toMatchObject({ key: 'steget-efter', startDate: '2025-01-01' });
  });

  it('answers 403 for the board and a lead, 401 without a session', async () => {
    await board.post('/api/interventions', newIntervention()).expect(403);
    await lead.post('/api/interventions', newIntervention()).expect(403);
    await request(t.app).post('/api/interventions').send(newIntervention()).expect(401);
  });

  it('answers 400 with Swedish messages: end before start, missing name, owner of another förbund', async () => {
    const invalid = {
      ...newIntervention(),
      shortName: '',
      startDate: '2025-06-01',
      endDate: '2025-01-31',
    };
    const response = await office.post('/api/interventions', invalid).expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body.shortName', message: 'Ange ett namn.' },
      { path: 'body.endDate', message: 'Slutdatumet kan inte vara före startdatumet.' },
    ]);
    const foreignOwner = {
      ...newIntervention(),
      shortName: 'Främmande ägare',
      fullName: 'Främmande ägare',
      aliases: [],
      ownerId: other.memberId,
    };
    const owner = await office.post('/api/interventions', foreignOwner).expect(400);
    expect(owner.body.error.fields).toEqual([
      { path: 'body.ownerId', message: 'Medlemmen finns inte i förbundet.' },
    ]);
    const dates = await office
      .post('/api/interventions', { ...newIntervention(), startDate: '2025-02-30' })
      .expect(400);
    expect(dates.body.error.fields).toEqual([
      { path: 'body.startDate', message: 'Datumet finns inte i kalendern.' },
    ]);
  });

  it('answers 409 when a name or alias already names another intervention of the förbund', async () => {
    const clash = await office
      .post('/api/interventions', {
        ...newIntervention(),
        fullName: 'Jobbcentrum',
        shortName: 'Jobbcentrum',
        aliases: [],
      })
      .expect(409);
    expect(clash.body.error.code).toBe('CONFLICT');
    expect(clash.body.error.message).toBe(
      'Namnet "Jobbcentrum" används redan av insatsen "Jobbcentrum". Välj ett namn som skiljer dem åt.',
    );
    const alias = await office
      .post('/api/interventions', {
        ...newIntervention(),
        fullName: 'Ny region',
        shortName: 'Ny region',
        aliases: ['Reg.Ex.Pro'],
      })
      .expect(409);
    expect(alias.body.error.fields).toEqual([
      {
        path: 'body.aliases.0',
        message:
          'Namnet "Reg.Ex.Pro" används redan av insatsen "RegExPro". Välj ett namn som skiljer dem åt.',
      },
    ]);
    // Another förbund's names are no obstacle.
    await office
      .post('/api/interventions', {
        ...newIntervention(),
        fullName: 'Annan insats',
        shortName: 'Annan insats',
        aliases: [],
      })
      .expect(201);
  });
});

describe('PATCH /api/interventions/:id', () => {
  it('changes the period and goals with the current version, and audits before and after', async () => {
    const before = (await office.get(`/api/interventions/${enVagInId}`).expect(200))
      .body as TInterventionDetail;
    const response = await office
      .patch(`/api/interventions/${enVagInId}`, {
        version: before.version,
        endDate: '2025-06-30',
        goals: [{ level: 'OVERALL', text: 'Fler når en plan för fortsatt rehabilitering' }],
      })
      .expect(200);
    expect(response.body).toMatchObject({
      endDate: '2025-06-30',
      startDate: '2022-01-01',
      version: before.version + 1,
      goals: [
        { level: 'OVERALL', text: 'Fler når en plan för fortsatt rehabilitering', target: null },
      ],
    });
    // Lists not sent are kept.
    expect(response.body.partners).toEqual(before.partners);
    expect(response.body.aliases).toEqual(before.aliases);
    const [entry] = await auditEntriesFor(t.db, 'Intervention', enVagInId);
    expect(entry).toMatchObject({ action: 'update', userEmail: 'kansli@demo.se' });
    expect(entry?.before).toMatchObject({ endDate: '2024-12-31', version: before.version });
    expect(entry?.after).toMatchObject({ endDate: '2025-06-30', version: before.version + 1 });
  });

  it('answers 409 for a stale version and changes nothing', async () => {
    const current = (await office.get(`/api/interventions/${enVagInId}`).expect(200))
      .body as TInterventionDetail;
    const auditBefore = (await auditEntriesFor(t.db, 'Intervention', enVagInId)).length;
    const response = await office
      .patch(`/api/interventions/${enVagInId}`, {
        version: current.version - 1,
        shortName: 'Inaktuell',
      })
      .expect(409);
    expect(response.body.error).toEqual({
      code: 'CONFLICT',
      message: 'Någon annan har ändrat uppgifterna sedan du hämtade dem. Ladda om och försök igen.',
    });
    const after = (await office.get(`/api/interventions/${enVagInId}`).expect(200))
      .body as TInterventionDetail;
    expect(after).toEqual(current);
    expect(await auditEntriesFor(t.db, 'Intervention', enVagInId)).toHaveLength(auditBefore);
  });

  it('checks the merged period and the version field with Swedish messages', async () => {
    const current = (await office.get(`/api/interventions/${jobbcentrumId}`).expect(200))
      .body as TInterventionDetail;
    const response = await office
      .patch(`/api/interventions/${jobbcentrumId}`, {
        version: current.version,
        endDate: '2001-01-01',
      })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body.endDate', message: 'Slutdatumet kan inte vara före startdatumet.' },
    ]);
    const noVersion = await office
      .patch(`/api/interventions/${jobbcentrumId}`, { status: 'ENDED' })
      .expect(400);
    expect(noVersion.body.error.fields).toEqual([
      { path: 'body.version', message: 'Version saknas.' },
    ]);
  });

  it('renames with aliases, and refuses an alias of another intervention with 409', async () => {
    const current = (await office.get(`/api/interventions/${jobbcentrumId}`).expect(200))
      .body as TInterventionDetail;
    const clash = await office
      .patch(`/api/interventions/${jobbcentrumId}`, {
        version: current.version,
        aliases: ['RegExPro'],
      })
      .expect(409);
    expect(clash.body.error.fields[0].path).toBe('body.aliases.0');
    const renamed = await office
      .patch(`/api/interventions/${jobbcentrumId}`, {
        version: current.version,
        aliases: [...current.aliases, 'Jobbcentrum Enköping 2024'],
      })
      .expect(200);
    expect(renamed.body.aliases).toContain('Jobbcentrum Enköping 2024');
    const stored = await t.db.prisma.interventionAlias.findMany({
      where: { interventionId: jobbcentrumId },
    });
    expect(stored.map((a) => a.alias)).toEqual(
      expect.arrayContaining(['Jobbcentrum – Din väg framåt', 'Jobbcentrum Enköping 2024']),
    );
    // "Jobbcentrum" is also the 2019 predecessor's short name: it identifies neither, so it is no alias.
    expect(stored.map((a) => a.alias)).not.toContain('Jobbcentrum');
  });

  it('answers 403 for the board and for a lead even on their own intervention; 404 for another förbund', async () => {
    await board
      .patch(`/api/interventions/${enVagInId}`, { version: 0, status: 'ENDED' })
      .expect(403);
    await lead
      .patch(`/api/interventions/${enVagInId}`, { version: 0, status: 'ENDED' })
      .expect(403);
    const response = await office
      .patch(`/api/interventions/${other.interventionId}`, { version: 0, status: 'ENDED' })
      .expect(404);
    expect(response.body.error.message).toBe('Insatsen finns inte.');
    await request(t.app).patch(`/api/interventions/${enVagInId}`).send({ version: 0 }).expect(401);
  });
});
