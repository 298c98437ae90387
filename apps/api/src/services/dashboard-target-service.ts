import type {
  TDashboardInterventionSummary,
  TDashboardMoney,
  TDashboardParticipants,
  TDashboardTarget,
  TTargetMeasureInputs,
} from '@finsam/domain';
import { evaluateTarget, measureTarget } from '@finsam/domain';
import type {
  TDashboardFederationMetricRow,
  TDashboardTargetRow,
} from '../repositories/dashboard-data-repository.ts';

/** Inputs the targets are measured on: the period's participants, money and goal statuses. */
export interface TTargetInputs extends TTargetMeasureInputs {
  participants: TDashboardParticipants;
  money: TDashboardMoney;
  interventions: readonly TDashboardInterventionSummary[];
  /** Förbund-level results of the shown period reported without counts (FederationMetric). */
  federationMetrics: readonly TDashboardFederationMetricRow[];
  /** False for a half-year or quarter: a yearly count can still grow. */
  periodCoversYear: boolean;
}

/** The förbund's targets of the period's year and how far each is met (domain evaluateTarget). */
export function buildTargets(
  targets: readonly TDashboardTargetRow[],
  inputs: TTargetInputs,
): TDashboardTarget[] {
  return targets.map((target) => {
    const measured = measureTarget(target.metric, inputs);
    const isCount = target.metric === 'COMPETENCE_ACTIVITIES';
    const evaluation = evaluateTarget({
      comparison: target.comparison,
      target: target.value,
      actual: measured.actual,
      partOfYearCount: isCount && !inputs.periodCoversYear,
    });
    return {
      metric: target.metric,
      year: target.year,
      label: target.label,
      comparison: target.comparison,
      targetValue: target.value,
      unit: isCount ? 'COUNT' : 'SHARE',
      actual: measured.actual,
      part: measured.part,
      whole: measured.whole,
      met: evaluation === null ? null : evaluation === 'MET',
      status: evaluation,
      source: measured.source,
      note: measured.note,
    };
  });
}
