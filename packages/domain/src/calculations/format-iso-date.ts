/** Year, month (1–12) and day → 'YYYY-MM-DD'. No validation: callers pass real dates. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
