import type { TDashboardInterventionSummary } from '../schemas/dashboard.ts';
import { PM_KIND_GROUPS } from './pm-inputs.ts';

type TSummary = Pick<
  TDashboardInterventionSummary,
  'id' | 'kind' | 'fullName' | 'shortName' | 'owner' | 'activeInPeriod'
>;

// Built on first use: a browser's first Intl object loads ICU (~40 ms of the main thread), which a
// page that merely loads this module should not pay (issue 16).
let collator: Intl.Collator | undefined;
const swedishCollator = () => (collator ??= new Intl.Collator('sv-SE'));

/**
 * The samverkansinsatser a PM covers, grouped as its tables are (Individinsatser,
 * Strukturinsatser, Förstudie; empty groups left out): those whose period overlaps the half-year
 * (`activeInPeriod`). The förbund's own övriga samverkansinsatser are not in the PM. Within a
 * group, sorted by the owner's name in Swedish order (Enköping … Älvkarleby, Östhammar), then by
 * full name: the papers' own order is not a rule (2024 Tabell 1 lists Region Uppsala last).
 */
export function groupPmInterventions<T extends TSummary>(
  interventions: readonly T[],
): { kind: T['kind']; label: string; interventions: T[] }[] {
  return PM_KIND_GROUPS.map(({ kind, label }) => ({
    kind,
    label,
    interventions: interventions
      .filter((i) => i.kind === kind && i.activeInPeriod)
      .sort(
        (a, b) =>
          swedishCollator().compare(a.owner?.name ?? '', b.owner?.name ?? '') ||
          swedishCollator().compare(a.fullName, b.fullName),
      ),
  })).filter((group) => group.interventions.length > 0);
}
