import type { TDashboardInterventionSummary } from '../schemas/dashboard.ts';
import type { TPmTable } from '../schemas/pm.ts';
import { groupPmInterventions } from './group-pm-interventions.ts';
import { column, textCell } from './pm-cells.ts';

/** "Enköping, Jobbcentrum – Din väg framåt": Tabell 1's full name with the owner before it. */
export function pmFullName(
  intervention: Pick<TDashboardInterventionSummary, 'fullName' | 'owner'>,
) {
  return intervention.owner
    ? `${intervention.owner.shortName}, ${intervention.fullName}`
    : intervention.fullName;
}

/**
 * Tabell 1. Insatser: every samverkansinsats running in the half-year, grouped by kind, with the
 * full name as in the application, its start and "till och med" (ISO dates, as printed).
 */
export function buildPmInterventionsTable(
  interventions: readonly TDashboardInterventionSummary[],
): TPmTable {
  return {
    number: 1,
    title: 'Insatser',
    columns: [
      column('name', 'Insats', 'TEXT'),
      column('start', 'Start', 'DATE'),
      column('end', 'Till och med', 'DATE'),
    ],
    groups: groupPmInterventions(interventions).map((group) => ({
      label: group.label,
      rows: group.interventions.map((i) => ({
        key: i.id,
        emphasis: false,
        cells: {
          name: textCell(pmFullName(i)),
          start: textCell(i.startDate),
          end: textCell(i.endDate),
        },
      })),
    })),
    footerRows: [],
    notes: [],
  };
}
