import type { TPeriodRange } from '../schemas/index.ts';
import { toPeriodRange } from '../calculations/to-period-range.ts';
import { MONTH_NAMES_SV } from './month-names.ts';

/**
 * A period as a Swedish heading, in the PMs' own quarter language ("Kvartal 1 och 2 år 2024"):
 * '2024' → "Helår 2024", '2024H1' → "Kvartal 1–2 2024", '2024H2' → "Kvartal 3–4 2024" (en dash
 * U+2013), '2024Q3' → "Kvartal 3 2024", '2024-05' → "Maj 2024". Chosen over "Första halvåret
 * 2024" so half-years and quarters read alike in one list.
 *
 * @throws RangeError for a malformed period text.
 */
export function formatPeriod(period: string | TPeriodRange): string {
  const range = toPeriodRange(period);
  const quarter = (month: number) => Math.ceil(month / 3);
  switch (range.kind) {
    case 'YEAR':
      return `Helår ${range.year}`;
    case 'HALF':
      return `Kvartal ${quarter(range.startMonth)}\u2013${quarter(range.endMonth)} ${range.year}`;
    case 'QUARTER':
      return `Kvartal ${quarter(range.startMonth)} ${range.year}`;
    case 'MONTH': {
      const name = MONTH_NAMES_SV[range.startMonth - 1] ?? '';
      return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${range.year}`;
    }
  }
}
