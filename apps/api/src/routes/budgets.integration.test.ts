import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTsek, ZAnnualBudget, ZAnnualBudgetList } from '@finsam/domain';
import type { TAnnualBudget } from '@finsam/domain';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
  yearWithoutBudget,
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
let regexproId: string;
let jobbcentrumId: string;
let enVagInId: string;

beforeAll(async () => {
  ({ t, office, board, lead, admin } = signedIn);
  other = await createOtherFederation(t.db);
  regexproId = await interventionId(t.db, 'regexpro');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  enVagInId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});

describe('GET /api/interventions/:id/budgets', () => {
  it('shows RegExPro 2024: adopted 1 245 000 kr, a dated carry-over of 100 000, adjusted 1 345 000 kr', async () => {
    const response = await board.get(`/api/interventions/${regexproId}/budgets`).expect(200);
    const body = ZAnnualBudgetList.parse(response.body);
    const year2024 = body.budgets.find((b) => b.year === 2024);
    expect(year2024).toMatchObject({
      originalKronor: 1_245_000,
      adjustedKronor: 1_345_000,
      version: 0,
    });
    expect(year2024?.adjustments).toEqual([
      expect.objectContaining({
        amountKronor: 100_000,
        kind: 'CARRY_OVER',
        date: '2024-06-30',
        deviationId: null,
      }),
    ]);
    // The 2024 PM's Tabell 4 shows half of the adjusted budget: 673.
    expect(formatTsek(year2024!.adjustedKronor / 2)).toBe('673');
    expect(body.budgets.map((b) => b.year)).toEqual([...body.budgets.map((b) => b.year)].sort());
  });

  it('lets a lead read the money of any intervention of the förbund (a förbund-wide summary)', async () => {
    const response = await lead.get(`/api/interventions/${jobbcentrumId}/budgets/2024`).expect(200);
    expect(ZAnnualBudget.parse(response.body)).toMatchObject({
      year: 2024,
      originalKronor: 2_652_000,
      adjustedKronor: 2_652_000,
    });
  });

  it('answers 404 for a year without budget and for another förbund, 400 for a bad year, 403 admin, 401', async () => {
    const none = await board.get(`/api/interventions/${regexproId}/budgets/2031`).expect(404);
    expect(none.body.error.message).toBe('Insatsen har ingen budget för 2031.');
    await board.get(`/api/interventions/${other.interventionId}/budgets`).expect(404);
    await board.get(`/api/interventions/${other.interventionId}/budgets/2024`).expect(404);
    const bad = await board.get(`/api/interventions/${regexproId}/budgets/tjugo`).expect(400);
    expect(bad.body.error.fields).toEqual([{ path: 'params.year', message: 'Ange ett årtal.' }]);
    await admin.get(`/api/interventions/${regexproId}/budgets`).expect(403);
    await request(t.app).get(`/api/interventions/${regexproId}/budgets`).expect(401);
  });
});

describe('PUT /api/interventions/:id/budgets/:year', () => {
  it('changes the adopted amount with the current version and audits before and after', async () => {
    const response = await office
      .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, {
        amountKronor: 2_700_000,
        version: 0,
      })
      .expect(200);
    const body: TAnnualBudget = ZAnnualBudget.parse(response.body);
    expect(body).toMatchObject({
      originalKronor: 2_700_000,
      adjustedKronor: 2_700_000,
      version: 1,
    });
    const [entry] = await auditEntriesFor(t.db, 'AnnualBudget', body.id);
    expect(entry).toMatchObject({ action: 'update', userEmail: 'kansli@demo.se' });
    expect(entry?.before).toMatchObject({ originalKronor: 2_652_000, version: 0 });
    expect(entry?.after).toMatchObject({ originalKronor: 2_700_000, version: 1 });
  });

  it('answers 409 for a stale version and leaves the amount alone', async () => {
    const response = await office
      .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, { amountKronor: 1, version: 0 })
      .expect(409);
    expect(response.body.error.code).toBe('CONFLICT');
    const stored = await t.db.prisma.annualBudget.findFirstOrThrow({
      where: { interventionId: jobbcentrumId, year: 2024 },
    });
    expect(stored).toMatchObject({ amountKronor: 2_700_000, version: 1 });
  });

  it('lets exactly one of two simultaneous changes based on the same version through', async () => {
    const current = await t.db.prisma.annualBudget.findFirstOrThrow({
      where: { interventionId: enVagInId, year: 2024 },
    });
    const statuses = (
      await Promise.all(
        [1_700_000, 1_710_000].map((amountKronor) =>
          office.put(`/api/interventions/${enVagInId}/budgets/2024`, {
            amountKronor,
            version: current.version,
          }),
        ),
      )
    ).map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 409]);
    const stored = await t.db.prisma.annualBudget.findUniqueOrThrow({ where: { id: current.id } });
    expect(stored.version).toBe(current.version + 1);
    expect(
      await t.db.prisma.auditEntry.count({
        where: { entity: 'AnnualBudget', entityId: current.id },
      }),
    ).toBe(1);
  });

  it('creates a missing year (201) without a version, and requires one once the year exists', async () => {
    const brygganId = await interventionId(t.db, 'bryggan');
    const year = await yearWithoutBudget(t.db, brygganId);
    const created = await office
      .put(`/api/interventions/${brygganId}/budgets/${year}`, { amountKronor: 2_753_000 })
      .expect(201);
    expect(created.body).toMatchObject({
      year,
      originalKronor: 2_753_000,
      adjustments: [],
      version: 0,
    });
    const [entry] = await auditEntriesFor(t.db, 'AnnualBudget', created.body.id);
    expect(entry).toMatchObject({ action: 'create', before: null });
    const again = await office
      .put(`/api/interventions/${brygganId}/budgets/${year}`, { amountKronor: 1 })
      .expect(400);
    expect(again.body.error.fields).toEqual([
      { path: 'body.version', message: 'Ange versionen du utgick från: budgeten finns redan.' },
    ]);
  });

  it('refuses a year outside the intervention’s period (Jobbcentrum 2022–2024): 400 on params.year, nothing stored', async () => {
    for (const year of [2099, 2021, 2025]) {
      const put = await office
        .put(`/api/interventions/${jobbcentrumId}/budgets/${year}`, { amountKronor: 1_000 })
        .expect(400);
      expect(put.body.error.fields).toEqual([
        {
          path: 'params.year',
          message: `${year} ligger utanför insatsens period (2022–2024). Välj ett år inom perioden.`,
        },
      ]);
      await office
        .post(`/api/interventions/${jobbcentrumId}/budgets/${year}/adjustments`, {
          amountKronor: 1_000,
          kind: 'OTHER',
          date: `${Math.min(year, 2100)}-06-01`,
          note: 'Utanför perioden',
        })
        .expect(400);
    }
    expect(
      await t.db.prisma.annualBudget.count({
        where: { interventionId: jobbcentrumId, year: { in: [2099, 2021, 2025] } },
      }),
    ).toBe(0);
  });

  it('answers 400 with Swedish messages for amounts that are not whole, non-negative kronor', async () => {
    const decimals = await office
      .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, { amountKronor: 12.5, version: 1 })
      .expect(400);
    expect(decimals.body.error.fields).toEqual([
      { path: 'body.amountKronor', message: 'Beloppet ska anges i hela kronor, utan decimaler.' },
    ]);
    const negative = await office
      .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, { amountKronor: -5, version: 1 })
      .expect(400);
    expect(negative.body.error.fields).toEqual([
      { path: 'body.amountKronor', message: 'Beloppet får inte vara negativt.' },
    ]);
    const text = await office
      .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, {
        amountKronor: '1 326',
        version: 1,
      })
      .expect(400);
    expect(text.body.error.fields).toEqual([
      { path: 'body.amountKronor', message: 'Ange ett belopp i hela kronor.' },
    ]);
  });

  it('answers 403 for a lead on their own intervention and for the board; 404 for another förbund; 401', async () => {
    await lead
      .put(`/api/interventions/${enVagInId}/budgets/2024`, { amountKronor: 1, version: 0 })
      .expect(403);
    await board
      .put(`/api/interventions/${enVagInId}/budgets/2024`, { amountKronor: 1, version: 0 })
      .expect(403);
    const foreign = await office
      .put(`/api/interventions/${other.interventionId}/budgets/2024`, {
        amountKronor: 1,
        version: 0,
      })
      .expect(404);
    expect(foreign.body.error.message).toBe('Insatsen finns inte.');
    const untouched = await t.db.prisma.annualBudget.findUniqueOrThrow({
      where: { id: other.budgetId },
    });
    expect(untouched.amountKronor).toBe(500_000);
    await request(t.app)
      .put(`/api/interventions/${enVagInId}/budgets/2024`)
      .send({ amountKronor: 1 })
      .expect(401);
  });
});

describe('POST /api/interventions/:id/budgets/:year/adjustments', () => {
  it('adds a dated, sourced grant: RegExPro 2024 adjusted 1 345 000 → 1 395 000 kr, audited', async () => {
    const response = await office
      .post(`/api/interventions/${regexproId}/budgets/2024/adjustments`, {
        amountKronor: 50_000,
        kind: 'ADDITIONAL_GRANT',
        date: '2024-09-15',
        note: 'Tilläggsbeslut i styrelsen',
        source: 'Styrelseprotokoll 2024-09-15 § 12',
        version: 0,
      })
      .expect(201);
    const body = ZAnnualBudget.parse(response.body);
    expect(body).toMatchObject({
      originalKronor: 1_245_000,
      adjustedKronor: 1_395_000,
      version: 1,
    });
    expect(body.adjustments.at(-1)).toMatchObject({
      amountKronor: 50_000,
      kind: 'ADDITIONAL_GRANT',
      date: '2024-09-15',
      note: 'Tilläggsbeslut i styrelsen',
      source: 'Styrelseprotokoll 2024-09-15 § 12',
    });
    const [entry] = await auditEntriesFor(t.db, 'AnnualBudget', body.id);
    expect(entry).toMatchObject({ action: 'adjust', userEmail: 'kansli@demo.se' });
    expect(entry?.before).toMatchObject({ adjustedKronor: 1_345_000 });
    expect(entry?.after).toMatchObject({ adjustedKronor: 1_395_000 });
  });

  it('creates a year at 0 kr for money granted after adoption', async () => {
    const response = await office
      .post(`/api/interventions/${regexproId}/budgets/2026/adjustments`, {
        amountKronor: 80_000,
        kind: 'ADDITIONAL_GRANT',
        date: '2026-03-01',
        note: 'Beviljades medel 2026',
      })
      .expect(201);
    expect(response.body).toMatchObject({ year: 2026, originalKronor: 0, adjustedKronor: 80_000 });
  });

  it('answers 409 for a stale version, 400 for a zero change or missing note, 403 for the lead and board', async () => {
    const stale = await office
      .post(`/api/interventions/${regexproId}/budgets/2024/adjustments`, {
        amountKronor: 1_000,
        kind: 'OTHER',
        date: '2024-10-01',
        note: 'Inaktuell',
        version: 0,
      })
      .expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const zero = await office
      .post(`/api/interventions/${regexproId}/budgets/2024/adjustments`, {
        amountKronor: 0,
        kind: 'OTHER',
        date: '2024-10-01',
        version: 1,
      })
      .expect(400);
    expect(zero.body.error.fields).toEqual([
      { path: 'body.amountKronor', message: 'En ändring kan inte vara 0 kr.' },
      { path: 'body.note', message: 'Beskriv ändringen, t.ex. "Medel överförda från 2023".' },
    ]);
    const body = { amountKronor: 1_000, kind: 'OTHER', date: '2024-10-01', note: 'x', version: 1 };
    await lead.post(`/api/interventions/${enVagInId}/budgets/2024/adjustments`, body).expect(403);
    await board.post(`/api/interventions/${regexproId}/budgets/2024/adjustments`, body).expect(403);
    await office
      .post(`/api/interventions/${other.interventionId}/budgets/2024/adjustments`, body)
      .expect(404);
    await request(t.app)
      .post(`/api/interventions/${regexproId}/budgets/2024/adjustments`)
      .send(body)
      .expect(401);
    const stored = await t.db.prisma.budgetAdjustment.count({
      where: { budget: { interventionId: regexproId, year: 2024 } },
    });
    expect(stored).toBe(2);
  });
});
