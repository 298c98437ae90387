import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTsek, ZOutcome, ZOutcomeList } from '@finsam/domain';
import type { TOutcome } from '@finsam/domain';
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
let jobbcentrumId: string;
let enVagInId: string;

beforeAll(async () => {
  ({ t, office, board, lead, admin } = signedIn);
  other = await createOtherFederation(t.db);
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  enVagInId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});

describe('GET /api/interventions/:id/outcomes', () => {
  it('lists utfall per period: Jobbcentrum 2024H1 955 076 kr (Tabell 4 "955"), 2023H1 1 131 830 kr', async () => {
    const response = await board.get(`/api/interventions/${jobbcentrumId}/outcomes`).expect(200);
    const body = ZOutcomeList.parse(response.body);
    const h1 = body.outcomes.find((o) => o.period === '2024H1');
    expect(h1).toMatchObject({
      year: 2024,
      startMonth: 1,
      endMonth: 6,
      amountKronor: 955_076,
      estimated: false,
    });
    expect(formatTsek(h1!.amountKronor)).toBe('955');
    expect(body.outcomes.find((o) => o.period === '2023H1')?.amountKronor).toBe(1_131_830);
    const periods = body.outcomes.map((o) => o.period);
    expect(periods.indexOf('2023H1')).toBeLessThan(periods.indexOf('2024H1'));
  });

  it('marks the förstudie’s estimated cost (uppskattad kostnad) as estimated', async () => {
    const forstudie = await interventionId(t.db, 'forstudie-pilot-uppsala');
    const response = await lead.get(`/api/interventions/${forstudie}/outcomes`).expect(200);
    expect(response.body.outcomes.find((o: TOutcome) => o.period === '2024H1')).toMatchObject({
      amountKronor: 115_000,
      estimated: true,
    });
  });

  it('answers 404 for another förbund, 403 for the admin, 401 without a session', async () => {
    await board.get(`/api/interventions/${other.interventionId}/outcomes`).expect(404);
    await admin.get(`/api/interventions/${jobbcentrumId}/outcomes`).expect(403);
    await request(t.app).get(`/api/interventions/${jobbcentrumId}/outcomes`).expect(401);
  });
});

describe('POST /api/interventions/:id/outcomes', () => {
  it('records an outcome for a period (normalised: 2024q3 → 2024Q3) and audits it', async () => {
    const response = await office
      .post(`/api/interventions/${jobbcentrumId}/outcomes`, {
        period: '2024q3',
        amountKronor: 512_300,
        estimated: true,
        note: 'Beräknad, rekvisition saknas',
      })
      .expect(201);
    const body = ZOutcome.parse(response.body);
    expect(body).toMatchObject({
      period: '2024Q3',
      year: 2024,
      startMonth: 7,
      endMonth: 9,
      amountKronor: 512_300,
      estimated: true,
      version: 0,
    });
    const [entry] = await auditEntriesFor(t.db, 'Outcome', body.id);
    expect(entry).toMatchObject({ action: 'create', userEmail: 'kansli@demo.se', before: null });
    expect(entry?.after).toMatchObject({ period: '2024Q3', amountKronor: 512_300 });
  });

  it('answers 409 with a Swedish message for a period that already has an outcome', async () => {
    const response = await office
      .post(`/api/interventions/${jobbcentrumId}/outcomes`, { period: '2024H1', amountKronor: 1 })
      .expect(409);
    expect(response.body.error).toEqual({
      code: 'CONFLICT',
      message:
        'Det finns redan ett utfall för 2024H1. Ändra det i stället för att lägga till ett nytt.',
      fields: [
        {
          path: 'body.period',
          message:
            'Det finns redan ett utfall för 2024H1. Ändra det i stället för att lägga till ett nytt.',
        },
      ],
    });
    const stored = await t.db.prisma.outcome.findFirstOrThrow({
      where: { interventionId: jobbcentrumId, period: '2024H1' },
    });
    expect(stored.amountKronor).toBe(955_076);
  });

  it('answers 400 for an invalid period, a period outside the intervention, and an amount that is not kronor', async () => {
    const invalid = await office
      .post(`/api/interventions/${jobbcentrumId}/outcomes`, {
        period: '2024H3',
        amountKronor: '12,5',
      })
      .expect(400);
    expect(invalid.body.error.fields).toEqual([
      {
        path: 'body.period',
        message:
          'Ange perioden som år (2024), halvår (2024H1), kvartal (2024Q3) eller månad (2024-05).',
      },
      { path: 'body.amountKronor', message: 'Ange ett belopp i hela kronor.' },
    ]);
    // En väg in – steget vidare runs 2022-01-01 – 2024-12-31.
    const outside = await office
      .post(`/api/interventions/${enVagInId}/outcomes`, { period: '2019', amountKronor: 10 })
      .expect(400);
    expect(outside.body.error.fields).toEqual([
      {
        path: 'body.period',
        message: 'Perioden 2019 ligger utanför insatsens period 2022-01-01–2024-12-31.',
      },
    ]);
  });

  it('answers 403 for the board and a lead (own intervention), 404 for another förbund, 401', async () => {
    const body = { period: '2024Q4', amountKronor: 100 };
    await board.post(`/api/interventions/${jobbcentrumId}/outcomes`, body).expect(403);
    await lead.post(`/api/interventions/${enVagInId}/outcomes`, body).expect(403);
    await office.post(`/api/interventions/${other.interventionId}/outcomes`, body).expect(404);
    await request(t.app)
      .post(`/api/interventions/${jobbcentrumId}/outcomes`)
      .send(body)
      .expect(401);
  });
});

describe('PATCH and DELETE /api/outcomes/:id', () => {
  let outcome: TOutcome;
  beforeAll(async () => {
    const response = await office
      .post(`/api/interventions/${enVagInId}/outcomes`, {
        period: '2024-07',
        amountKronor: 120_000,
        estimated: true,
      })
      .expect(201);
    outcome = response.body;
  });

  it('corrects an estimated outcome with the current version and audits before and after', async () => {
    const response = await office
      .patch(`/api/outcomes/${outcome.id}`, {
        version: 0,
        amountKronor: 131_450,
        estimated: false,
        note: 'Rekvisition inkommen',
      })
      .expect(200);
    expect(response.body).toMatchObject({
      amountKronor: 131_450,
      estimated: false,
      note: 'Rekvisition inkommen',
      version: 1,
    });
    const [entry] = await auditEntriesFor(t.db, 'Outcome', outcome.id);
    expect(entry).toMatchObject({ action: 'update', userEmail: 'kansli@demo.se' });
    expect(entry?.before).toMatchObject({ amountKronor: 120_000, estimated: true });
    expect(entry?.after).toMatchObject({ amountKronor: 131_450, estimated: false });
  });

  it('answers 409 for a stale version or a period that is taken, changing nothing', async () => {
    await office.patch(`/api/outcomes/${outcome.id}`, { version: 0, amountKronor: 1 }).expect(409);
    const taken = await office
      .patch(`/api/outcomes/${outcome.id}`, { version: 1, period: '2024H1' })
      .expect(409);
    expect(taken.body.error.message).toBe(
      'Det finns redan ett utfall för 2024H1. Ändra det i stället för att lägga till ett nytt.',
    );
    const stored = await t.db.prisma.outcome.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(stored).toMatchObject({ amountKronor: 131_450, period: '2024-07', version: 1 });
  });

  it('answers 400 without a version, 403 for board and lead, 404 for another förbund’s outcome, 401', async () => {
    const missing = await office
      .patch(`/api/outcomes/${outcome.id}`, { amountKronor: 5 })
      .expect(400);
    expect(missing.body.error.fields).toEqual([
      { path: 'body.version', message: 'Version saknas.' },
    ]);
    await board.patch(`/api/outcomes/${outcome.id}`, { version: 1, amountKronor: 5 }).expect(403);
    await lead.patch(`/api/outcomes/${outcome.id}`, { version: 1, amountKronor: 5 }).expect(403);
    const foreign = await office
      .patch(`/api/outcomes/${other.outcomeId}`, { version: 0, amountKronor: 5 })
      .expect(404);
    expect(foreign.body.error.message).toBe('Utfallet finns inte.');
    await office.delete(`/api/outcomes/${other.outcomeId}?version=0`).expect(404);
    await request(t.app).patch(`/api/outcomes/${outcome.id}`).send({ version: 1 }).expect(401);
  });

  it('deletes with ?version=, refusing a missing or stale version; the deletion is audited', async () => {
    const missing = await office.delete(`/api/outcomes/${outcome.id}`).expect(400);
    expect(missing.body.error.fields).toEqual([
      { path: 'query.version', message: 'Ange versionen du utgick från (?version=…).' },
    ]);
    await office.delete(`/api/outcomes/${outcome.id}?version=0`).expect(409);
    await lead.delete(`/api/outcomes/${outcome.id}?version=1`).expect(403);
    await office.delete(`/api/outcomes/${outcome.id}?version=1`).expect(204);
    expect(await t.db.prisma.outcome.findUnique({ where: { id: outcome.id } })).toBeNull();
    const [entry] = await auditEntriesFor(t.db, 'Outcome', outcome.id);
    expect(entry).toMatchObject({ action: 'delete', after: null });
    expect(entry?.before).toMatchObject({ period: '2024-07', amountKronor: 131_450 });
  });
});
