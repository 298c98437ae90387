import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeAdjustedBudget } from '@finsam/domain';
import { createTestDatabase } from '../src/testing/index.ts';
import type { TTestDatabase } from '../src/testing/index.ts';
import { seedIfEmpty } from './load-seed.ts';

// The template every integration test clones was seeded by load-seed.ts: these tests check the
// figures arrived in the database as the papers print them.
let db: TTestDatabase;
beforeAll(async () => {
  db = await createTestDatabase(inject('dbTemplate'));
});
afterAll(async () => {
  await db.close();
});

const interventionId = async (key: string) =>
  (await db.prisma.intervention.findFirstOrThrow({ where: { key }, select: { id: true } })).id;

describe('the seeded database', () => {
  it('holds Samordningsförbundet Uppsala län with its 11 members and 90 % / 110 % flags', async () => {
    const federation = await db.prisma.federation.findFirstOrThrow({
      select: {
        name: true,
        consumptionFlagLow: true,
        consumptionFlagHigh: true,
        _count: { select: { members: true } },
      },
    });
    expect(federation).toEqual({
      name: 'Samordningsförbundet Uppsala län',
      consumptionFlagLow: 0.9,
      consumptionFlagHigh: 1.1,
      _count: { members: 11 },
    });
  });

  it('keeps the adopted and the adjusted budget apart (RegExPro 2024: 1 245 → 1 345 TSEK)', async () => {
    const budget = await db.prisma.annualBudget.findUniqueOrThrow({
      where: {
        interventionId_year: { interventionId: await interventionId('regexpro'), year: 2024 },
      },
      select: { amountKronor: true, adjustments: { select: { amountKronor: true, kind: true } } },
    });
    expect(budget.amountKronor).toBe(1_245_000);
    expect(computeAdjustedBudget(budget.amountKronor, budget.adjustments)).toBe(1_345_000);
  });

  it('applies the 2022 carry-over to the budget the 2021-09 plan adopted (RegExPro half-year 767)', async () => {
    const budget = await db.prisma.annualBudget.findUniqueOrThrow({
      where: {
        interventionId_year: { interventionId: await interventionId('regexpro'), year: 2022 },
      },
      select: { amountKronor: true, adjustments: { select: { amountKronor: true, note: true } } },
    });
    expect(budget.adjustments.map((a) => a.note)).toContain('har medel överf från 2021');
    expect(
      Math.round(computeAdjustedBudget(budget.amountKronor, budget.adjustments) / 2 / 1000),
    ).toBe(767);
  });

  it('has the exact kronor utfall of Not 2 (Lokussamordnare Uppsala 2024 H1: 198 647 kr)', async () => {
    const outcome = await db.prisma.outcome.findUniqueOrThrow({
      where: {
        interventionId_period: {
          interventionId: await interventionId('lokussamordnare-uppsala'),
          period: '2024H1',
        },
      },
      select: { amountKronor: true, year: true, startMonth: true, endMonth: true },
    });
    expect(outcome).toEqual({ amountKronor: 198_647, year: 2024, startMonth: 1, endMonth: 6 });
  });

  it('sums Tabell 6 of 2024 H1 to the printed totals (registered 173 K + 89 M = 262)', async () => {
    const rows = await db.prisma.participantFigure.groupBy({
      by: ['measure', 'gender'],
      where: { period: '2024H1', interventionId: { not: null } },
      _sum: { count: true },
    });
    const sum = (measure: string, gender: string) =>
      rows.find((r) => r.measure === measure && r.gender === gender)?._sum.count;
    expect([sum('REGISTERED', 'WOMEN'), sum('REGISTERED', 'MEN')]).toEqual([173, 89]);
    expect([sum('ENDED', 'WOMEN'), sum('ENDED', 'MEN')]).toEqual([50, 77]);
    expect([sum('ONGOING', 'WOMEN'), sum('ONGOING', 'MEN')]).toEqual([266, 146]);
    expect([
      sum('ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', 'WOMEN'),
      sum('ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', 'MEN'),
    ]).toEqual([25, 52]);
  });

  it('links an intervention to the phase it continues (Framsteget 2.0 → Framsteget)', async () => {
    const row = await db.prisma.intervention.findFirstOrThrow({
      where: { key: 'framsteget-2' },
      select: { predecessor: { select: { key: true } } },
    });
    expect(row.predecessor?.key).toBe('framsteget');
  });

  it('creates the five demo accounts with hashed passwords, each lead assigned to their own intervention', async () => {
    const users = await db.prisma.user.findMany({
      orderBy: { email: 'asc' },
      select: {
        email: true,
        role: true,
        passwordHash: true,
        assignments: { select: { intervention: { select: { key: true } } } },
      },
    });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['admin@demo.se', 'ADMIN'],
      ['kansli@demo.se', 'OFFICE'],
      ['knivsta@demo.se', 'LEAD'],
      ['lokus@demo.se', 'LEAD'],
      ['styrelse@demo.se', 'BOARD'],
    ]);
    for (const user of users) expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(users[2]!.assignments.map((a) => a.intervention.key)).toEqual([
      'en-vag-in-steget-vidare',
    ]);
    expect(users[3]!.assignments.map((a) => a.intervention.key)).toEqual([
      'lokussamordnare-uppsala',
    ]);
  });

  it('seeds only once: a second call on a seeded database changes nothing', async () => {
    const before = await db.prisma.intervention.count();
    expect(await seedIfEmpty(db.prisma, { demoUsers: true })).toBe(false);
    expect(await db.prisma.intervention.count()).toBe(before);
  });
});
