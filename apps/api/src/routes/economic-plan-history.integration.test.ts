import { beforeAll, describe, expect, it } from 'vitest';
import { formatTsek, ZApiError, ZEconomicPlan, ZEconomicPlanList } from '@finsam/domain';
import type { TEconomicPlan } from '@finsam/domain';
import { auditEntriesFor, createOtherFederation } from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let other: TOtherFederation;

beforeAll(async () => {
  ({ t, office, board } = signedIn);
  other = await createOtherFederation(t.db);
});

const closing = (plan: TEconomicPlan) =>
  plan.headroom.columns.map((c) => formatTsek(c.remainingHeadroomKronor));

describe('POST /api/economic-plans (a new plan from the last one)', () => {
  it('saves a new dated plan with a changed cell and a pending application; the 2024-10 plan stays as it was', async () => {
    const base = ZEconomicPlan.parse(
      (await office.get('/api/economic-plans/2024').expect(200)).body,
    );
    expect(closing(base)).toEqual([
      '3\u00a0401',
      '4\u00a0830',
      '1\u00a0331',
      '151',
      '2\u00a0262',
      '14\u00a0260',
    ]);
    const regexpro = base.lines.find((l) => l.label === 'RegExPro')!;

    const response = await office
      .post('/api/economic-plans', {
        basePlanId: base.id,
        baseVersion: base.version,
        asOfDate: '2024-12-12',
        // The prognosis for RegExPro 2024 down by 45 000 kr: prognosis closes 4 830 + 45 = 4 875.
        amounts: [{ lineId: regexpro.id, columnKey: 'prognos-2024', amountKronor: 1_300_000 }],
        newLines: [
          {
            category: 'PENDING_APPLICATION',
            label: 'Ny ansökan: Steget före',
            ownerLabel: 'Tierp',
            amounts: { 'prel-2025': 1_000_000 },
          },
        ],
      })
      .expect(201);
    const created = ZEconomicPlan.parse(response.body);
    expect(created).toMatchObject({
      key: 'plan-2024-12-12',
      title: 'Ekonomisk information per 2024-12-12',
      asOfDate: '2024-12-12',
      openingSurplusKronor: 6_359_764,
      printed: null,
    });
    expect(created.headroom.hasPendingApplications).toBe(true);
    const prel2025 = created.headroom.columns.find((c) => c.key === 'prel-2025')!;
    // 2025 opens from the new prognosis 4 875; before applications 4 875 − 3 499 = 1 376, after 376.
    expect(formatTsek(prel2025.openingSurplusKronor)).toBe('4\u00a0875');
    expect(formatTsek(prel2025.remainingHeadroomKronor)).toBe('1\u00a0376');
    expect(formatTsek(prel2025.remainingHeadroomAfterApplicationsKronor)).toBe('376');

    // Every saved plan is kept with its date: the list has both, newest first.
    const list = ZEconomicPlanList.parse((await board.get('/api/economic-plans').expect(200)).body);
    expect(list.plans.map((p) => p.asOfDate)).toEqual(['2024-12-12', '2024-10-24', '2021-09-16']);
    // The old plan, by id and "as of" a date before the new one, is unchanged.
    const old = ZEconomicPlan.parse(
      (await board.get(`/api/economic-plans/by-id/${base.id}`).expect(200)).body,
    );
    expect(closing(old)).toEqual(closing(base));
    const asOf = ZEconomicPlan.parse(
      (await board.get('/api/economic-plans/2024?asOf=2024-10-31').expect(200)).body,
    );
    expect(asOf.key).toBe('plan-2024-10-24');
    expect((await board.get('/api/economic-plans/2024').expect(200)).body.key).toBe(
      'plan-2024-12-12',
    );

    const audit = await auditEntriesFor(t.db, 'EconomicPlan', created.id);
    expect(audit[0]).toMatchObject({ action: 'create', userEmail: 'kansli@demo.se' });
  });

  it('409 when the plan one started from is no longer the newest', async () => {
    const list = ZEconomicPlanList.parse(
      (await office.get('/api/economic-plans').expect(200)).body,
    );
    const older = list.plans.find((p) => p.asOfDate === '2024-10-24')!;
    const response = await office
      .post('/api/economic-plans', {
        basePlanId: older.id,
        baseVersion: older.version,
        asOfDate: '2024-12-13',
      })
      .expect(409);
    expect(ZApiError.parse(response.body).error.message).toBe(
      'En nyare plan har sparats sedan du hämtade den här. Ladda om och gör ändringarna i den nyaste planen.',
    );
  });

  it('field errors in Swedish: a date before the base, an unknown line; board 403; another förbund 404', async () => {
    const newest = ZEconomicPlan.parse(
      (await office.get('/api/economic-plans/2024').expect(200)).body,
    );
    const response = await office
      .post('/api/economic-plans', {
        basePlanId: newest.id,
        baseVersion: newest.version,
        asOfDate: '2024-11-01',
        amounts: [{ lineId: 'nope', columnKey: 'prel-2025', amountKronor: 1 }],
      })
      .expect(400);
    expect(ZApiError.parse(response.body).error.fields).toEqual([
      {
        path: 'body.asOfDate',
        message: 'Datumet kan inte vara före planen du utgick från (2024-12-12).',
      },
      { path: 'body.amounts.0.lineId', message: 'Raden finns inte i planen.' },
    ]);
    await board
      .post('/api/economic-plans', {
        basePlanId: newest.id,
        baseVersion: newest.version,
        asOfDate: '2025-01-01',
      })
      .expect(403);
    await office.get(`/api/economic-plans/by-id/${other.planId}`).expect(404);
    await office
      .post('/api/economic-plans', {
        basePlanId: other.planId,
        baseVersion: 0,
        asOfDate: '2025-01-01',
      })
      .expect(404);
  });
});
