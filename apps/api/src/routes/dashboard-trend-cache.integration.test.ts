import { describe, expect, it } from 'vitest';
import type { TDashboardMunicipality, TDashboardOverview } from '@finsam/domain';
import { useSignedInApp } from '../test-support/signed-in-app.ts';

/*
 * The trend's earlier points are cached in the database (decision 014) and invalidated by triggers
 * in the same transaction as every write to their inputs. (The board's whole Överblick answer is
 * cached too, decision 019, under the same version: every read after a write below checks both.) Each write below is followed at once by
 * a read: the trend must show the new figure, and equal what a request computes from scratch
 * (cache emptied). Writes go through the API where it has the route, else straight to the tables
 * (as the imports and the seed write them): the triggers do not care who writes.
 */

const app = useSignedInApp();

async function overview(): Promise<TDashboardOverview> {
  return (await app.board.get('/api/dashboard?period=2024H1').expect(200)).body;
}

/**
 * The same request with the board's cached answer (decision 019) emptied first: the answer is
 * computed, and its trend from the cached points.
 */
async function overviewFromPoints(): Promise<TDashboardOverview> {
  await app.t.db.prisma.dashboardAnswer.deleteMany({});
  return overview();
}

/** The same request with both caches emptied first: every point computed from the rows. */
async function overviewFromScratch(): Promise<TDashboardOverview> {
  await app.t.db.prisma.dashboardTrendPoint.deleteMany({});
  return overviewFromPoints();
}

const point = (dashboard: { trend: TDashboardOverview['trend'] }, period: string) => {
  const found = dashboard.trend.find((p) => p.period === period);
  if (!found) throw new Error(`no trend point ${period}`);
  return found;
};

/** The stored point with a marker field, at its own revision or `revisionOffset` away from it. */
async function bogusPoint(
  where: { federationId: string; scope: string; period: string },
  revisionOffset = 0,
) {
  const [stored] = await app.t.db.prisma.dashboardTrendPoint.findMany({
    where,
    select: { point: true },
  });
  const cached = stored!.point as { revision: number; point: Record<string, unknown> };
  return {
    revision: cached.revision + revisionOffset,
    point: { ...cached.point, bogus: true },
  };
}

/** The board's förbund (the seeded one). */
async function federationId(): Promise<string> {
  return (await overview()).federation.id;
}

describe('the dashboards’ trend cache', () => {
  it('stores the earlier years’ points and serves them unchanged', async () => {
    const first = await overview();
    const cached = await app.t.db.prisma.dashboardTrendPoint.findMany({
      where: { scope: '' },
      select: { period: true },
    });
    expect(cached.map((c) => c.period)).toContain('2022H1');
    // The current year's points are computed from the page's own rows, never cached.
    expect(cached.map((c) => c.period)).not.toContain('2024H1');
    expect(await overview()).toEqual(first);
    expect(await overviewFromScratch()).toEqual(first);
  });

  it('an utfall edited through the API shows in the trend at once', async () => {
    const before = await overview();
    const outcome = await app.t.db.prisma.outcome.findFirstOrThrow({
      where: {
        period: '2022H1',
        intervention: { federationId: await federationId(), kind: { not: 'OTHER_COOPERATION' } },
      },
      select: { id: true, version: true, amountKronor: true },
      orderBy: { amountKronor: 'desc' },
    });
    await app.office
      .patch(`/api/outcomes/${outcome.id}`, {
        version: outcome.version,
        amountKronor: outcome.amountKronor + 1_000_000,
      })
      .expect(200);
    const after = await overview();
    expect(point(after, '2022H1').money.outcomeKronor).toBe(
      point(before, '2022H1').money.outcomeKronor + 1_000_000,
    );
    expect(after).toEqual(await overviewFromScratch());
  });

  it('participant figures, budgets, adjustments, interventions, members and the flag limits written to the tables', async () => {
    const prisma = app.t.db.prisma;
    const id = await federationId();
    const version = async () =>
      (await prisma.dashboardDataVersion.findUniqueOrThrow({ where: { federationId: id } }))
        .version;
    // [what, the write, whether the 2022 H1 point's figures change]
    const writes: [string, () => Promise<unknown>, boolean][] = [
      [
        'a participant figure',
        async () => {
          const figure = await prisma.participantFigure.findFirstOrThrow({
            where: { federationId: id, period: '2022H1', measure: 'REGISTERED' },
            select: { id: true },
          });
          await prisma.participantFigure.update({
            where: { id: figure.id },
            data: { count: { increment: 100 } },
          });
        },
        true,
      ],
      [
        'a budget adjustment',
        async () => {
          const budget = await prisma.annualBudget.findFirstOrThrow({
            where: { year: 2022, amountKronor: { gt: 0 }, intervention: { federationId: id } },
            select: { id: true },
          });
          await prisma.budgetAdjustment.create({
            data: {
              budgetId: budget.id,
              amountKronor: 500_000,
              kind: 'OTHER',
              date: new Date('2022-02-01'),
              note: 'Test',
            },
          });
        },
        // The trend's money is on the adopted budget; an adjustment can only change which rows
        // are listed, so here the figures stay — the version must move all the same.
        false,
      ],
      [
        'a budget',
        () =>
          prisma.annualBudget.updateMany({
            where: { year: 2022, amountKronor: { gt: 0 }, intervention: { federationId: id } },
            data: { amountKronor: { increment: 100_000 } },
          }),
        true,
      ],
      [
        'an intervention',
        async () => {
          const intervention = await prisma.intervention.findFirstOrThrow({
            where: { federationId: id, kind: 'INDIVIDUAL', outcomes: { some: { year: 2022 } } },
            select: { id: true },
          });
          await prisma.intervention.update({
            where: { id: intervention.id },
            data: { kind: 'STRUCTURAL' },
          });
        },
        true,
      ],
      [
        'the flag limits',
        async () => {
          // Limits either side of the 2022 H1 kvot flip its flag.
          const { ratio, flag } = point(await overview(), '2022H1').money;
          const low = flag === 'GREEN' ? ratio! + 0.05 : ratio! - 0.05;
          await prisma.federation.update({
            where: { id },
            data: { consumptionFlagLow: low, consumptionFlagHigh: low + 0.1 },
          });
        },
        true,
      ],
    ];
    for (const [what, write, changes] of writes) {
      const before = await overview();
      const was = await version();
      await write();
      expect(await version(), what).toBeGreaterThan(was);
      const after = await overview();
      if (changes) expect(point(after, '2022H1'), what).not.toEqual(point(before, '2022H1'));
      expect(after, what).toEqual(await overviewFromScratch());
    }

    // A member's short name orders the money rows (and so the order of the sum): a rename must
    // invalidate too, even where the figures happen to stay the same.
    const was = await version();
    const member = await prisma.member.findFirstOrThrow({ where: { federationId: id } });
    await prisma.member.update({
      where: { id: member.id },
      data: { shortName: `${member.shortName} (ny)` },
    });
    expect(await version()).toBe(was + 1);
    expect(await overview()).toEqual(await overviewFromScratch());
  });

  it('a kommun’s trend is cached per member and invalidated the same way', async () => {
    const prisma = app.t.db.prisma;
    const id = await federationId();
    const member = await prisma.member.findFirstOrThrow({
      where: { federationId: id, key: 'knivsta' },
      select: { id: true },
    });
    const url = `/api/municipalities/${member.id}/dashboard?period=2024H1`;
    const read = async (): Promise<TDashboardMunicipality> =>
      (await app.board.get(url).expect(200)).body;
    const before = await read();
    expect(
      await prisma.dashboardTrendPoint.count({ where: { scope: member.id, period: '2022H1' } }),
    ).toBe(1);
    const outcome = await prisma.outcome.findFirstOrThrow({
      where: { period: '2022H1', intervention: { ownerId: member.id, kind: 'INDIVIDUAL' } },
      select: { id: true },
    });
    await prisma.outcome.update({
      where: { id: outcome.id },
      data: { amountKronor: { increment: 250_000 } },
    });
    const after = await read();
    expect(point(after, '2022H1').money.outcomeKronor).toBe(
      point(before, '2022H1').money.outcomeKronor + 250_000,
    );
    // From scratch: the Kommun answer is cached too (decision 024).
    await prisma.dashboardTrendPoint.deleteMany({});
    await prisma.dashboardAnswer.deleteMany({});
    expect(after).toEqual(await read());
  });

  it('a point stored at an older version is never served', async () => {
    const prisma = app.t.db.prisma;
    const id = await federationId();
    await overviewFromScratch();
    // A request that read the version before a write commits stores its points under the old
    // version: they must not count once the write has bumped it.
    const where = { federationId: id, scope: '', period: '2022H1' };
    await prisma.dashboardTrendPoint.updateMany({
      where,
      data: { version: { decrement: 1 }, point: await bogusPoint(where) },
    });
    const fresh = await overviewFromPoints();
    expect(point(fresh, '2022H1')).not.toHaveProperty('bogus');
    expect(fresh).toEqual(await overviewFromScratch());
  });

  it('a point stored by another revision of the calculation is never served', async () => {
    const prisma = app.t.db.prisma;
    const id = await federationId();
    await overviewFromScratch();
    // Same data version, but computed by code whose formula has since changed (a deploy).
    const where = { federationId: id, scope: '', period: '2022H1' };
    await prisma.dashboardTrendPoint.updateMany({
      where,
      data: { point: await bogusPoint(where, -1) },
    });
    const fresh = await overviewFromPoints();
    expect(point(fresh, '2022H1')).not.toHaveProperty('bogus');
    expect(fresh).toEqual(await overviewFromScratch());
  });
});
