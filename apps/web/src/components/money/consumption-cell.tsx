import {
  classifyConsumptionDeviation,
  formatPercent,
  type TDashboardConsumptionFlag,
  type TDashboardFlagThresholds,
} from '@finsam/domain';
import { StatusTag } from '../status/status-tag.tsx';

/** The flag's meaning in words: within limits, or spending less / more than a linear plan. */
export function consumptionFlagLabel(
  flag: TDashboardConsumptionFlag,
  ratio: number | null,
  thresholds: TDashboardFlagThresholds,
): string {
  if (flag === 'GREEN') return 'I fas';
  switch (classifyConsumptionDeviation(ratio, thresholds)) {
    case 'BELOW':
      return 'Låg förbrukning';
    case 'ABOVE':
      return 'Hög förbrukning';
    default:
      return 'Håll under uppsikt';
  }
}

/**
 * A förbrukningskvot as the PM shows it (Tabell 4): whole percent, coloured by the förbund's
 * flag limits — green in phase, yellow keep under watch — with the meaning in words.
 */
export function ConsumptionCell({
  ratio,
  flag,
  thresholds,
}: {
  ratio: number | null;
  flag: TDashboardConsumptionFlag | null;
  thresholds: TDashboardFlagThresholds;
}) {
  return (
    <span className="consumption-cell">
      <span className="consumption-cell__ratio">{formatPercent(ratio)}</span>
      {flag ? (
        <StatusTag status={flag} label={consumptionFlagLabel(flag, ratio, thresholds)} />
      ) : null}
    </span>
  );
}

/** The flag alone (for a key figure that shows the ratio itself). */
export function ConsumptionFlag({
  ratio,
  flag,
  thresholds,
}: {
  ratio: number | null;
  flag: TDashboardConsumptionFlag | null;
  thresholds: TDashboardFlagThresholds;
}) {
  return flag ? (
    <StatusTag status={flag} label={consumptionFlagLabel(flag, ratio, thresholds)} />
  ) : null;
}

/** "Gult: under 90 % eller över 110 %" — the limits behind the colours, as the förbund set them. */
export function thresholdsText(thresholds: TDashboardFlagThresholds): string {
  return `Grönt: i fas (${formatPercent(thresholds.low)}–${formatPercent(thresholds.high)} av en linjär förbrukning). Gult: under ${formatPercent(thresholds.low)} eller över ${formatPercent(thresholds.high)}, håll under uppsikt.`;
}
