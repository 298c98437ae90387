import type {
  TDashboardFigureSource,
  TDashboardOutcomeShares,
  TDashboardParticipantCounts,
  TDashboardParticipantDistribution,
  TDashboardParticipantMeasureKey,
  TDashboardParticipantRow,
  TDashboardParticipants,
  TGenderCounts,
  TParticipantMeasure,
  TParticipantMeasureCounts,
  TPeriodRange,
} from '@finsam/domain';
import {
  aggregateParticipantFigures,
  computeGenderDistribution,
  computeOutcomeShares,
  computeParticipantsInPeriod,
  computeUnweightedMean,
  sumParticipantTable,
  totalOfGenderCounts,
} from '@finsam/domain';
import type {
  TDashboardInterventionRow,
  TDashboardParticipantFigureRow,
} from '../repositories/dashboard-data-repository.ts';
import { toGenderCountsDto, toInterventionRef, toMemberRef } from './dashboard-dto.ts';

/**
 * Measure enum → DTO field, in the order of Tabell 6, with those who moved on to the successor
 * beside the ongoing (DOMAIN.md §3: a count of their own).
 */
export const MEASURE_KEYS: Record<TParticipantMeasure, TDashboardParticipantMeasureKey> = {
  REGISTERED: 'registered',
  ENDED: 'ended',
  ENDED_WHOLE_PERIOD: 'endedWholePeriod',
  ONGOING: 'ongoing',
  MOVED_TO_SUCCESSOR: 'movedToSuccessor',
  ENDED_TO_WORK_OR_STUDIES: 'endedToWorkOrStudies',
  ENDED_TO_JOB_SEEKING: 'endedToJobSeeking',
  ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: 'endedToWorkStudiesOrJobSeeking',
  ANONYMOUS_REGISTERED: 'anonymousRegistered',
  ENDED_WITH_ACTION_PLAN: 'endedWithActionPlan',
  ENDED_WITH_REHABILITATION_PLAN: 'endedWithRehabilitationPlan',
};
const MEASURES = Object.keys(MEASURE_KEYS) as (keyof typeof MEASURE_KEYS)[];
const DISTRIBUTED: (keyof typeof MEASURE_KEYS)[] = [
  'REGISTERED',
  'ENDED',
  'ENDED_WHOLE_PERIOD',
  'ONGOING',
  'MOVED_TO_SUCCESSOR',
  'ENDED_TO_WORK_OR_STUDIES',
  'ENDED_TO_JOB_SEEKING',
  'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING',
];

/** Key of the förbund-level figures (interventionId null) in the index. */
const FEDERATION = '(förbund)';

/** Participant figures indexed by source (intervention or förbund) and year. */
export interface TParticipantIndex {
  counts: (interventionId: string | null, range: TPeriodRange) => TParticipantMeasureCounts | null;
}

export function indexParticipants(
  figures: readonly TDashboardParticipantFigureRow[],
): TParticipantIndex {
  const bySourceYear = new Map<string, TDashboardParticipantFigureRow[]>();
  for (const figure of figures) {
    const key = `${figure.interventionId ?? FEDERATION}:${figure.year}`;
    const rows = bySourceYear.get(key);
    if (rows) rows.push(figure);
    else bySourceYear.set(key, [figure]);
  }
  // One request asks the same source and period more than once (Tabell 6, the targets and the
  // trend's point of the shown period): aggregated once per index, i.e. per request. The counts
  // are read, never changed, by every caller.
  const aggregated = new Map<string, TParticipantMeasureCounts | null>();
  return {
    counts: (interventionId, range) => {
      const source = `${interventionId ?? FEDERATION}:${range.year}`;
      const key = `${source}:${range.period}`;
      let counts = aggregated.get(key);
      if (counts === undefined) {
        const rows = bySourceYear.get(source);
        counts = rows ? aggregateParticipantFigures(rows, range) : null;
        aggregated.set(key, counts);
      }
      return counts;
    },
  };
}

function hasAny(counts: TGenderCounts | undefined): boolean {
  return totalOfGenderCounts(counts) !== null;
}

export function toCountsDto(counts: TParticipantMeasureCounts): TDashboardParticipantCounts {
  return Object.fromEntries(
    MEASURES.map((m) => [MEASURE_KEYS[m], toGenderCountsDto(counts[m])]),
  ) as TDashboardParticipantCounts;
}

export function toDistributionDto(
  counts: TParticipantMeasureCounts,
): TDashboardParticipantDistribution {
  return Object.fromEntries(
    DISTRIBUTED.map((m) => [
      MEASURE_KEYS[m],
      computeGenderDistribution(counts[m]?.women, counts[m]?.men),
    ]),
  ) as TDashboardParticipantDistribution;
}

/** Outcome shares of those who ended in the period (computeOutcomeShares), per gender and total. */
export function toOutcomeSharesDto(counts: TParticipantMeasureCounts): TDashboardOutcomeShares {
  return computeOutcomeShares({
    ended: counts.ENDED ?? {},
    endedToWorkOrStudies: counts.ENDED_TO_WORK_OR_STUDIES ?? {},
    endedToJobSeeking: counts.ENDED_TO_JOB_SEEKING,
    endedToWorkStudiesOrJobSeeking: counts.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING,
  });
}

/** The collation of Swedish names (å, ä, ö after z): one collator, not one per comparison. */
const SWEDISH = new Intl.Collator('sv');

interface TTableRow {
  intervention: TDashboardInterventionRow;
  measures: TParticipantMeasureCounts;
  singleGenderTargetGroup: boolean;
}

/**
 * The rows and totals of Tabell 6 for a period, without the DTO: what the trend needs of every
 * earlier period, and what buildParticipants dresses up for the shown one. Totals per measure:
 * Σ of the rows when every row reports it; else the förbund-level figure when there is one (2024
 * H1: "59 till arbete och/eller studier" is given only in the text); else Σ of the rows that do.
 * `sources` names which. With `federationLevel` false (a kommun's page) förbund-level figures are
 * never used.
 */
export function computeParticipantTotals(
  interventions: readonly TDashboardInterventionRow[],
  participants: TParticipantIndex,
  range: TPeriodRange,
  federationLevel: boolean,
): {
  tableRows: TTableRow[];
  totals: TParticipantMeasureCounts;
  sources: Record<TDashboardParticipantMeasureKey, TDashboardFigureSource>;
} {
  const tableRows: TTableRow[] = [];
  for (const intervention of interventions) {
    if (intervention.kind !== 'INDIVIDUAL') continue;
    const counts = participants.counts(intervention.id, range);
    if (!counts || !MEASURES.some((m) => hasAny(counts[m]))) continue;
    tableRows.push({
      intervention,
      measures: counts,
      singleGenderTargetGroup: intervention.singleGenderTargetGroup,
    });
  }
  const summed = sumParticipantTable(tableRows);
  const federation = federationLevel ? participants.counts(null, range) : null;
  const totals: TParticipantMeasureCounts = {};
  const sources = {} as Record<TDashboardParticipantMeasureKey, TDashboardFigureSource>;
  for (const measure of MEASURES) {
    const reporting = tableRows.filter((row) => hasAny(row.measures[measure])).length;
    const fromFederation = federation?.[measure];
    let source: TDashboardFigureSource = 'NONE';
    if (reporting > 0 && reporting === tableRows.length) source = 'INTERVENTION_ROWS';
    else if (hasAny(fromFederation)) source = 'FEDERATION_FIGURE';
    else if (reporting > 0) source = 'INTERVENTION_ROWS';
    if (source === 'INTERVENTION_ROWS') totals[measure] = summed[measure];
    if (source === 'FEDERATION_FIGURE') totals[measure] = fromFederation;
    sources[MEASURE_KEYS[measure]] = source;
  }
  return { tableRows, totals, sources };
}

/**
 * Participants of the individinsatser for a period: computeParticipantTotals with its rows as
 * DTOs, the distributions, shares and means. Only rows `showRow` accepts are returned (a lead:
 * their own interventions; `rowsWithheld` counts the rest), but every total, distribution, share
 * and mean is computed over all rows.
 */
export function buildParticipants(
  interventions: readonly TDashboardInterventionRow[],
  participants: TParticipantIndex,
  range: TPeriodRange,
  federationLevel: boolean,
  showRow: (interventionId: string) => boolean = () => true,
): TDashboardParticipants {
  const { tableRows, totals, sources } = computeParticipantTotals(
    interventions,
    participants,
    range,
    federationLevel,
  );
  const rows: TDashboardParticipantRow[] = tableRows.map(({ intervention, measures }) => ({
    intervention: toInterventionRef(intervention),
    owner: intervention.owner ? toMemberRef(intervention.owner) : null,
    aim: intervention.aim,
    singleGenderTargetGroup: intervention.singleGenderTargetGroup,
    counts: toCountsDto(measures),
    outcomes: toOutcomeSharesDto(measures),
  }));
  rows.sort((a, b) => SWEDISH.compare(a.owner?.shortName ?? '', b.owner?.shortName ?? ''));

  const excluded = sumParticipantTable(tableRows, { excludeSingleGenderTargetGroup: true });
  const shown = rows.filter((row) => showRow(row.intervention.id));
  return {
    rows: shown,
    ...(shown.length < rows.length ? { rowsWithheld: rows.length - shown.length } : {}),
    totals: toCountsDto(totals),
    sources,
    distribution: toDistributionDto(totals),
    excludedSingleGender: rows
      .filter((row) => row.singleGenderTargetGroup)
      .map((row) => row.intervention),
    registeredExcludingSingleGender: toGenderCountsDto(excluded.REGISTERED),
    distributionExcludingSingleGender: toDistributionDto(excluded),
    outcomes: toOutcomeSharesDto(totals),
    participantsInPeriod: computeParticipantsInPeriod(
      totalOfGenderCounts(totals.ONGOING),
      totalOfGenderCounts(totals.ENDED),
      totalOfGenderCounts(totals.MOVED_TO_SUCCESSOR),
    ),
    unweightedMeanShareToWorkOrStudies: computeUnweightedMean(
      rows.map((row) => row.outcomes.total.shareToWorkOrStudies),
    ),
    unweightedMeanShareToWorkStudiesOrJobSeeking: computeUnweightedMean(
      rows.map((row) => row.outcomes.total.shareToWorkStudiesOrJobSeeking),
    ),
  };
}
