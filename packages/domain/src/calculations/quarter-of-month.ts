/**
 * Quarter (kvartal 1–4) a month (1–12) belongs to: 1–3 → 1, 4–6 → 2, 7–9 → 3, 10–12 → 4.
 *
 * @throws RangeError for anything but an integer 1–12.
 */
export function quarterOfMonth(month: number): 1 | 2 | 3 | 4 {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Ogiltig månad ${month}: ange 1–12.`);
  }
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}
