import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatTsek,
  MINUS_SIGN,
  NO_BREAK_SPACE,
  ZEconomicPlan,
  ZEconomicPlanList,
} from '@finsam/domain';
import type { TEconomicPlan } from '@finsam/domain';
import { auditEntriesFor, createOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;
let admin: TSignedInClient;

beforeAll(async () => {
  ({ t, office, board, lead, admin } = signedIn);
  await createOtherFederation(t.db);
});

/** A printed cell ("-2 959") in the characters formatTsek uses (U+2212, U+00A0). */
const asFormatted = (printed: string) =>
  printed.replace('-', MINUS_SIGN).replaceAll(' ', NO_BREAK_SPACE);

const column = (plan: TEconomicPlan, key: string) =>
  plan.headroom.columns.find((c) => c.key === key)!;

describe('GET /api/economic-plans', () => {
  it('lists the förbund’s plans newest first, with the years they cover', async () => {
    const response = await lead.get('/api/economic-plans').expect(200);
    const body = ZEconomicPlanList.parse(response.body);
    expect(body.plans.map((p) => p.key)).toEqual(['plan-2024-10-24', 'plan-2021-09-16']);
    expect(body.plans[0]).toMatchObject({
      title: 'Ekonomisk information per 2024-10-24',
      asOfDate: '2024-10-24',
      years: [2024, 2025, 2026, 2027, 2028],
    });
    expect(body.plans[1]?.years).toEqual([2021, 2022, 2023, 2024]);
  });

  it('answers 403 for the admin and 401 without a session', async () => {
    await admin.get('/api/economic-plans').expect(403);
    await request(t.app).get('/api/economic-plans').expect(401);
  });
});

describe('GET /api/economic-plans/:year', () => {
  it('2024: the 2024-10 plan, beslutsutrymme 3 401 (budget) and 4 830 → 1 331 → 151 → 2 262 → 14 260', async () => {
    const response = await board.get('/api/economic-plans/2024').expect(200);
    const plan = ZEconomicPlan.parse(response.body);
    expect(plan).toMatchObject({
      key: 'plan-2024-10-24',
      year: 2024,
      openingSurplusKronor: 6_359_764,
      reserveFundKronor: 1_000_000,
    });
    expect(plan.headroom.hasPendingApplications).toBe(false);
    expect(column(plan, 'budget-2024')).toMatchObject({
      incomeKronor: 24_100_000,
      costsKronor: 27_059_000,
      yearResultKronor: -2_959_000,
      openingSurplusKronor: 6_359_764,
      remainingHeadroomKronor: 3_400_764,
    });
    expect(plan.headroom.columns.map((c) => c.remainingHeadroomKronor)).toEqual([
      3_400_764, 4_829_764, 1_330_764, 150_764, 2_261_764, 14_259_764,
    ]);
    // 2025 opens from the prognosis column, not the budget column.
    expect(column(plan, 'prel-2025').openedFromKey).toBe('prognos-2024');

    // Every printed result cell of the paper reproduces (DOMAIN.md §4 "every cell reproduces").
    const printed = plan.printed!;
    for (const c of plan.headroom.columns) {
      expect(formatTsek(c.remainingHeadroomKronor)).toBe(
        asFormatted(printed['KVARVARANDE BESLUTSUTRYMME']![c.key]!),
      );
      expect(formatTsek(c.yearResultKronor)).toBe(
        asFormatted(printed['ÅRETS BERÄKNADE RESULTAT']![c.key]!),
      );
      expect(formatTsek(c.costsKronor)).toBe(asFormatted(printed['S:A KOSTNADER']![c.key]!));
    }

    const regexpro = plan.lines.find((l) => l.label === 'RegExPro')!;
    expect(regexpro.amounts).toMatchObject({
      'budget-2024': 1_245_000,
      'prognos-2024': 1_345_000,
      'prel-2028': null,
    });
    expect(regexpro.interventionId).not.toBeNull();
  });

  it('2022: the 2021-09 plan with pending applications of 14 416 183 kr; later years open from the "efter" row', async () => {
    const response = await lead.get('/api/economic-plans/2022').expect(200);
    const plan = ZEconomicPlan.parse(response.body);
    expect(plan.key).toBe('plan-2021-09-16');
    expect(plan.headroom.hasPendingApplications).toBe(true);
    const budget2022 = column(plan, 'budget-2022');
    expect(budget2022).toMatchObject({
      openedFromKey: 'prognos-2021',
      openingSurplusKronor: 4_122_000,
      yearResultKronor: 10_435_000,
      remainingHeadroomKronor: 14_557_000,
      pendingApplicationsKronor: 14_416_183,
      remainingHeadroomAfterApplicationsKronor: 140_817,
    });
    expect(column(plan, 'budget-2023').openingSurplusKronor).toBe(140_817);
    // Known discrepancy (DOMAIN.md §8, 2021-09 kronor rounding): the paper prints 4 123, 14 558 and
    // 142 from ledger kronor it does not print; the seed holds its TSEK cells × 1000, from which
    // the correct results are 4 122, 14 557 and 141 (140 817 kr).
    const printed = plan.printed!;
    expect(printed['BESLUTSUTRYMME före nedan föreslagna ansökningar']!['budget-2022']).toBe(
      '14 558',
    );
    expect(formatTsek(budget2022.remainingHeadroomKronor)).toBe(`14${NO_BREAK_SPACE}557`);
    expect(formatTsek(budget2022.remainingHeadroomAfterApplicationsKronor)).toBe('141');
    expect(formatTsek(budget2022.pendingApplicationsKronor)).toBe(`14${NO_BREAK_SPACE}416`);
  });

  it('answers 404 for a year no plan of the förbund covers (even if another förbund’s does), 400 for a bad year', async () => {
    const response = await board.get('/api/economic-plans/2031').expect(404);
    expect(response.body.error.message).toBe('Det finns ingen ekonomisk plan som omfattar 2031.');
    const bad = await board.get('/api/economic-plans/1999').expect(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'params.year', message: 'Årtalet måste vara 2000 eller senare.' },
    ]);
    await admin.get('/api/economic-plans/2024').expect(403);
    await request(t.app).get('/api/economic-plans/2024').expect(401);
  });
});

describe('PUT /api/economic-plans/:year', () => {
  it('changes a cell with the current version; the beslutsutrymme follows; the audit holds the cell', async () => {
    const plan = (await office.get('/api/economic-plans/2025').expect(200)).body as TEconomicPlan;
    const regexpro = plan.lines.find((l) => l.label === 'RegExPro')!;
    const response = await office
      .put('/api/economic-plans/2025', {
        version: plan.version,
        amounts: [{ lineId: regexpro.id, columnKey: 'prel-2025', amountKronor: 1_300_000 }],
      })
      .expect(200);
    const after = ZEconomicPlan.parse(response.body);
    expect(after.version).toBe(plan.version + 1);
    expect(column(after, 'prel-2025').remainingHeadroomKronor).toBe(1_330_764 - 55_000);
    // Later years open from 2025 and move with it.
    expect(column(after, 'prel-2028').remainingHeadroomKronor).toBe(14_259_764 - 55_000);
    const [entry] = await auditEntriesFor(t.db, 'EconomicPlan', plan.id);
    expect(entry).toMatchObject({
      action: 'update',
      userEmail: 'kansli@demo.se',
      before: {
        version: 0,
        cells: [
          {
            lineId: regexpro.id,
            label: 'RegExPro',
            columnKey: 'prel-2025',
            amountKronor: 1_245_000,
          },
        ],
      },
      after: {
        version: 1,
        cells: [
          {
            lineId: regexpro.id,
            label: 'RegExPro',
            columnKey: 'prel-2025',
            amountKronor: 1_300_000,
          },
        ],
      },
    });
  });

  it('answers 409 for a stale version and 400 for an unknown line or column, changing nothing', async () => {
    const plan = (await office.get('/api/economic-plans/2025').expect(200)).body as TEconomicPlan;
    const line = plan.lines[0]!;
    await office
      .put('/api/economic-plans/2025', {
        version: 0,
        amounts: [{ lineId: line.id, columnKey: 'prel-2025', amountKronor: 1 }],
      })
      .expect(409);
    const invalid = await office
      .put('/api/economic-plans/2025', {
        version: plan.version,
        amounts: [{ lineId: 'finns-inte', columnKey: 'prel-2099', amountKronor: 1.5 }],
      })
      .expect(400);
    expect(invalid.body.error.fields).toEqual([
      {
        path: 'body.amounts.0.amountKronor',
        message: 'Beloppet ska anges i hela kronor, utan decimaler.',
      },
    ]);
    const unknown = await office
      .put('/api/economic-plans/2025', {
        version: plan.version,
        amounts: [{ lineId: 'finns-inte', columnKey: 'prel-2099', amountKronor: 1 }],
      })
      .expect(400);
    expect(unknown.body.error.fields).toEqual([
      { path: 'body.amounts.0.lineId', message: 'Raden finns inte i planen.' },
      { path: 'body.amounts.0.columnKey', message: 'Kolumnen finns inte i planen.' },
    ]);
    const again = (await office.get('/api/economic-plans/2025').expect(200)).body as TEconomicPlan;
    expect(again).toEqual(plan);
  });

  it('answers 403 for the board and a lead, 404 for a year no plan covers, 401', async () => {
    const body = { version: 0, amounts: [{ lineId: 'x', columnKey: 'y', amountKronor: 1 }] };
    await board.put('/api/economic-plans/2024', body).expect(403);
    await lead.put('/api/economic-plans/2024', body).expect(403);
    await office.put('/api/economic-plans/2031', body).expect(404);
    await request(t.app).put('/api/economic-plans/2024').send(body).expect(401);
  });
});
