import type { TPlanColumnKind, TPlanLineCategory } from '../schemas/index.ts';

/** A column of the economic plan ("Budget 2024", "Prognos 2024", "Prel 2025" …). */
export interface TBudgetHeadroomColumnInput {
  key: string;
  year: number;
  kind: TPlanColumnKind;
}

/**
 * A line of the economic plan. `amounts` maps column key → whole kronor; a missing or null cell
 * is empty (0). Costs are positive, as printed; "prognostiserade ej nyttjade medel"
 * (UNUSED_FUNDS_FORECAST) is negative, as printed (−1 300 000).
 */
export interface TBudgetHeadroomLineInput {
  category: TPlanLineCategory;
  label?: string;
  amounts: Readonly<Record<string, number | null | undefined>>;
}

/** Input of `computeBudgetHeadroom` (structurally compatible with the seed's economic-plan fixture). */
export interface TBudgetHeadroomPlanInput {
  /**
   * "Över- underskott från tidigare år" that the first year opens with, in kronor, reservfond
   * excluded (2024: balanserat resultat 6 359 764 kr, not equity incl. the 1 000 tkr reservfond).
   */
  openingSurplusKronor: number;
  /** In display order; results come back in the same order. */
  columns: readonly TBudgetHeadroomColumnInput[];
  lines: readonly TBudgetHeadroomLineInput[];
}

/** One computed column, all in unrounded whole kronor. */
export interface TBudgetHeadroomColumn {
  key: string;
  year: number;
  kind: TPlanColumnKind;
  memberFeesKronor: number;
  /** ESF and other income. */
  otherIncomeKronor: number;
  /** S:a intäkter. */
  incomeKronor: number;
  electedOfficialsKronor: number;
  administrationKronor: number;
  administrationEsfKronor: number;
  /** "S:a samverkansinsats": Σ intervention lines incl. the negative unused-funds forecast. */
  interventionsKronor: number;
  /** "S:a övriga samverkansinsatser". */
  otherCooperationKronor: number;
  /** The printed "Samverkansinsatser" cost line = the two sums above. */
  cooperationKronor: number;
  /** S:a kostnader. */
  costsKronor: number;
  /** Årets (beräknade) resultat = intäkter − kostnader. */
  yearResultKronor: number;
  /** Över- underskott från tidigare år. */
  openingSurplusKronor: number;
  /** Key of the column this one opened from; null for the plan's own opening surplus. */
  openedFromKey: string | null;
  /** "Totalt ingående beslutsutrymme" (2021 paper) = medlemsavgifter + överskott från tidigare år. */
  totalOpeningHeadroomKronor: number;
  /** Kvarvarande beslutsutrymme (före föreslagna ansökningar) = opening + årets resultat. */
  remainingHeadroomKronor: number;
  /** "S:a ny ansökning" of this column; null when the plan has no pending applications. */
  pendingApplicationsKronor: number | null;
  /** "Beslutsutrymme efter föreslagna ansökningar"; null when the plan has none pending. */
  remainingHeadroomAfterApplicationsKronor: number | null;
  /** What the following year opens from: the "efter" value when applications are pending. */
  closingHeadroomKronor: number;
}

/** Result of `computeBudgetHeadroom`. */
export interface TBudgetHeadroom {
  /** Whether "före / efter föreslagna ansökningar" rows apply (some application is pending). */
  hasPendingApplications: boolean;
  columns: TBudgetHeadroomColumn[];
}

// A year's actual outcome beats its prognosis, which beats the budget (DOMAIN.md §4).
const OPENING_SOURCE_PRIORITY: readonly TPlanColumnKind[] = [
  'OUTCOME',
  'PROGNOSIS',
  'BUDGET',
  'PRELIMINARY',
];

const INCOME_CATEGORIES: readonly TPlanLineCategory[] = ['ESF_INCOME', 'OTHER_INCOME'];
const INTERVENTION_CATEGORIES: readonly TPlanLineCategory[] = [
  'INTERVENTION',
  'UNUSED_FUNDS_FORECAST',
];

/**
 * Beslutsutrymme (budgetHeadroom) of the förbund's multi-year plan, per column:
 * intäkter = medlemsavgifter + ESF and other income;
 * kostnader = förtroendevalda + förvaltning + förvaltning ESF + samverkansinsatser, where
 * samverkansinsatser = Σ INTERVENTION and UNUSED_FUNDS_FORECAST lines + Σ OTHER_COOPERATION lines
 * (each line counted once; the printed sub-totals are outputs, never inputs);
 * årets resultat = intäkter − kostnader; kvarvarande = överskott från tidigare år + årets resultat.
 *
 * Opening: a column of the plan's first year opens from `openingSurplusKronor`. A later year
 * opens from the closing value of the nearest earlier year's column, chosen OUTCOME, else
 * PROGNOSIS, else BUDGET, else PRELIMINARY (so 2025 opens from "Prognos 2024", not "Budget 2024").
 * Both columns of one year (Budget 2024, Prognos 2024) open from the same value.
 *
 * Pending applications (PENDING_APPLICATION lines, not yet granted) change nothing unless one has a
 * non-zero amount; then every column gets "före / efter föreslagna ansökningar" and later years
 * open from the "efter" value. The reservfond is never an input and never counted.
 * All amounts stay in unrounded kronor: round each displayed cell on its own (`formatTsek`), which
 * is why a printed cell can differ by 1 from the sum of printed cells (2021-09: 142, not 143).
 *
 * @throws RangeError for a duplicate column key, two columns of the same year and kind, or a line
 *   amount for a column that does not exist.
 */
export function computeBudgetHeadroom(plan: TBudgetHeadroomPlanInput): TBudgetHeadroom {
  const columnKeys = new Set<string>();
  const yearKinds = new Set<string>();
  for (const column of plan.columns) {
    if (columnKeys.has(column.key))
      throw new RangeError(`Kolumnen "${column.key}" finns två gånger.`);
    if (yearKinds.has(`${column.year}:${column.kind}`)) {
      throw new RangeError(`Två kolumner av slaget ${column.kind} för år ${column.year}.`);
    }
    columnKeys.add(column.key);
    yearKinds.add(`${column.year}:${column.kind}`);
  }
  for (const line of plan.lines) {
    for (const key of Object.keys(line.amounts)) {
      if (!columnKeys.has(key))
        throw new RangeError(
          `Raden "${line.label ?? line.category}" har ett belopp för okänd kolumn "${key}".`,
        );
    }
  }

  const sum = (columnKey: string, categories: readonly TPlanLineCategory[]): number =>
    plan.lines
      .filter((line) => categories.includes(line.category))
      .reduce((total, line) => total + (line.amounts[columnKey] ?? 0), 0);

  const hasPendingApplications = plan.lines.some(
    (line) =>
      line.category === 'PENDING_APPLICATION' &&
      Object.values(line.amounts).some((amount) => !!amount),
  );

  const byKey = new Map<string, TBudgetHeadroomColumn>();
  const inYearOrder = [...plan.columns].sort((a, b) => a.year - b.year);
  for (const column of inYearOrder) {
    const source = openingSource(column, plan.columns);
    const sourceResult = source === null ? undefined : byKey.get(source.key);
    const openingSurplusKronor = sourceResult?.closingHeadroomKronor ?? plan.openingSurplusKronor;

    const memberFeesKronor = sum(column.key, ['MEMBER_FEES']);
    const otherIncomeKronor = sum(column.key, INCOME_CATEGORIES);
    const incomeKronor = memberFeesKronor + otherIncomeKronor;
    const electedOfficialsKronor = sum(column.key, ['ELECTED_OFFICIALS']);
    const administrationKronor = sum(column.key, ['ADMINISTRATION']);
    const administrationEsfKronor = sum(column.key, ['ADMINISTRATION_ESF']);
    const interventionsKronor = sum(column.key, INTERVENTION_CATEGORIES);
    const otherCooperationKronor = sum(column.key, ['OTHER_COOPERATION']);
    const cooperationKronor = interventionsKronor + otherCooperationKronor;
    const costsKronor =
      electedOfficialsKronor + administrationKronor + administrationEsfKronor + cooperationKronor;
    const yearResultKronor = incomeKronor - costsKronor;
    const remainingHeadroomKronor = openingSurplusKronor + yearResultKronor;
    const pendingApplicationsKronor = hasPendingApplications
      ? sum(column.key, ['PENDING_APPLICATION'])
      : null;
    const remainingHeadroomAfterApplicationsKronor =
      pendingApplicationsKronor === null
        ? null
        : remainingHeadroomKronor - pendingApplicationsKronor;

    byKey.set(column.key, {
      key: column.key,
      year: column.year,
      kind: column.kind,
      memberFeesKronor,
      otherIncomeKronor,
      incomeKronor,
      electedOfficialsKronor,
      administrationKronor,
      administrationEsfKronor,
      interventionsKronor,
      otherCooperationKronor,
      cooperationKronor,
      costsKronor,
      yearResultKronor,
      openingSurplusKronor,
      openedFromKey: sourceResult ? sourceResult.key : null,
      totalOpeningHeadroomKronor: memberFeesKronor + openingSurplusKronor,
      remainingHeadroomKronor,
      pendingApplicationsKronor,
      remainingHeadroomAfterApplicationsKronor,
      closingHeadroomKronor: remainingHeadroomAfterApplicationsKronor ?? remainingHeadroomKronor,
    });
  }

  return {
    hasPendingApplications,
    // Every column was computed in the loop above, so the lookup cannot miss.
    columns: plan.columns.map((column) => byKey.get(column.key) as TBudgetHeadroomColumn),
  };
}

function openingSource(
  column: TBudgetHeadroomColumnInput,
  columns: readonly TBudgetHeadroomColumnInput[],
): TBudgetHeadroomColumnInput | null {
  const earlierYears = columns.filter((c) => c.year < column.year).map((c) => c.year);
  if (earlierYears.length === 0) return null;
  const previousYear = Math.max(...earlierYears);
  for (const kind of OPENING_SOURCE_PRIORITY) {
    const found = columns.find((c) => c.year === previousYear && c.kind === kind);
    if (found) return found;
  }
  return null;
}
