import { beforeAll, describe, expect, it } from 'vitest';
import { ZEconomicPlan } from '@finsam/domain';
import { auditEntriesFor } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;

beforeAll(async () => {
  ({ t, office, board } = signedIn);
});

describe('removing a line from the economic plan (a new plan without it)', () => {
  it('refuses an unknown line and a change to a line being removed, in Swedish', async () => {
    const base = ZEconomicPlan.parse(
      (await office.get('/api/economic-plans/2024').expect(200)).body,
    );
    const regexpro = base.lines.find((l) => l.label === 'RegExPro')!;
    const response = await office
      .post('/api/economic-plans', {
        basePlanId: base.id,
        baseVersion: base.version,
        asOfDate: '2024-12-12',
        amounts: [{ lineId: regexpro.id, columnKey: 'prognos-2024', amountKronor: 1 }],
        removedLineIds: [regexpro.id, 'no-such-line'],
      })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body.removedLineIds.1', message: 'Raden finns inte i planen.' },
      {
        path: 'body.amounts.0.lineId',
        message: 'Raden tas bort ur planen; dess belopp kan inte ändras samtidigt.',
      },
    ]);
  });

  it('saves a new dated plan without RegExPro; the 2024-10 plan, and a period before, keep it', async () => {
    const base = ZEconomicPlan.parse(
      (await office.get('/api/economic-plans/2024').expect(200)).body,
    );
    const regexpro = base.lines.find((l) => l.label === 'RegExPro')!;
    const created = ZEconomicPlan.parse(
      (
        await office
          .post('/api/economic-plans', {
            basePlanId: base.id,
            baseVersion: base.version,
            asOfDate: '2024-12-12',
            removedLineIds: [regexpro.id],
          })
          .expect(201)
      ).body,
    );
    expect(created.lines.map((l) => l.label)).not.toContain('RegExPro');
    expect(created.lines).toHaveLength(base.lines.length - 1);
    // A cost line less: the budget 2024 column's headroom grows by RegExPro's budget.
    const column = (plan: typeof base) =>
      plan.headroom.columns.find((c) => c.key === 'budget-2024')!;
    expect(column(created).remainingHeadroomKronor - column(base).remainingHeadroomKronor).toBe(
      regexpro.amounts['budget-2024'],
    );

    const old = ZEconomicPlan.parse(
      (await board.get(`/api/economic-plans/by-id/${base.id}`).expect(200)).body,
    );
    expect(old.lines.map((l) => l.label)).toContain('RegExPro');
    const asOf = ZEconomicPlan.parse(
      (await board.get('/api/economic-plans/2024?asOf=2024-10-31').expect(200)).body,
    );
    expect(asOf.lines.map((l) => l.label)).toContain('RegExPro');

    const audit = await auditEntriesFor(t.db, 'EconomicPlan', created.id);
    expect(audit[0]!.after).toMatchObject({
      removed: [{ id: regexpro.id, label: 'RegExPro' }],
    });
  });
});
