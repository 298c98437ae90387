import type {
  TDashboardGenderCounts,
  TDashboardGenderDistribution,
  TDashboardParticipants,
} from '../schemas/dashboard.ts';
import type { TPmCell, TPmColumn, TPmTable } from '../schemas/pm.ts';
import {
  EMPTY_CELL,
  column,
  countCell,
  municipalityOf,
  percentCell,
  textCell,
} from './pm-cells.ts';

type TMeasure =
  | 'registered'
  | 'ended'
  | 'endedWholePeriod'
  | 'ongoing'
  | 'endedToWorkStudiesOrJobSeeking'
  | 'endedToWorkOrStudies';

/** The year-end PM's own half-year columns, keyed `half.<measure>` (2019: "under andra halvåret"). */
const HALF_MEASURES: { key: TMeasure; group: string }[] = [
  { key: 'ended', group: 'Avslutade andra halvåret' },
  { key: 'endedToWorkOrStudies', group: 'Avslutade till arbete och/eller studier andra halvåret' },
];

const NO_COUNTS = { women: null, men: null, unspecified: null, total: null };
const NO_DISTRIBUTION = { women: null, men: null };

/** Tabell 6's measures and their group headers for H1 (jan–juni) or the year (jan–dec). */
export function pmParticipantMeasures(half: 1 | 2): { key: TMeasure; group: string }[] {
  const months = half === 1 ? 'jan-juni' : 'jan-dec';
  const through = half === 1 ? 'tom juni' : 'tom december';
  const at = half === 1 ? 'per 30 juni' : 'per 31 december';
  return [
    { key: 'registered', group: `Inregistrerade perioden ${months}` },
    { key: 'ended', group: `Avslutade perioden ${months}` },
    { key: 'endedWholePeriod', group: `Avslutade under hela insatsperioden ${through}` },
    { key: 'ongoing', group: `Pågående deltagare ${at}` },
    {
      key: 'endedToWorkStudiesOrJobSeeking',
      group: `Avslutade som gått till arbete och/eller studier/arbetssökande ${months}`,
    },
  ];
}

function countCells(key: string, counts: TDashboardGenderCounts): Record<string, TPmCell> {
  return {
    [`${key}.women`]: countCell(counts.women),
    [`${key}.men`]: countCell(counts.men),
    [`${key}.total`]: countCell(counts.total),
  };
}

function distributionCells(
  key: string,
  distribution: TDashboardGenderDistribution,
): Record<string, TPmCell> {
  return {
    [`${key}.women`]: percentCell(distribution.women),
    [`${key}.men`]: percentCell(distribution.men),
    [`${key}.total`]: EMPTY_CELL,
  };
}

/**
 * Tabell 6. Deltagare: per individinsats K, M and S:a of inregistrerade, avslutade, avslutade
 * under hela insatsperioden, pågående at the period end and avslutade till arbete/studier/
 * arbetssökande, then the "Totalt" row and the "Fördelning kvinnor/män" row (K ÷ (K + M) of the
 * totals), all as Överblick computes them. The year-end PM (`half` 2) is given the participants
 * of January–December, and beside them the half-year's own avslutade and avslutade till
 * arbete/studier (`halfParticipants`, Jul–Dec: the 2019 paper prints "under andra halvåret").
 * Anonymous participants are not in the table (DOMAIN.md §4).
 */
export function buildPmParticipantsTable(
  half: 1 | 2,
  year: number,
  participants: TDashboardParticipants,
  halfParticipants: TDashboardParticipants | null = null,
): TPmTable {
  const measures = pmParticipantMeasures(half);
  const halfMeasures = half === 2 && halfParticipants ? HALF_MEASURES : [];
  const halfRows = new Map(halfParticipants?.rows.map((r) => [r.intervention.id, r]) ?? []);
  const columns: TPmColumn[] = [
    column('name', 'Individinsats', 'TEXT'),
    column('municipality', 'Kommun', 'TEXT'),
    ...measures.flatMap(({ key, group }) => [
      column(`${key}.women`, 'K', 'COUNT', group),
      column(`${key}.men`, 'M', 'COUNT', group),
      column(`${key}.total`, 'S:a', 'COUNT', group),
    ]),
    ...halfMeasures.flatMap(({ key, group }) => [
      column(`half.${key}.women`, 'K', 'COUNT', group),
      column(`half.${key}.men`, 'M', 'COUNT', group),
      column(`half.${key}.total`, 'S:a', 'COUNT', group),
    ]),
  ];
  const through = half === 1 ? `30 juni ${year}` : `31 december ${year}`;
  return {
    number: 6,
    title: 'Deltagare',
    columns,
    groups: [
      {
        label: null,
        rows: participants.rows.map((row) => ({
          key: row.intervention.id,
          emphasis: false,
          cells: Object.assign(
            {
              name: textCell(row.intervention.shortName),
              municipality: textCell(municipalityOf(row.owner)),
            },
            ...measures.map(({ key }) => countCells(key, row.counts[key])),
            ...halfMeasures.map(({ key }) =>
              countCells(
                `half.${key}`,
                halfRows.get(row.intervention.id)?.counts[key] ?? NO_COUNTS,
              ),
            ),
          ),
        })),
      },
    ],
    footerRows: [
      {
        key: 'total',
        emphasis: true,
        cells: Object.assign(
          { name: textCell('Totalt'), municipality: EMPTY_CELL },
          ...measures.map(({ key }) => countCells(key, participants.totals[key])),
          ...halfMeasures.map(({ key }) =>
            countCells(`half.${key}`, halfParticipants?.totals[key] ?? NO_COUNTS),
          ),
        ),
      },
      {
        key: 'distribution',
        emphasis: true,
        cells: Object.assign(
          { name: textCell('Fördelning kvinnor/män'), municipality: EMPTY_CELL },
          ...measures.map(({ key }) => distributionCells(key, participants.distribution[key])),
          ...halfMeasures.map(({ key }) =>
            distributionCells(
              `half.${key}`,
              halfParticipants?.distribution[key as keyof typeof participants.distribution] ??
                NO_DISTRIBUTION,
            ),
          ),
        ),
      },
    ],
    notes: [`Rapportering januari till och med ${through}.`],
  };
}
