import { randomUUID } from 'node:crypto';
import { computeReportDueDate, parsePeriod } from '@finsam/domain';
import type { Prisma, PrismaClient } from '../generated/client/client.ts';
import { federation } from './fixtures/federation.ts';
import { interventions as mainInterventions } from './fixtures/interventions.ts';
import { populations } from './fixtures/populations.ts';
import type { TBudgetFixture, TInterventionFixture, TSeedPaper } from './fixtures/types.ts';
import { seedPapers } from './papers.ts';
import { hashPassword } from '@finsam/passwords';

type Tx = Prisma.TransactionClient;

export interface TSeedOptions {
  /** Demo accounts (password demo1234). Never in production. */
  demoUsers: boolean;
}

/**
 * The demo accounts of the README; `knivsta@demo.se` leads En väg in – steget vidare (individinsats),
 * `lokus@demo.se` Lokussamordnare Uppsala (strukturinsats).
 */
export const DEMO_USERS = [
  { email: 'kansli@demo.se', name: 'Kajsa Kansli', role: 'OFFICE', interventions: [] },
  { email: 'styrelse@demo.se', name: 'Stina Styrelse', role: 'BOARD', interventions: [] },
  {
    email: 'knivsta@demo.se',
    name: 'Karin Knivsta',
    role: 'LEAD',
    interventions: ['en-vag-in-steget-vidare'],
  },
  // A lead of a strukturinsats (no participants; "–" on kontroll av målgrupp; ends 2024-12-31,
  // so its Q4 2024 report is a slutrapport).
  {
    email: 'lokus@demo.se',
    name: 'Lars Lokus',
    role: 'LEAD',
    interventions: ['lokussamordnare-uppsala'],
  },
  { email: 'admin@demo.se', name: 'Adam Admin', role: 'ADMIN', interventions: [] },
] as const;
export const DEMO_PASSWORD = 'demo1234';

const date = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Loads the seed papers into an empty database, all in one transaction: either everything is
 * there afterwards or nothing is. Returns false when a förbund already exists (seeded before, or
 * by another API process starting at the same moment).
 */
export async function seedIfEmpty(prisma: PrismaClient, options: TSeedOptions): Promise<boolean> {
  if ((await prisma.federation.count()) > 0) return false;
  if (options.demoUsers && process.env.NODE_ENV === 'production') {
    throw new Error('Demo accounts are never created when NODE_ENV=production.');
  }
  // Hash outside the transaction: argon2 is slow on purpose and PGlite serialises transactions.
  const passwordHash = options.demoUsers ? await hashPassword(DEMO_PASSWORD) : null;
  try {
    await prisma.$transaction((tx) => loadAll(tx, passwordHash), {
      timeout: 120_000,
      maxWait: 20_000,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return false; // another process won the race
    throw error;
  }
  return true;
}

async function loadAll(tx: Tx, demoPasswordHash: string | null): Promise<void> {
  const federationId = randomUUID();
  await tx.federation.create({
    data: {
      id: federationId,
      key: federation.key,
      name: federation.name,
      orgNumber: federation.orgNumber ?? null,
      consumptionFlagLow: federation.consumptionFlags.low,
      consumptionFlagHigh: federation.consumptionFlags.high,
    },
  });

  const memberIds = new Map<string, string>();
  for (const member of federation.members) memberIds.set(member.key, randomUUID());
  await tx.member.createMany({
    data: federation.members.map((member) => ({
      id: memberIds.get(member.key)!,
      federationId,
      key: member.key,
      name: member.name,
      shortName: member.shortName,
      kind: member.kind,
    })),
  });
  const memberId = (key: string) => {
    const id = memberIds.get(key);
    if (!id) throw new Error(`Seed: unknown member key "${key}"`);
    return id;
  };
  const populationRows = Object.entries(populations).flatMap(([key, rows]) =>
    rows.map((row) => ({
      memberId: memberId(key),
      date: date(row.date),
      population: row.population,
      source: row.source,
    })),
  );
  await tx.memberPopulation.createMany({ data: populationRows });

  const interventionIds = await loadInterventions(tx, federationId, memberId);
  const interventionId = (key: string) => {
    const id = interventionIds.get(key);
    if (!id) throw new Error(`Seed: unknown intervention key "${key}"`);
    return id;
  };

  // A budget for the same intervention and year in two papers: the newer paper's is the adopted
  // one (the 2021-09 plan's 2022 column was preliminary; the 2022 PM prints the adopted budget).
  const newestBudgets = new Map<string, TBudgetFixture>();
  for (const paper of seedPapers) {
    for (const budget of paper.budgets ?? [])
      newestBudgets.set(`${budget.interventionKey}/${budget.year}`, budget);
  }
  await loadBudgets(tx, [...newestBudgets.values()], interventionId);
  for (const paper of seedPapers) await loadBudgetAdjustments(tx, paper, interventionId);
  for (const paper of seedPapers)
    await loadPaper(tx, federationId, paper, memberId, interventionId);

  if (demoPasswordHash) {
    for (const user of DEMO_USERS) {
      const id = randomUUID();
      await tx.user.create({
        data: {
          id,
          federationId,
          email: user.email,
          name: user.name,
          role: user.role,
          passwordHash: demoPasswordHash,
        },
      });
      if (user.interventions.length > 0) {
        await tx.interventionAssignment.createMany({
          data: user.interventions.map((key) => ({
            userId: id,
            interventionId: interventionId(key),
          })),
        });
      }
    }
  }
}

/** Every intervention of every paper, then the links between them (predecessors need both ends). */
async function loadInterventions(
  tx: Tx,
  federationId: string,
  memberId: (key: string) => string,
): Promise<Map<string, string>> {
  const all: TInterventionFixture[] = [
    ...mainInterventions,
    ...seedPapers.flatMap((paper) => paper.interventions ?? []),
  ];
  const ids = new Map<string, string>();
  for (const intervention of all) {
    if (ids.has(intervention.key))
      throw new Error(`Seed: intervention "${intervention.key}" twice`);
    ids.set(intervention.key, randomUUID());
  }
  await tx.intervention.createMany({
    data: all.map((i) => ({
      id: ids.get(i.key)!,
      federationId,
      key: i.key,
      fullName: i.fullName,
      shortName: i.shortName,
      ownerId: i.ownerKey === '' ? null : memberId(i.ownerKey),
      kind: i.kind,
      aim: i.aim ?? null,
      status: i.status,
      startDate: date(i.startDate),
      endDate: date(i.endDate),
      lastIntakeDate: i.lastIntakeDate ? date(i.lastIntakeDate) : null,
      singleGenderTargetGroup: i.singleGenderTargetGroup ?? false,
      source: i.source,
    })),
  });
  for (const i of all) {
    if (!i.predecessorKey) continue;
    const predecessorId = ids.get(i.predecessorKey);
    if (!predecessorId) throw new Error(`Seed: unknown predecessor "${i.predecessorKey}"`);
    await tx.intervention.update({ where: { id: ids.get(i.key)! }, data: { predecessorId } });
  }
  const aliasRows = new Map<
    string,
    { federationId: string; interventionId: string; alias: string }
  >();
  for (const i of all) {
    for (const alias of new Set([i.shortName, i.fullName, ...i.aliases])) {
      // A name shared by two interventions (two "Lokussamordnare") cannot identify either.
      if (aliasRows.has(alias)) {
        if (aliasRows.get(alias)!.interventionId !== ids.get(i.key)) aliasRows.delete(alias);
        continue;
      }
      aliasRows.set(alias, { federationId, interventionId: ids.get(i.key)!, alias });
    }
  }
  await tx.interventionAlias.createMany({ data: [...aliasRows.values()] });
  await tx.interventionPartner.createMany({
    data: all.flatMap((i) =>
      i.partnerKeys.map((key) => ({ interventionId: ids.get(i.key)!, memberId: memberId(key) })),
    ),
  });
  await loadInterventionDetails(
    tx,
    all.map((i) => ({ ...i, interventionKey: i.key })),
    ids,
  );
  return ids;
}

type TDetails = Pick<TInterventionFixture, 'goals' | 'expectedParticipants' | 'grants'> & {
  interventionKey: string;
  appliedBudgets?: {
    year: number;
    amountKronor: number;
    coFinancingKronor?: number;
    source: string;
  }[];
};

async function loadInterventionDetails(tx: Tx, details: TDetails[], ids: Map<string, string>) {
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Seed: unknown intervention key "${key}"`);
    return id;
  };
  await tx.goal.createMany({
    data: details.flatMap((d) =>
      (d.goals ?? []).map((goal, index) => ({
        interventionId: idOf(d.interventionKey),
        level: goal.level,
        text: goal.text,
        target: goal.target ?? null,
        sortOrder: index,
      })),
    ),
  });
  await tx.expectedParticipants.createMany({
    data: details.flatMap((d) =>
      (d.expectedParticipants ?? []).map((e) => ({
        interventionId: idOf(d.interventionKey),
        count: e.count,
        kind: e.kind,
        note: e.note ?? null,
        source: e.source,
      })),
    ),
  });
  await tx.grant.createMany({
    data: details.flatMap((d) =>
      (d.grants ?? []).map((g) => ({
        interventionId: idOf(d.interventionKey),
        year: g.year,
        amountKronor: g.amountKronor,
        source: g.source,
      })),
    ),
    skipDuplicates: true,
  });
  await tx.appliedBudget.createMany({
    data: details.flatMap((d) =>
      (d.appliedBudgets ?? []).map((b) => ({
        interventionId: idOf(d.interventionKey),
        year: b.year,
        amountKronor: b.amountKronor,
        coFinancingKronor: b.coFinancingKronor ?? null,
        source: b.source,
      })),
    ),
    skipDuplicates: true,
  });
}

async function loadPaper(
  tx: Tx,
  federationId: string,
  paper: TSeedPaper,
  memberId: (key: string) => string,
  interventionId: (key: string) => string,
): Promise<void> {
  const ids = new Map<string, string>();
  for (const d of paper.interventionDetails ?? [])
    ids.set(d.interventionKey, interventionId(d.interventionKey));
  await loadInterventionDetails(tx, paper.interventionDetails ?? [], ids);

  await tx.outcome.createMany({
    data: (paper.outcomes ?? []).map((o) => {
      const range = parsePeriod(o.period);
      return {
        interventionId: interventionId(o.interventionKey),
        period: range.period,
        year: range.year,
        startMonth: range.startMonth,
        endMonth: range.endMonth,
        amountKronor: o.amountKronor,
        estimated: o.estimated ?? false,
        note: o.note ?? null,
        source: o.source,
      };
    }),
  });

  for (const set of paper.questionSets ?? []) {
    await tx.reportQuestionSet.create({
      data: {
        federationId,
        year: set.year,
        questions: set.questions as unknown as Prisma.InputJsonValue,
        source: set.source,
      },
    });
  }

  await tx.quarterlyReport.createMany({
    data: (paper.reports ?? []).map((r) => ({
      interventionId: interventionId(r.interventionKey),
      year: r.year,
      quarter: r.quarter,
      // Reports behind a board PM were received and reviewed by the office.
      status: 'APPROVED' as const,
      dueDate: date(computeReportDueDate(r.year, r.quarter)),
      answers: r.answers as Prisma.InputJsonValue,
      comment: r.comment ?? null,
      source: r.source,
    })),
  });

  const participantRows = (paper.participants ?? []).flatMap((p) => {
    const range = parsePeriod(p.period);
    const base = {
      federationId,
      interventionId: p.interventionKey === null ? null : interventionId(p.interventionKey),
      period: range.period,
      year: range.year,
      startMonth: range.startMonth,
      endMonth: range.endMonth,
      measure: p.measure,
      source: p.source,
      note: p.note ?? null,
    };
    return (
      [
        ['WOMEN', p.women],
        ['MEN', p.men],
        ['UNSPECIFIED', p.unspecified],
      ] as const
    )
      .filter(([, count]) => count !== undefined)
      .map(([gender, count]) => ({ ...base, gender, count: count! }));
  });
  await tx.participantFigure.createMany({ data: participantRows });

  const endReasonRows = (paper.endReasons ?? []).flatMap((e) => {
    const range = parsePeriod(e.period);
    const base = {
      federationId,
      interventionId: e.interventionKey === null ? null : interventionId(e.interventionKey),
      period: range.period,
      year: range.year,
      reason: e.reason,
      source: e.source,
    };
    return (
      [
        ['WOMEN', e.women],
        ['MEN', e.men],
        ['UNSPECIFIED', e.unspecified],
      ] as const
    )
      .filter(([, count]) => count !== undefined)
      .map(([gender, count]) => ({ ...base, gender, count: count! }));
  });
  await tx.endReasonFigure.createMany({ data: endReasonRows });

  for (const plan of paper.economicPlans ?? []) {
    const planId = randomUUID();
    await tx.economicPlan.create({
      data: {
        id: planId,
        federationId,
        key: plan.key,
        title: plan.title,
        asOfDate: date(plan.asOfDate),
        openingSurplusKronor: plan.openingSurplusKronor,
        openingSurplusNote: plan.openingSurplusNote ?? null,
        reserveFundKronor: plan.reserveFundKronor ?? null,
        printed: plan.printed as Prisma.InputJsonValue,
        source: plan.source,
      },
    });
    const columnIds = new Map(plan.columns.map((c) => [c.key, randomUUID()]));
    await tx.planColumn.createMany({
      data: plan.columns.map((c, index) => ({
        id: columnIds.get(c.key)!,
        planId,
        key: c.key,
        year: c.year,
        kind: c.kind,
        label: c.label,
        sortOrder: index,
      })),
    });
    const lineIds = plan.lines.map(() => randomUUID());
    await tx.planLine.createMany({
      data: plan.lines.map((line, index) => ({
        id: lineIds[index]!,
        planId,
        category: line.category,
        label: line.label,
        interventionId: line.interventionKey ? interventionId(line.interventionKey) : null,
        ownerLabel: line.ownerKey
          ? (federation.members.find((m) => m.key === line.ownerKey)?.shortName ?? line.ownerKey)
          : null,
        sortOrder: index,
      })),
    });
    await tx.planAmount.createMany({
      data: plan.lines.flatMap((line, index) =>
        Object.entries(line.amounts)
          .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined)
          .map(([columnKey, amountKronor]) => {
            const columnId = columnIds.get(columnKey);
            if (!columnId) throw new Error(`Seed: plan ${plan.key} has no column "${columnKey}"`);
            return { lineId: lineIds[index]!, columnId, amountKronor };
          }),
      ),
    });
  }

  for (const fee of paper.memberFees ?? []) {
    const feeYearId = randomUUID();
    await tx.memberFeeYear.create({
      data: {
        id: feeYearId,
        federationId,
        year: fee.year,
        totalKronor: fee.totalKronor,
        populationDate: date(fee.populationDate),
        source: fee.source,
      },
    });
    await tx.memberFee.createMany({
      data: Object.entries(fee.printed).map(([key, amountKronor]) => ({
        feeYearId,
        memberId: memberId(key),
        amountKronor,
      })),
    });
  }

  await tx.federationTarget.createMany({
    data: (paper.targets ?? []).map((t) => ({
      federationId,
      year: t.year,
      metric: t.metric,
      comparison: t.comparison,
      value: t.value,
      label: t.label,
      source: t.source,
    })),
  });

  await tx.federationMetric.createMany({
    data: (paper.federationMetrics ?? []).map((m) => ({
      federationId,
      period: parsePeriod(m.period).period,
      year: parsePeriod(m.period).year,
      metric: m.metric,
      value: m.value,
      source: m.source,
      note: m.note ?? null,
    })),
  });

  await tx.knownDiscrepancy.createMany({
    data: (paper.knownDiscrepancies ?? []).map((text) => ({
      federationId,
      paperKey: paper.key,
      text,
    })),
  });
}

async function loadBudgets(
  tx: Tx,
  budgets: TBudgetFixture[],
  interventionId: (key: string) => string,
) {
  for (const budget of budgets) {
    const id = randomUUID();
    await tx.annualBudget.create({
      data: {
        id,
        interventionId: interventionId(budget.interventionKey),
        year: budget.year,
        amountKronor: budget.amountKronor,
        source: budget.source,
      },
    });
    await tx.budgetAdjustment.createMany({
      data: budget.adjustments.map((a) => ({
        budgetId: id,
        amountKronor: a.amountKronor,
        kind: a.kind,
        date: date(a.date),
        note: a.note,
        source: a.source,
      })),
    });
  }
}

/** Changes a newer paper approves to a budget an older paper adopted (2022 carry-overs). */
async function loadBudgetAdjustments(
  tx: Tx,
  paper: TSeedPaper,
  interventionId: (key: string) => string,
) {
  for (const { interventionKey, year, adjustment } of paper.budgetAdjustments ?? []) {
    const budget = await tx.annualBudget.findUnique({
      where: { interventionId_year: { interventionId: interventionId(interventionKey), year } },
      select: { id: true },
    });
    if (!budget) throw new Error(`Seed: no ${year} budget of "${interventionKey}" to adjust`);
    await tx.budgetAdjustment.create({
      data: {
        budgetId: budget.id,
        amountKronor: adjustment.amountKronor,
        kind: adjustment.kind,
        date: date(adjustment.date),
        note: adjustment.note,
        source: adjustment.source,
      },
    });
  }
}
