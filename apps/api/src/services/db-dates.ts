import { formatIsoDate, parseIsoDate } from '@finsam/domain';

/** A `@db.Date` column's value as `YYYY-MM-DD` (stored at UTC midnight). */
export function toIsoDate(date: Date): string {
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function toIsoDateOrNull(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}

/** `YYYY-MM-DD` as the Date a `@db.Date` column stores. */
export function fromIsoDate(value: string): Date {
  const { year, month, day } = parseIsoDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}
