import {
  formatPeriod,
  type TDashboardOutcomeShares,
  type TDashboardParticipants,
} from '@finsam/domain';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { AppLink } from '../link/app-link.tsx';

interface TOutcomeLine {
  key: string;
  name: string;
  href: string | null;
  outcomes: TDashboardOutcomeShares;
  /** The "genomsnitt" line: only the share columns hold a value. */
  meanShare?: number | null;
  meanShareWithJobSeeking?: number | null;
}

const GENDERS = [
  { key: 'women', label: 'K' },
  { key: 'men', label: 'M' },
  { key: 'total', label: 'S:a' },
] as const;

/**
 * Utfall deltagare per insats (PM 2022 Tabell 8): how many of those who ended went to work
 * and/or studies, and the share of those ended, per gender. Shares come unrounded from the API;
 * the foot shows the weighted total and the papers' unweighted mean of the interventions' shares.
 */
export function OutcomesByInterventionTable({
  participants,
  period,
  caption = `Utfall för deltagare per insats, ${formatPeriod(period)}`,
}: {
  participants: TDashboardParticipants;
  period: string;
  caption?: string;
}) {
  const lines: TOutcomeLine[] = participants.rows.map((row) => ({
    key: row.intervention.id,
    name: row.intervention.shortName,
    href: `/insatser/${row.intervention.key}?period=${encodeURIComponent(period)}`,
    outcomes: row.outcomes,
  }));
  const foot: TOutcomeLine[] = [
    { key: 'totalt', name: 'Totalt', href: null, outcomes: participants.outcomes },
    {
      key: 'genomsnitt',
      name: 'Genomsnitt av insatsernas andelar',
      href: null,
      outcomes: participants.outcomes,
      meanShare: participants.unweightedMeanShareToWorkOrStudies,
      meanShareWithJobSeeking: participants.unweightedMeanShareToWorkStudiesOrJobSeeking,
    },
  ];
  const isMean = (line: TOutcomeLine) => line.meanShare !== undefined;
  const withJobSeeking = lines.some(
    (line) => line.outcomes.total.shareToWorkStudiesOrJobSeeking !== null,
  );
  const columns: TDataColumn<TOutcomeLine>[] = [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.name,
      cell: (line) => (line.href ? <AppLink to={line.href}>{line.name}</AppLink> : line.name),
    },
    {
      id: 'ended',
      header: 'Avslutade',
      kind: 'count',
      value: (line) => (isMean(line) ? '' : line.outcomes.total.ended),
    },
    ...GENDERS.map((gender): TDataColumn<TOutcomeLine> => ({
      id: `work-${gender.key}`,
      group: 'Till arbete och/eller studier',
      header: gender.label,
      kind: 'count',
      value: (line) => (isMean(line) ? '' : line.outcomes[gender.key].toWorkOrStudies),
    })),
    ...GENDERS.map((gender): TDataColumn<TOutcomeLine> => ({
      id: `share-${gender.key}`,
      group: 'Andel till arbete och/eller studier',
      header: gender.label,
      kind: 'fraction',
      value: (line) =>
        isMean(line)
          ? gender.key === 'total'
            ? (line.meanShare ?? null)
            : ''
          : line.outcomes[gender.key].shareToWorkOrStudies,
    })),
  ];
  if (withJobSeeking) {
    columns.push({
      id: 'share-with-job-seeking',
      header: 'Andel inkl. arbetssökande',
      kind: 'fraction',
      value: (line) =>
        isMean(line)
          ? (line.meanShareWithJobSeeking ?? null)
          : line.outcomes.total.shareToWorkStudiesOrJobSeeking,
    });
  }
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={lines}
      footRows={lines.length > 0 ? foot : []}
      rowKey={(line) => line.key}
      emptyText="Inga avslut är rapporterade för perioden."
    />
  );
}

/** Whether any intervention reports its outcomes itself (2022 does, 2024 gives only totals). */
export function hasOutcomesPerIntervention(participants: TDashboardParticipants): boolean {
  return participants.rows.some(
    (row) =>
      row.outcomes.total.toWorkOrStudies !== null ||
      row.outcomes.total.toWorkStudiesOrJobSeeking !== null,
  );
}
