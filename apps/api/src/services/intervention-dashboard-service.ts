import type { TPrismaClient } from '@finsam/db';
import type {
  TDashboardDeviation,
  TDashboardIntervention,
  TDashboardReport,
  TDashboardReportAnswer,
  TSessionUser,
} from '@finsam/domain';
import {
  baseQuestionKey,
  computeAdjustedBudget,
  isQuarterlyReportLate,
  listPeriodsWithData,
  parsePeriod,
  toQuarterPeriod,
} from '@finsam/domain';
import { NotFoundError } from '../http/errors.ts';
import {
  readInterventionDashboard,
  resolveInterventionScope,
  type TInterventionDeviationRow,
  type TInterventionFactsRow,
  type TInterventionReportRow,
} from '../repositories/intervention-dashboard-repository.ts';
import {
  assertMayAccessIntervention,
  maySeeDashboardDetails,
  maySeeDraftReports,
} from './access-service.ts';
import { toInterventionRef, toIsoDate, toMemberRef, toPeriodDto } from './dashboard-dto.ts';
import {
  countsForGoalStatus,
  goalStatusForPeriod,
  readAnswer,
  toGoalStatus,
} from './dashboard-goal-service.ts';
import { buildMoneyRow, indexMoney, toAdjustmentDto } from './dashboard-money-service.ts';
import {
  indexParticipants,
  toCountsDto,
  toDistributionDto,
  toOutcomeSharesDto,
} from './dashboard-participants-service.ts';
import {
  listAvailablePeriods,
  listStoredPeriods,
  resolveDashboardPeriod,
} from './dashboard-period-service.ts';

interface TQuestion {
  key: string;
  section: string | null;
  label: string;
}

/** The questions of a year's set, read defensively from its JSON column. */
function readQuestions(json: unknown): TQuestion[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { key, section, label } = item as Record<string, unknown>;
    if (typeof key !== 'string') return [];
    return [
      {
        key,
        section: typeof section === 'string' ? section : null,
        label: typeof label === 'string' ? label : key,
      },
    ];
  });
}

/** Answers in the order of the year's question set, then any answer the set does not name. */
function toAnswers(answers: unknown, questions: TQuestion[]): TDashboardReportAnswer[] {
  const keys = typeof answers === 'object' && answers !== null ? Object.keys(answers) : [];
  const known = new Set(questions.map((q) => q.key));
  const ordered = [
    ...questions.filter((q) => keys.includes(q.key)),
    ...keys
      .filter((k) => !known.has(k))
      .map((key) => {
        // An answer per goal (goalPhase__<goalId>) is labelled by its question.
        const base = questions.find((q) => q.key === baseQuestionKey(key));
        return base
          ? { key, section: base.section, label: `${base.label} (ett av målen)` }
          : { key, section: null, label: key };
      }),
  ];
  return ordered.map((question) => {
    const answer = readAnswer(answers, question.key);
    return {
      key: question.key,
      section: question.section,
      label: question.label,
      value: answer?.value ?? null,
      text: answer?.text ?? null,
    };
  });
}

function toReport(
  report: TInterventionReportRow,
  questions: TQuestion[],
  now: Date,
): TDashboardReport {
  const dueDate = toIsoDate(report.dueDate);
  const submittedAt = report.submittedAt ? report.submittedAt.toISOString() : null;
  return {
    id: report.id,
    year: report.year,
    quarter: report.quarter,
    period: toQuarterPeriod(report.year, report.quarter),
    status: report.status,
    dueDate,
    submittedAt,
    // The one lateness rule, in Swedish time (domain isQuarterlyReportLate).
    overdue: isQuarterlyReportLate({ status: report.status, dueDate, submittedAt }, now),
    answers: toAnswers(report.answers, questions),
    comment: report.comment,
    officeComment: report.officeComment,
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function toDeviation(
  deviation: TInterventionDeviationRow,
  names: Map<string, string>,
): TDashboardDeviation {
  const effect = (
    typeof deviation.requestedEffect === 'object' && deviation.requestedEffect !== null
      ? deviation.requestedEffect
      : {}
  ) as Record<string, unknown>;
  return {
    id: deviation.id,
    kind: deviation.kind,
    status: deviation.status,
    description: deviation.description,
    requestedEffect: {
      amountKronor: numberOrNull(effect.amountKronor),
      fromYear: numberOrNull(effect.fromYear),
      toYear: numberOrNull(effect.toYear),
      newStartDate: stringOrNull(effect.newStartDate),
      newEndDate: stringOrNull(effect.newEndDate),
    },
    decisionReason: deviation.decisionReason,
    decidedAt: deviation.decidedAt ? deviation.decidedAt.toISOString() : null,
    submittedAt: deviation.submittedAt.toISOString(),
    events: deviation.events.map((event) => ({
      status: event.status,
      at: event.at.toISOString(),
      comment: event.comment,
      userName: event.userId ? (names.get(event.userId) ?? null) : null,
    })),
  };
}

function toFacts(
  facts: TInterventionFactsRow,
  mayOpen: (interventionId: string) => boolean,
): TDashboardIntervention['facts'] {
  return {
    ...toInterventionRef(facts),
    kind: facts.kind,
    aim: facts.aim,
    status: facts.status,
    owner: facts.owner ? toMemberRef(facts.owner) : null,
    partners: facts.partners
      .map((p) => toMemberRef(p.member))
      .sort((a, b) => a.shortName.localeCompare(b.shortName, 'sv')),
    startDate: toIsoDate(facts.startDate),
    endDate: toIsoDate(facts.endDate),
    lastIntakeDate: facts.lastIntakeDate ? toIsoDate(facts.lastIntakeDate) : null,
    singleGenderTargetGroup: facts.singleGenderTargetGroup,
    aliases: facts.aliases
      .map((a) => a.alias)
      .filter((alias) => alias !== facts.shortName && alias !== facts.fullName),
    predecessor: facts.predecessor
      ? toInterventionRef(facts.predecessor, mayOpen(facts.predecessor.id))
      : null,
    successors: facts.successors.map((s) => toInterventionRef(s, mayOpen(s.id))),
    goals: facts.goals.map((g) => ({ level: g.level, text: g.text, target: g.target })),
    expectedParticipants: facts.expectedParticipants.map((e) => ({
      count: e.count,
      kind: e.kind,
      note: e.note,
      source: e.source,
    })),
    grants: facts.grants.map((g) => ({
      year: g.year,
      amountKronor: g.amountKronor,
      source: g.source,
    })),
  };
}

/**
 * GET /api/interventions/:id/dashboard. The whole page shows the intervention's quarterly
 * answers, deviations and detailed participant data, so it needs 'details' access: board and
 * office always, a lead only for an intervention assigned to them (403 otherwise, for the whole
 * endpoint); another förbund's intervention answers 404. DRAFT reports (answers and comments)
 * are listed only for the office and the intervention's own lead; the goal status is built from
 * submitted reports only (SUBMITTED, APPROVED, RETURNED), whoever asks.
 */
export async function getInterventionDashboard(
  prisma: TPrismaClient,
  user: TSessionUser,
  idOrKey: string,
  requestedPeriod: string | undefined,
  now: Date = new Date(),
): Promise<TDashboardIntervention> {
  const scope = await resolveInterventionScope(prisma, user.federationId, idOrKey);
  if (!scope) throw new NotFoundError('Insatsen finns inte.');
  // The statement that found it read its förbund: the access check needs no read of its own.
  assertMayAccessIntervention(user, scope, 'details');
  const { id } = scope;

  // One statement after the access check (decision 014, round 2).
  const { facts, federation, budgets, outcomes, figures, reports, deviations, ...named } =
    await readInterventionDashboard(prisma, user.federationId, id, {
      includeDrafts: maySeeDraftReports(user, id),
    });
  if (!facts || !federation) throw new NotFoundError('Insatsen finns inte.');
  const thresholds = { low: federation.consumptionFlagLow, high: federation.consumptionFlagHigh };
  const { questionSets, users } = named;
  const questionsByYear = new Map(
    questionSets.map((set) => [set.year, readQuestions(set.questions)]),
  );
  const names = new Map(users.map((u) => [u.id, u.name]));

  const stored = listStoredPeriods([...outcomes, ...figures]);
  const storedPeriods = listAvailablePeriods(stored);
  const available = listPeriodsWithData(stored);
  const range = resolveDashboardPeriod(requestedPeriod, storedPeriods);
  const money = indexMoney(budgets, outcomes);
  const participants = indexParticipants(figures);
  const ascending = [...storedPeriods].reverse();
  const moneyPeriods = listAvailablePeriods(outcomes).reverse();
  // The selected period has its money row even when no utfall is stored for exactly that period
  // (Helår 2024 from the H1 rows: year to date with what has been recorded).
  if (!moneyPeriods.includes(range.period) && range.kind !== 'MONTH')
    moneyPeriods.push(range.period);

  return {
    facts: toFacts(facts, (other) => maySeeDashboardDetails(user, other)),
    period: toPeriodDto(range, stored, available),
    availablePeriods: available,
    goalStatus: [...reports]
      .reverse()
      .filter((report) => countsForGoalStatus(report.status))
      .map(toGoalStatus),
    goalStatusNow: goalStatusForPeriod(reports, range),
    budgets: budgets.map((budget) => ({
      year: budget.year,
      originalBudgetKronor: budget.amountKronor,
      adjustedBudgetKronor: computeAdjustedBudget(
        budget.amountKronor,
        budget.adjustments.map((a) => ({ amountKronor: a.amountKronor, date: toIsoDate(a.date) })),
      ),
      adjustments: budget.adjustments.map(toAdjustmentDto),
      source: budget.source,
    })),
    money: moneyPeriods.map((period) =>
      buildMoneyRow(facts, money, parsePeriod(period), thresholds),
    ),
    thresholds,
    participants: ascending.flatMap((period) => {
      const counts = participants.counts(id, parsePeriod(period));
      if (!counts || Object.keys(counts).length === 0) return [];
      return [
        {
          period,
          counts: toCountsDto(counts),
          outcomes: toOutcomeSharesDto(counts),
          distribution: toDistributionDto(counts),
        },
      ];
    }),
    reports: reports.map((report) => toReport(report, questionsByYear.get(report.year) ?? [], now)),
    deviations: deviations.map((deviation) => toDeviation(deviation, names)),
  };
}
