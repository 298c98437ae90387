import type {
  TDashboardGenderCounts,
  TDashboardInterventionRef,
  TDashboardMemberRef,
  TDashboardPeriod,
  TGenderCounts,
  TMemberKind,
  TPeriodRange,
} from '@finsam/domain';
import {
  describePeriodCoverage,
  findNearestPeriodWithData,
  periodEndDate,
  periodStartDate,
  totalOfGenderCounts,
} from '@finsam/domain';
import { toIsoDate } from './db-dates.ts';

export { toIsoDate } from './db-dates.ts';

export function toMemberRef(member: {
  id: string;
  key: string;
  name: string;
  shortName: string;
  kind: TMemberKind;
}): TDashboardMemberRef {
  return {
    id: member.id,
    key: member.key,
    name: member.name,
    shortName: member.shortName,
    kind: member.kind,
  };
}

export function toInterventionRef(
  intervention: {
    id: string;
    key: string;
    shortName: string;
    fullName: string;
  },
  mayOpen = true,
): TDashboardInterventionRef {
  return {
    id: intervention.id,
    key: intervention.key,
    shortName: intervention.shortName,
    fullName: intervention.fullName,
    mayOpen,
  };
}

/**
 * The period DTO with its coverage: `rows` are the stored utfall and participant rows the page is
 * built from, `available` the periods with data (listPeriodsWithData).
 */
export function toPeriodDto(
  range: TPeriodRange,
  rows: readonly { period: string }[],
  available: readonly string[],
): TDashboardPeriod {
  const coverage = describePeriodCoverage(range, rows);
  return {
    ...coverage,
    nearestPeriodWithData: coverage.hasData
      ? null
      : findNearestPeriodWithData(range.period, available),
    period: range.period,
    kind: range.kind,
    year: range.year,
    startMonth: range.startMonth,
    endMonth: range.endMonth,
    startDate: periodStartDate(range),
    endDate: periodEndDate(range),
  };
}

/** K / M / unspecified and S:a; a field never reported stays null (not 0). */
export function toGenderCountsDto(
  counts: TGenderCounts | null | undefined,
): TDashboardGenderCounts {
  return {
    women: counts?.women ?? null,
    men: counts?.men ?? null,
    unspecified: counts?.unspecified ?? null,
    total: totalOfGenderCounts(counts),
  };
}

/** Whether an intervention's budget period overlaps a period (any day of it). */
export function isActiveInPeriod(
  intervention: { startDate: Date; endDate: Date },
  range: TPeriodRange,
): boolean {
  return (
    toIsoDate(intervention.startDate) <= periodEndDate(range) &&
    toIsoDate(intervention.endDate) >= periodStartDate(range)
  );
}
