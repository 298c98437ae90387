/**
 * Participants who took part during a period ("individer deltagit" / "varit registrerade under
 * perioden") = ongoing at the period end + ended during the period (2024 H1: 412 + 127 = 539).
 * Anonymous participants are not in either count. Null when either count is missing.
 */
export function computeParticipantsInPeriod(
  ongoing: number | null | undefined,
  ended: number | null | undefined,
): number | null {
  if (typeof ongoing !== 'number' || typeof ended !== 'number') return null;
  return ongoing + ended;
}
