import type {
  TDashboardFigureSource,
  TDashboardInterventionSummary,
  TDashboardMoney,
  TDashboardParticipants,
  TTargetMetric,
} from '../schemas/index.ts';
import { computeShare } from './compute-share.ts';

/** What a förbund target (förbundets mål) is measured on: the shown period's figures. */
export interface TTargetMeasureInputs {
  participants: Pick<TDashboardParticipants, 'totals' | 'sources' | 'rows'>;
  money: Pick<TDashboardMoney, 'rows' | 'otherCooperationRows'>;
  interventions: readonly Pick<
    TDashboardInterventionSummary,
    'activeInPeriod' | 'kind' | 'goalStatus'
  >[];
  /** Förbund-level results of the shown period reported without counts (FederationMetric). */
  federationMetrics: readonly { metric: TTargetMetric; value: number; note: string | null }[];
}

/** A target's measured value, with the part and whole of a share and where it comes from. */
export interface TTargetMeasure {
  actual: number | null;
  part: number | null;
  whole: number | null;
  source: TDashboardFigureSource;
  note: string;
}

const none = (note: string): TTargetMeasure => ({
  actual: null,
  part: null,
  whole: null,
  source: 'NONE',
  note,
});

function share(
  part: number | null,
  whole: number | null,
  source: TDashboardFigureSource,
  note: string,
): TTargetMeasure {
  const actual = computeShare(part, whole);
  return { actual, part, whole, source: actual === null ? 'NONE' : source, note };
}

function fromCounts(metric: TTargetMetric, inputs: TTargetMeasureInputs): TTargetMeasure {
  const { participants, money } = inputs;
  switch (metric) {
    case 'SHARE_TO_WORK_OR_STUDIES': {
      const fromFederation = [
        participants.sources.endedToWorkOrStudies,
        participants.sources.ended,
      ].includes('FEDERATION_FIGURE');
      return share(
        participants.totals.endedToWorkOrStudies.total,
        participants.totals.ended.total,
        fromFederation ? 'FEDERATION_FIGURE' : 'INTERVENTION_ROWS',
        'Avslutade till arbete och/eller studier ÷ avslutade under perioden, mätt över alla individinsatser.',
      );
    }
    case 'SHARE_WITH_REHABILITATION_PLAN': {
      const rows = participants.rows.filter(
        (row) =>
          row.aim === 'PRE_REHABILITATION' && row.counts.endedWithRehabilitationPlan.total !== null,
      );
      if (rows.length > 0) {
        const sum = (pick: (row: (typeof rows)[number]) => number | null) =>
          rows.reduce((s, row) => s + (pick(row) ?? 0), 0);
        return share(
          sum((row) => row.counts.endedWithRehabilitationPlan.total),
          sum((row) => row.counts.ended.total),
          'INTERVENTION_ROWS',
          'Avslutade med plan för vidare rehabilitering ÷ avslutade, i förrehabiliterande insatser.',
        );
      }
      if (participants.sources.endedWithRehabilitationPlan === 'FEDERATION_FIGURE') {
        return share(
          participants.totals.endedWithRehabilitationPlan.total,
          participants.totals.ended.total,
          'FEDERATION_FIGURE',
          'Förbundets samlade uppgift om plan för vidare rehabilitering ÷ alla avslutade.',
        );
      }
      return none('Uppgift om plan för vidare rehabilitering saknas för perioden.');
    }
    case 'SHARE_STRUCTURAL_GOALS_MET': {
      const answered = inputs.interventions.filter(
        (i) => i.activeInPeriod && i.kind === 'STRUCTURAL' && i.goalStatus?.colour,
      );
      const met = answered.filter((i) => i.goalStatus?.colour === 'GREEN').length;
      return share(
        met,
        answered.length,
        'REPORT_ANSWERS',
        'Strukturinsatser som ligger i fas (svar Ja) enligt periodens sista kvartalsrapport ÷ strukturinsatser med svar.',
      );
    }
    case 'COMPETENCE_ACTIVITIES':
      return none('Antal kompetenshöjande aktiviteter under perioden saknas.');
    case 'SHARE_OF_FUNDS_INDIVIDUAL':
    case 'SHARE_OF_FUNDS_STRUCTURAL':
    case 'SHARE_OF_FUNDS_COMPETENCE': {
      // Utfall within the period's own months (2019 H2: Jul–Dec, stored for every row; the
      // year-to-date figure is recorded for only two of them). Equal to year to date from January.
      const all = [...money.rows, ...money.otherCooperationRows];
      const spent = (row: (typeof all)[number]) =>
        row.periodOutcomeKronor ?? row.outcomeKronor ?? 0;
      const whole = all.reduce((s, row) => s + spent(row), 0);
      const kind =
        metric === 'SHARE_OF_FUNDS_INDIVIDUAL'
          ? 'INDIVIDUAL'
          : metric === 'SHARE_OF_FUNDS_STRUCTURAL'
            ? 'STRUCTURAL'
            : 'OTHER_COOPERATION';
      const part = all.filter((row) => row.kind === kind).reduce((s, row) => s + spent(row), 0);
      return share(
        part,
        whole,
        'INTERVENTION_ROWS',
        kind === 'OTHER_COOPERATION'
          ? 'Utfall under perioden för övriga samverkansinsatser ÷ utfall för alla samverkansinsatser.'
          : 'Utfall under perioden för insatser av slaget ÷ utfall för alla samverkansinsatser.',
      );
    }
  }
}

/**
 * Measures one förbund target for a period (DOMAIN.md §4, Förbundets mål) — the inputs of
 * `evaluateTarget`:
 * - to work/studies: avslutade till arbete och/eller studier ÷ avslutade in the period, over ALL
 *   individinsatser, as the 2024 paper measures it (59 of 127 → 46 %);
 * - rehab plan: Σ "plan för vidare rehabilitering" ÷ Σ avslutade of the förrehabiliterande
 *   insatser; a förbund-level figure ÷ all avslutade where only that is given;
 * - structural goals: strukturinsatser running in the period whose last report says "Ja" (in
 *   phase) ÷ those with an answer;
 * - competence activities: only a förbund-level count of the period (7 in 2024 H1);
 * - shares of funds (60-30-10): utfall of the kind ÷ utfall of all samverkansinsatser incl. övriga.
 * Where the counts give no value (null, e.g. 0 ÷ 0), a förbund-level result of the period is used
 * (2024 H1: "98 % har en plan", printed without counts), with source FEDERATION_FIGURE and its
 * note; with neither, actual is null and source NONE — never 0 %.
 */
export function measureTarget(metric: TTargetMetric, inputs: TTargetMeasureInputs): TTargetMeasure {
  const measured = fromCounts(metric, inputs);
  if (measured.actual !== null) return measured;
  const reported = inputs.federationMetrics.find((m) => m.metric === metric);
  if (!reported) return measured;
  return {
    actual: reported.value,
    part: null,
    whole: null,
    source: 'FEDERATION_FIGURE',
    note: reported.note ?? measured.note,
  };
}
