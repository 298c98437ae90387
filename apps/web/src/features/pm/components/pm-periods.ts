import { toSwedishDate } from '@finsam/domain';

/** The half-year ('2024H1') a Swedish calendar day falls in. */
export function halfYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return `${year}H${month <= 6 ? 1 : 2}`;
}

/** The half-year before '2024H1' is '2023H2'. */
export function previousHalfYear(period: string): string {
  const year = Number(period.slice(0, 4));
  return period.endsWith('H2') ? `${year}H1` : `${year - 1}H2`;
}

/** The newest half-year that has ended on `today` (Swedish day): on 2024-10-24 that is 2024H1. */
export function newestEndedHalfYear(today: string = toSwedishDate(new Date())): string {
  return previousHalfYear(halfYearOf(today));
}

/**
 * The half-years the office can choose: the current one (a draft while it runs) and the
 * fifteen before it (eight years back), plus any older one with a published PM; newest first.
 */
export function halfYearOptions(
  publishedPeriods: readonly string[],
  today: string = toSwedishDate(new Date()),
): string[] {
  const options = [halfYearOf(today)];
  while (options.length < 16) options.push(previousHalfYear(options[options.length - 1]!));
  return [...new Set([...options, ...publishedPeriods])].sort((a, b) => b.localeCompare(a));
}

/** The PM's own heading for a half-year: '2024H1' → "Kvartal 1 och 2 2024". */
export function halfYearLabel(period: string): string {
  const year = period.slice(0, 4);
  return period.endsWith('H1') ? `Kvartal 1 och 2 ${year}` : `Kvartal 3 och 4 ${year}`;
}

export function isHalfYear(period: string | null): period is string {
  return period !== null && /^\d{4}H[12]$/.test(period);
}
