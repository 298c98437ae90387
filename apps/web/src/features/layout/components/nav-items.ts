import type { TRole } from '@finsam/domain';

export interface TNavItem {
  to: string;
  label: string;
  /** Keeps the chosen period when moving between dashboards. */
  keepPeriod: boolean;
}

const DASHBOARDS: TNavItem[] = [
  { to: '/oversikt', label: 'Överblick', keepPeriod: true },
  { to: '/kommuner', label: 'Kommuner', keepPeriod: true },
  { to: '/insatser', label: 'Insatser', keepPeriod: true },
  { to: '/pm', label: 'PM', keepPeriod: false },
];

/**
 * The menu (meny) of each role, DOMAIN.md §6: everyone but the admin reads the dashboards; a
 * lead also has their own interventions, the office its review, economy and register (the list of
 * all reports, /granska-rapporter, is linked from Granskning). Everyone but the admin has PM: the
 * board and the leads read the published ones, the office edits and publishes. On a phone the
 * menu is a grid of two; an odd last item spans the row (global.css).
 */
export function navItemsFor(role: TRole): TNavItem[] {
  switch (role) {
    case 'BOARD':
      return DASHBOARDS;
    case 'OFFICE':
      return [
        ...DASHBOARDS,
        { to: '/granskning', label: 'Granskning', keepPeriod: false },
        { to: '/rapporteringsgrad', label: 'Rapporteringsgrad', keepPeriod: false },
        { to: '/andringslogg', label: 'Ändringslogg', keepPeriod: false },
        { to: '/register', label: 'Insatsregister', keepPeriod: false },
        { to: '/ekonomi', label: 'Ekonomi', keepPeriod: false },
      ];
    case 'LEAD':
      return [...DASHBOARDS, { to: '/mina-insatser', label: 'Mina insatser', keepPeriod: true }];
    case 'ADMIN':
      return [{ to: '/administration', label: 'Administration', keepPeriod: false }];
  }
}

export const ROLE_LABEL: Record<TRole, string> = {
  BOARD: 'Styrelse',
  LEAD: 'Insatsansvarig',
  OFFICE: 'Kansli',
  ADMIN: 'Administratör',
};
