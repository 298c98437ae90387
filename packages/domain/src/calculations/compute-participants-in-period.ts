/**
 * Participants who took part during a period ("individer deltagit" / "varit registrerade under
 * perioden") = ongoing at the period end + ended during the period (2024 H1: 412 + 127 = 539) +
 * those who moved on to the intervention's successor during it: they took part and left without
 * ending, so neither of the other two counts them (DOMAIN.md §3). The papers never report that
 * measure, so a missing `movedToSuccessor` adds nothing; a missing ongoing or ended makes the
 * whole null. Anonymous participants are in none of the counts.
 */
export function computeParticipantsInPeriod(
  ongoing: number | null | undefined,
  ended: number | null | undefined,
  movedToSuccessor?: number | null,
): number | null {
  if (typeof ongoing !== 'number' || typeof ended !== 'number') return null;
  return ongoing + ended + (movedToSuccessor ?? 0);
}
