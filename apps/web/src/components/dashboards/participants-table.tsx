import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPeriod,
  type TDashboardGenderCounts,
  type TDashboardGenderDistribution,
  type TDashboardParticipantCounts,
  type TDashboardParticipants,
} from '@finsam/domain';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import type { TExportValue } from '../../lib/export/export-table.ts';
import { AppLink } from '../link/app-link.tsx';

/**
 * The measures of PM Tabell 6, in the paper's order, and beside the ongoing those who moved on to
 * the intervention's successor: they leave without ending, a count of their own (DOMAIN.md §3).
 * The leads report it; the papers have no such column, so it is shown only where reported
 * (`onlyWhenReported`), never as a column of "–".
 */
export const PARTICIPANT_MEASURES = [
  { key: 'registered', label: 'Inregistrerade' },
  { key: 'ended', label: 'Avslutade' },
  { key: 'endedWholePeriod', label: 'Avslutade under hela insatsperioden' },
  { key: 'ongoing', label: 'Pågående vid periodens slut' },
  {
    key: 'movedToSuccessor',
    label: 'Gått vidare till efterföljande insats',
    onlyWhenReported: true,
  },
  { key: 'endedToWorkStudiesOrJobSeeking', label: 'Till arbete och/eller studier/arbetssökande' },
] as const satisfies readonly {
  key: keyof TDashboardParticipantCounts & keyof TDashboardParticipants['distribution'];
  label: string;
  onlyWhenReported?: true;
}[];

type TMeasureKey = (typeof PARTICIPANT_MEASURES)[number]['key'];

/**
 * " 4 har gått vidare till efterföljande insats." after a key figure's ended and ongoing, or ""
 * where no one reports it (the papers never do).
 */
export function movedOnSentence(moved: TDashboardGenderCounts): string {
  return moved.total === null
    ? ''
    : ` ${formatCount(moved.total)} har gått vidare till efterföljande insats.`;
}

/** Whether any of these counts reports the measure (a number, 0 included; null is "not reported"). */
export function reportsMeasure(
  counts: readonly TDashboardParticipantCounts[],
  key: TMeasureKey,
): boolean {
  return counts.some((count) => count[key].total !== null);
}

/** A row of the table: counts of an intervention or the total, or the distribution row. */
type TParticipantLine =
  | {
      type: 'counts';
      key: string;
      name: string;
      href: string | null;
      owner: string;
      counts: Record<TMeasureKey, TDashboardGenderCounts>;
    }
  | {
      type: 'distribution';
      key: string;
      name: string;
      distribution: Record<TMeasureKey, TDashboardGenderDistribution>;
    };

const GENDERS = [
  { key: 'women', label: 'K' },
  { key: 'men', label: 'M' },
  { key: 'total', label: 'S:a' },
] as const;

/**
 * Deltagare (PM Tabell 6): per individinsats the K/M/S:a counts of each measure, the "Totalt"
 * row and the "Fördelning kvinnor/män" row, as the PM prints them.
 */
export function ParticipantsTable({
  participants,
  period,
  caption = `Deltagare i individinsatserna, ${formatPeriod(period)}`,
}: {
  participants: TDashboardParticipants;
  period: string;
  caption?: string;
}) {
  const lines: TParticipantLine[] = participants.rows.map((row) => ({
    type: 'counts',
    key: row.intervention.id,
    name: row.intervention.shortName,
    href: `/insatser/${row.intervention.key}?period=${encodeURIComponent(period)}`,
    owner: row.owner?.shortName ?? 'Förbundet',
    counts: row.counts,
  }));
  const footRows: TParticipantLine[] =
    lines.length === 0
      ? []
      : [
          {
            type: 'counts',
            key: 'totalt',
            name: 'Totalt',
            href: null,
            owner: '',
            counts: participants.totals,
          },
          {
            type: 'distribution',
            key: 'fordelning',
            name: 'Fördelning kvinnor/män',
            distribution: participants.distribution,
          },
        ];

  const columns: TDataColumn<TParticipantLine>[] = [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.name,
      cell: (line) =>
        line.type === 'counts' && line.href ? (
          <AppLink to={line.href}>{line.name}</AppLink>
        ) : (
          line.name
        ),
    },
    { id: 'owner', header: 'Kommun', value: (line) => (line.type === 'counts' ? line.owner : '') },
    ...reportedMeasures(participants).flatMap((measure) =>
      GENDERS.map((gender): TDataColumn<TParticipantLine> => ({
        id: `${measure.key}-${gender.key}`,
        group: measure.label,
        header: gender.label,
        kind: 'count',
        value: (line): TExportValue => {
          if (line.type === 'counts') return line.counts[measure.key][gender.key];
          if (gender.key === 'total') return null;
          const share = line.distribution[measure.key][gender.key];
          return share === null ? null : { number: share, kind: 'fraction' };
        },
      })),
    ),
  ];

  const withheld = participants.rowsWithheld ?? 0;
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={lines}
        footRows={footRows}
        rowKey={(line) => line.key}
        emptyText="Inga deltagaruppgifter är rapporterade för perioden. Deltagare redovisas bara för individinsatser."
      />
      {withheld > 0 ? (
        // A lead sees the rows of their own interventions only; the totals include every one.
        <Paragraph data-size="sm" className="muted">
          {withheld === 1 ? '1 insats' : `${formatCount(withheld)} insatser`} som du inte är
          insatsansvarig för visas bara i totalen.
        </Paragraph>
      ) : null}
    </>
  );
}

/** The measures some row or the total reports: a PM that has no such column gets none (2022). */
function reportedMeasures(participants: TDashboardParticipants) {
  const counts = [participants.totals, ...participants.rows.map((row) => row.counts)];
  return PARTICIPANT_MEASURES.filter((measure) => reportsMeasure(counts, measure.key));
}
